//! Deterministic generated maps for benchmarks, tests and `ecomap generate`.

use super::{
    Map, ModelError, Relation, RelationId, RelationKind, Stakeholder, StakeholderId,
    StakeholderKind,
};

/// A map of `n` stakeholders on a grid with about `per` relations each, mostly to nearby
/// stakeholders (as people draw them), of all four kinds, in eight domains. The same
/// arguments always give the same map. Refused as the map would refuse it: a grid of tens of
/// millions reaches past [`super::MAX_COORDINATE`].
pub fn generated_map(n: usize, per: usize, seed: u64) -> Result<Map, ModelError> {
    let mut rng = SplitMix(seed);
    let mut map = Map::new(&format!("Gegenereerd ({n})"));
    let side = (n as f64).sqrt().ceil().max(1.0) as usize;
    let domains = [
        "zorg",
        "welzijn",
        "wonen",
        "Wmo",
        "Zvw",
        "Wlz",
        "onderwijs",
        "",
    ];
    let ids: Vec<StakeholderId> = (0..n)
        .map(|i| StakeholderId::fresh(format!("s{i:06}")))
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let kind = StakeholderKind::ALL[rng.below(StakeholderKind::ALL.len())];
        let (gx, gy) = ((i % side) as f64, (i / side) as f64);
        let mut s = Stakeholder::new(
            id.clone(),
            &format!("Partner {i}"),
            kind,
            gx * 220.0 + rng.jitter(40.0),
            gy * 160.0 + rng.jitter(30.0),
        );
        domains[rng.below(domains.len())].clone_into(&mut s.domain);
        map.add_stakeholder(s)?;
    }
    if n < 2 {
        return Ok(map);
    }
    let mut r = 0usize;
    for i in 0..n {
        for _ in 0..per {
            // Three in four relations go to a grid neighbour, the rest anywhere.
            let j = if rng.below(4) == 0 {
                rng.below(n)
            } else {
                let dx = rng.below(5) as isize - 2;
                let dy = rng.below(5) as isize - 2;
                (i as isize + dx + dy * side as isize).rem_euclid(n as isize) as usize
            };
            if j == i {
                continue;
            }
            let kind = match rng.below(10) {
                0..=3 => RelationKind::Dependency,
                4..=6 => RelationKind::Interest,
                7 => RelationKind::Schot,
                _ => RelationKind::Collaboration,
            };
            r += 1;
            map.add_relation(Relation::new(
                RelationId::fresh(format!("r{r}")),
                kind,
                ids[i].clone(),
                ids[j].clone(),
            ))?;
        }
    }
    Ok(map)
}

/// Real organisations of Dutch care and welfare, with the long compound names that break badly
/// when a program breaks them blindly.
const ORGANISATIONS: [(&str, StakeholderKind, &str); 36] = [
    ("Wijkteam Jeugd", StakeholderKind::Welfare, "Jeugdwet"),
    ("Huisartsenpraktijk", StakeholderKind::Professional, "Zvw"),
    ("Vrijwilligerscentrale", StakeholderKind::Welfare, "welzijn"),
    ("Ouderenadviseursnetwerk", StakeholderKind::Welfare, "Wmo"),
    (
        "Stichting Gehandicaptenzorg",
        StakeholderKind::CareProvider,
        "Wlz",
    ),
    (
        "UWV / Werkgeversservicepunt",
        StakeholderKind::Financier,
        "werk",
    ),
    (
        "Seniorenwoningcorporatie",
        StakeholderKind::Housing,
        "wonen",
    ),
    ("Zorgverzekeraar", StakeholderKind::Financier, "Zvw"),
    (
        "Samenwerkingsverband Passend Onderwijs",
        StakeholderKind::Education,
        "onderwijs",
    ),
    (
        "Mantelzorgondersteuning",
        StakeholderKind::InformalCarer,
        "Wmo",
    ),
    ("Wijkverpleging", StakeholderKind::CareProvider, "Zvw"),
    (
        "Jeugdgezondheidszorg",
        StakeholderKind::CareProvider,
        "Jeugdwet",
    ),
    ("Schuldhulpverlening", StakeholderKind::Welfare, "Wmo"),
    ("Bewonersplatform", StakeholderKind::Citizen, "welzijn"),
    ("Zorgkantoor", StakeholderKind::Financier, "Wlz"),
    (
        "Inspectie Gezondheidszorg en Jeugd",
        StakeholderKind::Regulator,
        "Zvw",
    ),
    ("Thuiszorgorganisatie", StakeholderKind::CareProvider, "Wmo"),
    ("Welzijnsorganisatie", StakeholderKind::Welfare, "welzijn"),
    ("Sportvereniging", StakeholderKind::Citizen, "welzijn"),
    (
        "Openbare Bibliotheek",
        StakeholderKind::Education,
        "welzijn",
    ),
    (
        "Hogeschool Verpleegkunde",
        StakeholderKind::Education,
        "onderwijs",
    ),
    (
        "ROC Zorg en Welzijn",
        StakeholderKind::Education,
        "onderwijs",
    ),
    ("Apotheek", StakeholderKind::Professional, "Zvw"),
    (
        "Fysiotherapiepraktijk",
        StakeholderKind::Professional,
        "Zvw",
    ),
    ("Dagbestedingscentrum", StakeholderKind::CareProvider, "Wmo"),
    ("Buurtsportcoach", StakeholderKind::Welfare, "welzijn"),
    (
        "Kinderopvangorganisatie",
        StakeholderKind::Education,
        "onderwijs",
    ),
    (
        "Verslavingszorginstelling",
        StakeholderKind::CareProvider,
        "Zvw",
    ),
    (
        "Geestelijke gezondheidszorg",
        StakeholderKind::CareProvider,
        "Zvw",
    ),
    ("Ziekenhuis", StakeholderKind::CareProvider, "Zvw"),
    ("Revalidatiecentrum", StakeholderKind::CareProvider, "Zvw"),
    ("Verpleeghuis", StakeholderKind::CareProvider, "Wlz"),
    ("Huurdersvereniging", StakeholderKind::Citizen, "wonen"),
    ("Gemeente", StakeholderKind::Municipality, "Wmo"),
    ("Woningcorporatie", StakeholderKind::Housing, "wonen"),
    ("Ervaringsdeskundigen", StakeholderKind::Citizen, "welzijn"),
];
const PLACES: [&str; 9] = [
    "Oost",
    "Rivierenland",
    "De Linde",
    "Noord",
    "Centrum",
    "Zuid-West",
    "Midden-Holland",
    "",
    "",
];
const LABELS: [&str; 16] = [
    "financiering",
    "specialistische hulp onderwijs/jeugdwet",
    "dubbel, telt één keer",
    "wijkverpleging",
    "stageplaatsen",
    "uitkering naar werk",
    "Wmo / Wlz",
    "passende woningen",
    "welzijn op recept",
    "ondersteuningsbudget",
    "kortere wachtlijst",
    "doorverwijzing",
    "gegevensuitwisseling",
    "inkoop",
    "gezamenlijk eigenaarschap",
    "signalering",
];

/// A map as a facilitator draws one by hand: `n` cards on a loose grid (wider than tall, as
/// on a screen), each jittered but clear of its neighbours at zoom 1 (as people place them), with long Dutch organisation names, 1.5 to 3 relations each,
/// mostly to nearby cards, and labels on about half of them. For legibility tests: no
/// positions are tuned to look good. Refused as the map would refuse it (a grid of millions
/// reaches past [`super::MAX_COORDINATE`]).
pub fn hand_placed(n: usize, seed: u64) -> Result<Map, ModelError> {
    let mut rng = SplitMix(seed ^ 0x5EED);
    let mut map = Map::new(&format!("Ontwerplab ({n} partners)"));
    let cols = ((n as f64 * 1.8).sqrt().ceil() as usize).max(1);
    let ids: Vec<StakeholderId> = (0..n)
        .map(|i| StakeholderId::fresh(format!("p{i:04}")))
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let (name, kind, domain) = ORGANISATIONS[(i * 7 + rng.below(5)) % ORGANISATIONS.len()];
        let place = PLACES[rng.below(PLACES.len())];
        let full = if place.is_empty() {
            name.to_owned()
        } else {
            format!("{name} {place}")
        };
        let (gx, gy) = ((i % cols) as f64, (i / cols) as f64);
        let mut s = Stakeholder::new(
            id.clone(),
            &full,
            kind,
            gx * 300.0 + rng.jitter(45.0),
            gy * 200.0 + rng.jitter(30.0),
        );
        domain.clone_into(&mut s.domain);
        map.add_stakeholder(s)?;
    }
    if n < 2 {
        return Ok(map);
    }
    let target = n * 3 / 2 + rng.below(n * 3 / 2 + 1);
    let mut r = 0usize;
    let mut tries = 0;
    while r < target && tries < target * 20 {
        tries += 1;
        let i = rng.below(n);
        let j = if rng.below(5) == 0 {
            rng.below(n)
        } else {
            let dx = rng.below(5) as isize - 2;
            let dy = rng.below(3) as isize - 1;
            (i as isize + dx + dy * cols as isize).rem_euclid(n as isize) as usize
        };
        if i == j {
            continue;
        }
        let kind = match rng.below(10) {
            0..=3 => RelationKind::Dependency,
            4..=6 => RelationKind::Interest,
            7 => RelationKind::Schot,
            _ => RelationKind::Collaboration,
        };
        let mut rel = Relation::new(
            RelationId::fresh(format!("r{r:04}")),
            kind,
            ids[i].clone(),
            ids[j].clone(),
        );
        if rng.below(2) == 0 {
            LABELS[rng.below(LABELS.len())].clone_into(&mut rel.label);
        }
        map.add_relation(rel)?;
        r += 1;
    }
    Ok(map)
}

/// A tiny, well-known generator (SplitMix64): no dependency needed for benchmark data.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn jitter(&mut self, amount: f64) -> f64 {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 2.0 * amount
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_about_the_right_size() {
        let a = generated_map(1000, 3, 7).unwrap();
        assert_eq!(a, generated_map(1000, 3, 7).unwrap());
        assert_eq!(a.stakeholder_count(), 1000);
        assert!(a.relation_count() > 2800 && a.relation_count() <= 3000);
        let h = hand_placed(60, 1).unwrap();
        assert_eq!(h, hand_placed(60, 1).unwrap());
        assert_eq!(h.stakeholder_count(), 60);
        assert!(
            (90..=180).contains(&h.relation_count()),
            "{}",
            h.relation_count()
        );
    }
}
