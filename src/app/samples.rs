//! The sample maps, built in so the start screen always has them and a new user can open one
//! with no file at hand.

/// The sample maps, built in so the start screen always has them.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "Gezonde Wijk",
        include_str!("../../sample_maps/gezonde-wijk.ecomap.json"),
    ),
    (
        "Regionaal werkgeverschap",
        include_str!("../../sample_maps/regionaal-werkgeverschap.ecomap.json"),
    ),
    (
        "Woonzorg ontwerplab",
        include_str!("../../sample_maps/woonzorg-ontwerplab.ecomap.json"),
    ),
];
