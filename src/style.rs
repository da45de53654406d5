//! Colours, line widths, dash patterns and text sizes: one source for the canvas and the export,
//! so a report looks like the screen. Plain RGB values, no egui types.

use crate::model::{RelationKind, StakeholderKind};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Card fill per stakeholder kind, chosen to stay apart on a projector in a lit room and for
/// colour-blind viewers: every pair is at least ΔE 17.2 apart (CIE76) after a projector
/// simulation (flatter tone curve, black at 10 % of white) combined with protanopia or
/// deuteranopia, and at least ΔE 23.9 on a screen; CIEDE2000 at least 8.7 everywhere (the old
/// fills: 11.0 and 4.5, with three near-identical yellow-greens and three olives). All light:
/// dark text has at least 4.8:1 on each, and each is at least half white in Rec. 709 luma, so
/// names stay dark on light even in a greyscale or thresholded copy. Found by a local search
/// (`cvd` tests below). Each card also carries its kind's two-letter code, so colour is never
/// the only cue.
pub fn kind_fill(kind: StakeholderKind) -> Rgb {
    match kind {
        StakeholderKind::CareProvider => Rgb(0x94, 0xA6, 0xFF), // periwinkle
        StakeholderKind::Municipality => Rgb(0x92, 0x87, 0x00), // olive ochre
        StakeholderKind::Financier => Rgb(0xFF, 0xFF, 0xCE),    // cream
        StakeholderKind::Education => Rgb(0x8C, 0x6F, 0xFF),    // violet
        StakeholderKind::Welfare => Rgb(0xC0, 0x6F, 0x66),      // dusky rose
        StakeholderKind::Housing => Rgb(0xFF, 0xFF, 0x00),      // yellow
        StakeholderKind::Citizen => Rgb(0xAB, 0xD5, 0xFF),      // light blue
        StakeholderKind::InformalCarer => Rgb(0xFF, 0xFF, 0x91), // pale yellow
        StakeholderKind::Professional => Rgb(0xD6, 0xB9, 0x00), // mustard
        StakeholderKind::Regulator => Rgb(0x8B, 0x78, 0xA9),    // grey purple
        StakeholderKind::Supplier => Rgb(0x7B, 0xC1, 0xB2),     // teal
        StakeholderKind::Facilitator => Rgb(0xD5, 0xB5, 0x74),  // sand
        StakeholderKind::Other => Rgb(0xE8, 0xFF, 0xFF),        // ice
    }
}

/// The one typeface, embedded: names, labels and the interface, on screen and in exported
/// images (Open Sans Regular; see `assets/fonts/README.md` for why a regular weight).
pub const FONT: &[u8] = include_bytes!("../assets/fonts/OpenSans-Regular.ttf");
/// Its family name, as an SVG names it.
pub const FONT_FAMILY: &str = "Open Sans";

/// Text on cards.
pub const CARD_TEXT: Rgb = Rgb(0x11, 0x11, 0x11);
/// Card outline.
pub const CARD_STROKE: Rgb = Rgb(0x33, 0x33, 0x33);
/// Selection outline.
pub const SELECTION: Rgb = Rgb(0x00, 0x44, 0x88);
/// Accent for mutual dependencies and loop members.
pub const ACCENT: Rgb = Rgb(0xEE, 0x77, 0x33);
/// Warning colour: a schot that blocks a dependency.
pub const WARNING: Rgb = Rgb(0xCC, 0x33, 0x11);
/// Ghost connector where collaboration is missing.
pub const MISSING: Rgb = Rgb(0xAA, 0x33, 0x77);
/// In a comparison: a relation added or a stakeholder that came (a halo or ring). Cyan, not
/// green: collaboration is drawn green.
pub const ADDED: Rgb = Rgb(0x22, 0xAA, 0xEE);
/// In a comparison: a relation whose kind, direction, label or confidence changed.
pub const CHANGED: Rgb = Rgb(0xDD, 0xAA, 0x22);
/// How opaque a contested relation is drawn (with a "?").
pub const CONTESTED_ALPHA: f32 = 0.45;
/// How opaque a ghost is: what the other scenario had and this one has not.
pub const GHOST_ALPHA: f32 = 0.3;
/// Width of the halo of an added or changed relation, beyond its stroke (map units).
pub const CHANGE_HALO: f32 = 10.0;
/// Dashes of a ghost relation (map units).
pub const GHOST_DASH: (f32, f32) = (7.0, 6.0);

/// Domain zones: Paul Tol's "pale" scheme, soft enough to sit behind cards. A domain's colour
/// comes from its name ([`zone_fill`]), never from its place among the others.
pub const ZONE_FILLS: [Rgb; 6] = [
    Rgb(0xBB, 0xCC, 0xEE),
    Rgb(0xCC, 0xDD, 0xAA),
    Rgb(0xEE, 0xEE, 0xBB),
    Rgb(0xFF, 0xCC, 0xCC),
    Rgb(0xCC, 0xEE, 0xFF),
    Rgb(0xDD, 0xDD, 0xDD),
];
/// The zone colour of a domain, from its name alone: adding or removing another domain never
/// changes it. The six domains a Dutch design lab names most have a colour each; any other
/// takes one by a fixed hash of its name (letter case aside).
pub fn zone_fill(domain: &str) -> Rgb {
    let name = domain.trim().to_lowercase();
    let i = match name.as_str() {
        "zorg" => 0,
        "welzijn" => 1,
        "wonen" => 2,
        "wlz" => 3,
        "onderwijs" | "zvw" => 4,
        "wmo" => 5,
        // FNV-1a: the same on every machine and in every version.
        _ => {
            let h = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
            (h % ZONE_FILLS.len() as u64) as usize
        }
    };
    ZONE_FILLS[i]
}

/// Zone label text.
pub const ZONE_TEXT: Rgb = Rgb(0x44, 0x44, 0x55);
/// Room around the cards of a zone (map units).
pub const ZONE_PAD: f32 = 28.0;

/// Card size in map units.
pub const CARD_WIDTH: f32 = 180.0;
pub const CARD_HEIGHT: f32 = 64.0;
pub const CARD_ROUNDING: f32 = 10.0;
/// Name text size in map units (at zoom 1) and its on-screen minimum in points.
pub const NAME_SIZE: f32 = 17.0;
pub const MIN_SCREEN_TEXT: f32 = 14.0;
pub const LABEL_SIZE: f32 = 14.0;

/// How a relation kind is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    pub color: Rgb,
    /// Line width in map units.
    pub width: f32,
    /// Dash and gap lengths in map units; `None` for a solid line.
    pub dash: Option<(f32, f32)>,
    pub arrow: bool,
    /// Two parallel lines (collaboration).
    pub double: bool,
    /// A bar across the middle (schot).
    pub bar: bool,
}

pub fn edge_style(kind: RelationKind) -> EdgeStyle {
    match kind {
        RelationKind::Dependency => EdgeStyle {
            color: Rgb(0x22, 0x22, 0x22),
            width: 2.5,
            dash: None,
            arrow: true,
            double: false,
            bar: false,
        },
        RelationKind::Interest => EdgeStyle {
            color: Rgb(0x33, 0x55, 0xAA),
            width: 2.5,
            dash: Some((2.5, 6.0)),
            arrow: true,
            double: false,
            bar: false,
        },
        RelationKind::Schot => EdgeStyle {
            color: Rgb(0x88, 0x22, 0x55),
            width: 5.0,
            dash: Some((14.0, 8.0)),
            arrow: false,
            double: false,
            bar: true,
        },
        RelationKind::Collaboration => EdgeStyle {
            color: Rgb(0x11, 0x77, 0x33),
            width: 2.0,
            dash: None,
            arrow: false,
            double: true,
            bar: false,
        },
    }
}

/// A relation kind's colour on a dark background (the dark theme): the same hues, light
/// enough to stand out against black.
pub fn edge_color_on_dark(kind: RelationKind) -> Rgb {
    match kind {
        RelationKind::Dependency => Rgb(0xDD, 0xDD, 0xDD),
        RelationKind::Interest => Rgb(0x77, 0x99, 0xEE),
        RelationKind::Schot => Rgb(0xEE, 0x77, 0xAA),
        RelationKind::Collaboration => Rgb(0x55, 0xCC, 0x77),
    }
}

/// Arrowhead length and half-width in map units.
pub const ARROW_LENGTH: f32 = 14.0;
pub const ARROW_HALF_WIDTH: f32 = 7.0;
/// The schot's bar across the middle of its line: width and half length, in map units.
pub const SCHOT_BAR_WIDTH: f32 = 6.0;
pub const SCHOT_BAR_HALF: f32 = 16.0;
/// The ghost connector where collaboration is missing: width and dash (map units).
pub const MISSING_WIDTH: f32 = 2.0;
pub const MISSING_DASH: (f32, f32) = (8.0, 8.0);
/// A schot that blocks a dependency: drawn this much wider, in the warning colour.
pub const BLOCKED_EXTRA_WIDTH: f32 = 1.5;
/// The accent halo of a mutual dependency: this much wider than its line.
pub const ACCENT_HALO: f32 = 6.0;
/// The ring around a loop member: width, and its distance from the card.
pub const LOOP_RING_WIDTH: f32 = 3.0;

/// Sideways distance between two relations drawn between the same pair.
pub const PARALLEL_SPACING: f32 = 28.0;

/// The bend (sideways offset of the control point, in map units) of relation `i` of `count`
/// relations between the same two stakeholders: 0 for a single one, spread around 0 otherwise.
pub fn bend(i: usize, count: usize) -> f32 {
    (i as f32 - (count.saturating_sub(1)) as f32 / 2.0) * PARALLEL_SPACING * 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_distinct_fills() {
        let mut fills: Vec<Rgb> = StakeholderKind::ALL.iter().map(|&k| kind_fill(k)).collect();
        fills.sort_by_key(|c| (c.0, c.1, c.2));
        fills.dedup();
        assert_eq!(fills.len(), StakeholderKind::ALL.len());
        assert_eq!(Rgb(255, 0, 16).hex(), "#ff0010");
    }

    #[test]
    fn bends_spread_symmetrically() {
        assert!(bend(0, 1).abs() < f32::EPSILON);
        assert!((bend(0, 2) + bend(1, 2)).abs() < f32::EPSILON);
        assert!(bend(0, 2) < 0.0);
    }

    /// Colour-vision deficiency checks: Machado, Oliveira & Fernandes (2009) simulation
    /// matrices at full severity, applied in linear RGB; distances in CIELAB (ΔE 1976).
    mod cvd {
        use super::*;

        type M3 = [[f64; 3]; 3];
        const NORMAL: M3 = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        const PROTANOPIA: M3 = [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ];
        const DEUTERANOPIA: M3 = [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ];

        fn linear(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }

        /// A projector in a lit room, on linear light: a flatter tone curve (L^0.8), black at
        /// 10 % of white and white dimmed to 95 %.
        fn projected(l: f64) -> f64 {
            0.10 + 0.85 * l.powf(0.8)
        }

        fn lab(c: Rgb, m: &M3) -> [f64; 3] {
            lab_of([linear(c.0), linear(c.1), linear(c.2)], m)
        }

        fn lab_projected(c: Rgb, m: &M3) -> [f64; 3] {
            lab_of(
                [
                    projected(linear(c.0)),
                    projected(linear(c.1)),
                    projected(linear(c.2)),
                ],
                m,
            )
        }

        fn lab_of(l: [f64; 3], m: &M3) -> [f64; 3] {
            let s: Vec<f64> = (0..3)
                .map(|i| (0..3).map(|j| m[i][j] * l[j]).sum::<f64>().clamp(0.0, 1.0))
                .collect();
            let x = 0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2];
            let y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
            let z = 0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2];
            let f = |t: f64| {
                if t > 0.008_856 {
                    t.cbrt()
                } else {
                    7.787 * t + 16.0 / 116.0
                }
            };
            let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
            [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
        }

        fn min_distance(colours: &[Rgb], m: &M3) -> f64 {
            min_distance_with(colours, m, lab)
        }

        fn min_distance_with(colours: &[Rgb], m: &M3, lab: fn(Rgb, &M3) -> [f64; 3]) -> f64 {
            let labs: Vec<[f64; 3]> = colours.iter().map(|&c| lab(c, m)).collect();
            let mut min = f64::MAX;
            for (i, a) in labs.iter().enumerate() {
                for b in &labs[i + 1..] {
                    let d = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2))
                        .sqrt();
                    min = min.min(d);
                }
            }
            min
        }

        /// Every pair at least ΔE 15 apart for normal vision, protanopia and deuteranopia.
        fn assert_apart(colours: &[Rgb], what: &str) {
            for (name, m) in [
                ("normal", NORMAL),
                ("protanopia", PROTANOPIA),
                ("deuteranopia", DEUTERANOPIA),
            ] {
                let d = min_distance(colours, &m);
                assert!(d >= 15.0, "{name}: two {what} only ΔE {d:.1} apart");
            }
        }

        fn luminance(c: Rgb) -> f64 {
            0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
        }

        #[test]
        fn kind_fills_stay_apart_for_colour_blind_viewers() {
            let fills: Vec<Rgb> = StakeholderKind::ALL.iter().map(|&k| kind_fill(k)).collect();
            assert_apart(&fills, "kinds");
        }

        /// The kind fills on a projector, for normal vision, protanopia and deuteranopia; and
        /// on a screen. The figures are in the README.
        #[test]
        fn kind_fills_stay_apart_on_a_projector() {
            let fills: Vec<Rgb> = StakeholderKind::ALL.iter().map(|&k| kind_fill(k)).collect();
            for (name, m) in [
                ("normal", NORMAL),
                ("protanopia", PROTANOPIA),
                ("deuteranopia", DEUTERANOPIA),
            ] {
                let projector = min_distance_with(&fills, &m, lab_projected);
                let screen = min_distance(&fills, &m);
                assert!(projector >= 17.2, "projector, {name}: ΔE {projector:.2}");
                assert!(screen >= 23.5, "screen, {name}: ΔE {screen:.2}");
            }
        }

        #[test]
        fn relation_colours_stay_apart_for_colour_blind_viewers() {
            let colours: Vec<Rgb> = crate::model::RelationKind::ALL
                .iter()
                .map(|&k| edge_style(k).color)
                .collect();
            assert_apart(&colours, "relation kinds");
        }

        #[test]
        fn dark_theme_relation_colours_stay_apart_and_stand_out() {
            let colours: Vec<Rgb> = crate::model::RelationKind::ALL
                .iter()
                .map(|&k| edge_color_on_dark(k))
                .collect();
            assert_apart(&colours, "relation kinds");
            for c in colours {
                // At least 4.5:1 against black.
                assert!((luminance(c) + 0.05) / 0.05 >= 4.5, "{c:?} too dark");
            }
        }

        /// Dark names stay on a light ground in a greyscale copy, and when a copy is
        /// thresholded at 40 % grey (how OCR is often fed): Rec. 709 luma of the sRGB values,
        /// as `ImageMagick`'s `-colorspace Gray` computes it.
        #[test]
        fn every_fill_is_light_in_grey() {
            for k in StakeholderKind::ALL {
                let c = kind_fill(k);
                let luma =
                    (0.2126 * f64::from(c.0) + 0.7152 * f64::from(c.1) + 0.0722 * f64::from(c.2))
                        / 255.0;
                assert!(luma >= 0.5, "{k:?}: luma {luma:.2}");
            }
        }

        #[test]
        fn card_text_is_readable_on_every_fill() {
            let text = luminance(CARD_TEXT);
            for k in StakeholderKind::ALL {
                let contrast = (luminance(kind_fill(k)) + 0.05) / (text + 0.05);
                assert!(contrast >= 4.5, "{k:?}: contrast {contrast:.1}");
            }
        }
    }
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn a_domain_keeps_its_colour_whatever_other_domains_there_are() {
        assert_eq!(zone_fill("Wmo"), zone_fill(" wmo "));
        // The common ones differ from their usual neighbours.
        assert_ne!(zone_fill("zorg"), zone_fill("welzijn"));
        assert_ne!(zone_fill("Wmo"), zone_fill("Wlz"));
        assert_ne!(zone_fill("Wmo"), zone_fill("Zvw"));
        // Any name has one, the same every time.
        assert_eq!(zone_fill("Participatiewet"), zone_fill("participatiewet"));
        assert!(ZONE_FILLS.contains(&zone_fill("een domein dat niemand kent")));
    }
}
