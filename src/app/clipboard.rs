//! Copy and paste: selected cards with the relations among them (as a small map file, so they
//! keep everything), and lists from elsewhere (a column copied from Excel, a list from a chat or
//! a document: one partner per line, with kind and domain in tab-separated columns).
//!
//! Pure: text in, commands out. The editor asks before adding a list (how many, what is
//! skipped) and pastes cards at once; either way, one undo step.

use std::collections::HashSet;

use emath::{Pos2, Rect, vec2};

use super::document::Command;
use crate::layout::free::{Room, free_spot};
use crate::model::{Map, Stakeholder, StakeholderId, StakeholderKind, entry};

/// The most partners one paste adds: a list longer than this is cut, and the user told.
pub const MAX_ROWS: usize = 500;
/// The longest name a pasted line gives (characters); longer text is cut.
pub const MAX_NAME: usize = 200;

/// The selected partners and the relations among them, as the text of a map file.
pub fn copy(map: &Map, selected: &[StakeholderId]) -> Option<String> {
    if selected.is_empty() {
        return None;
    }
    let chosen: HashSet<&StakeholderId> = selected.iter().collect();
    let mut part = Map::new(&map.title);
    for id in selected {
        if let Some(s) = map.stakeholder(id) {
            part.add_stakeholder(s.clone()).ok()?;
        }
    }
    for r in map.relations() {
        if chosen.contains(&r.from) && chosen.contains(&r.to) {
            part.add_relation(r.clone()).ok()?;
        }
    }
    if part.is_empty() {
        return None;
    }
    let bytes = crate::io::to_bytes(&part).ok()?;
    String::from_utf8(bytes).ok()
}

/// What was pasted.
#[derive(Debug, Clone, PartialEq)]
pub enum Pasted {
    /// Cards copied from a map (this one or another ecomap).
    Cards(Box<Map>),
    /// A list: one partner per line.
    List(List),
    /// Cells from a spreadsheet (more than one column): through the import's window, which
    /// maps their types to kinds ([`crate::io::sheets::pasted`]).
    Cells(String),
}

/// A pasted list, read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {
    pub rows: Vec<Row>,
    /// Lines left out because the map (or an earlier line) has that name already.
    pub duplicates: usize,
    /// Lines past [`MAX_ROWS`], left out.
    pub cut: usize,
}

/// One line of a list: a name, and the kind and domain its columns named.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub kind: Option<StakeholderKind>,
    pub domain: Option<String>,
}

/// Read pasted text: cards when it is a map file, else a list of names (`None`: nothing to
/// add, e.g. only blank lines).
pub fn read(text: &str, map: &Map) -> Option<Pasted> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{')
        && let Ok(m) = crate::io::from_bytes(trimmed.as_bytes())
        && !m.is_empty()
    {
        return Some(Pasted::Cards(Box::new(m)));
    }
    if text.lines().any(|l| l.contains('\t')) && !text.trim().is_empty() {
        return Some(Pasted::Cells(text.to_owned()));
    }
    let domains = map.domains();
    let mut seen: HashSet<String> = map.stakeholders().map(|s| entry::fold(&s.name)).collect();
    let mut list = List::default();
    for (i, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let name: String = cols[0]
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_NAME)
            .collect::<String>()
            .trim()
            .to_owned();
        if name.is_empty() || (i == 0 && is_header(&name)) {
            continue;
        }
        if !seen.insert(entry::fold(&name)) {
            list.duplicates += 1;
            continue;
        }
        if list.rows.len() == MAX_ROWS {
            list.cut += 1;
            continue;
        }
        let kind = cols
            .get(1)
            .and_then(|k| entry::kinds_matching(k).first().copied());
        let domain = cols.get(2).filter(|d| !d.is_empty()).map(|d| {
            entry::domains_matching(d, &domains)
                .into_iter()
                .find(|m| entry::fold(m) == entry::fold(d))
                .unwrap_or_else(|| (*d).chars().take(MAX_NAME).collect())
        });
        list.rows.push(Row { name, kind, domain });
    }
    (!list.rows.is_empty() || list.duplicates > 0).then_some(Pasted::List(list))
}

/// A first line that names its columns (`Naam`, `Name`, `Label`, …) rather than a partner.
fn is_header(first: &str) -> bool {
    matches!(
        entry::fold(first).as_str(),
        "naam"
            | "name"
            | "label"
            | "partner"
            | "partners"
            | "organisatie"
            | "organisation"
            | "organization"
            | "belanghebbende"
            | "stakeholder"
    )
}

/// The commands that add a pasted list, as one step, and the new partners' ids. Names become
/// fresh ids; a line without a kind gets `default_kind`.
pub fn add_list(
    map: &Map,
    list: &List,
    room: &Room,
    default_kind: StakeholderKind,
) -> (Command, Vec<StakeholderId>) {
    let mut scratch = map.clone();
    let mut taken = room.taken.clone();
    let mut cmds = Vec::new();
    let mut ids = Vec::new();
    let mut near = room.anchor;
    for row in &list.rows {
        let at = free_spot(&taken, near, room.size, room.gap);
        taken.push(Rect::from_center_size(at, room.size));
        near = at;
        let id = scratch.fresh_stakeholder_id(&row.name);
        let mut s = Stakeholder::new(
            id.clone(),
            &row.name,
            row.kind.unwrap_or(default_kind),
            f64::from(at.x),
            f64::from(at.y),
        );
        if let Some(d) = &row.domain {
            s.domain.clone_from(d);
        }
        if scratch.add_stakeholder(s.clone()).is_ok() {
            cmds.push(Command::AddStakeholder(s));
            ids.push(id);
        }
    }
    (Command::Batch(cmds), ids)
}

/// The commands that paste copied cards, as one step, and their new ids: fresh ids, the
/// relations among them kept, the group placed as it was, moved to free space near `anchor`.
pub fn add_cards(map: &Map, cards: &Map, room: &Room) -> (Command, Vec<StakeholderId>) {
    let mut scratch = map.clone();
    let copied = cards.stakeholders_sorted();
    let Some(bounds) = copied
        .iter()
        .map(|s| Rect::from_center_size(Pos2::new(s.x as f32, s.y as f32), room.size))
        .reduce(Rect::union)
    else {
        return (Command::Batch(Vec::new()), Vec::new());
    };
    // The whole group as one block in free space.
    let block = bounds.size() + vec2(room.gap, room.gap);
    let centre = free_spot(&room.taken, room.anchor, block, room.gap);
    let shift = centre - bounds.center();
    let mut cmds = Vec::new();
    let mut ids = Vec::new();
    let mut renamed = std::collections::HashMap::new();
    for s in copied {
        let id = scratch.fresh_stakeholder_id(&s.name);
        let mut new = s.clone();
        new.id = id.clone();
        new.x = (s.x + f64::from(shift.x))
            .clamp(-crate::model::MAX_COORDINATE, crate::model::MAX_COORDINATE);
        new.y = (s.y + f64::from(shift.y))
            .clamp(-crate::model::MAX_COORDINATE, crate::model::MAX_COORDINATE);
        new.pinned = false;
        if scratch.add_stakeholder(new.clone()).is_ok() {
            renamed.insert(s.id.clone(), id.clone());
            cmds.push(Command::AddStakeholder(new));
            ids.push(id);
        }
    }
    for r in cards.relations() {
        let (Some(from), Some(to)) = (renamed.get(&r.from), renamed.get(&r.to)) else {
            continue;
        };
        // Everything the relation says (label, notes, source, confidence, date), new ends.
        let mut new = r.clone();
        new.id = scratch.fresh_relation_id();
        new.from = from.clone();
        new.to = to.clone();
        if scratch.add_relation(new.clone()).is_ok() {
            cmds.push(Command::Connect(new));
        }
    }
    (Command::Batch(cmds), ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relation, RelationKind};

    fn sid(s: &str) -> StakeholderId {
        StakeholderId::parse(s).unwrap()
    }

    fn base() -> Map {
        let mut m = Map::new("Kaart");
        m.add_stakeholder(Stakeholder::new(
            sid("gemeente"),
            "Gemeente",
            StakeholderKind::Municipality,
            0.0,
            0.0,
        ))
        .unwrap();
        m.add_stakeholder(Stakeholder::new(
            sid("wijkteam"),
            "Wijkteam",
            StakeholderKind::Welfare,
            300.0,
            0.0,
        ))
        .unwrap();
        m.domains();
        let mut s = m.stakeholder("wijkteam").unwrap().clone();
        s.domain = "Wmo".into();
        m.update_stakeholder(s).unwrap();
        m
    }

    fn room(taken: &[Rect]) -> Room {
        Room {
            taken: taken.to_vec(),
            anchor: Pos2::ZERO,
            size: vec2(180.0, 64.0),
            gap: 30.0,
        }
    }

    /// Cells of several columns copied from Excel go through the import (its parser and its
    /// window): with a header row, and without one (name, type, domain; or, when both first
    /// cells name partners, relations).
    #[test]
    fn cells_from_excel_go_through_the_import() {
        use crate::io::sheets::{self, KindMapping, SkipReason};
        let m = base();
        let text = "Naam\tSoort\tDomein\r\nHuisarts Zetten\tzorgaanbieder\tzvw\r\n\r\nGemeente\tgem\t\r\nMantelzorgers\tmantel\tinformeel\r\nGGD\t\twmo\r\nHuisarts zetten\t\t\r\n";
        let headless = text.split_once("\r\n").unwrap().1;
        for pasted in [text, headless] {
            let Some(Pasted::Cells(cells)) = read(pasted, &m) else {
                panic!("cells")
            };
            let sheet = sheets::pasted(&cells, &m, "Geplakt").unwrap();
            let got = sheets::import_into(&m, &[sheet], &KindMapping::default()).unwrap();
            let names: Vec<&str> = got
                .new_stakeholders
                .iter()
                .map(|id| got.map.name_of(id))
                .collect();
            assert_eq!(names, ["Huisarts Zetten", "Mantelzorgers", "GGD"]);
            let skipped: Vec<SkipReason> = got.skipped.iter().map(|s| s.why.clone()).collect();
            assert_eq!(
                skipped,
                [SkipReason::AlreadyThere, SkipReason::AlreadyThere],
                "Gemeente is on the map, Huisarts zetten came before"
            );
            let new = |i: usize| got.map.stakeholder(&got.new_stakeholders[i]).unwrap();
            assert_eq!(new(0).kind, StakeholderKind::CareProvider);
            assert_eq!(new(0).domain, "zvw", "as pasted: the map has no Zvw");
            assert_eq!(new(1).kind, StakeholderKind::InformalCarer);
            assert_eq!(new(2).kind, StakeholderKind::Other);
            assert_eq!(new(2).domain, "Wmo", "the map's spelling");
        }
        // Relations: both first cells name partners on the map.
        let Some(Pasted::Cells(cells)) = read("Gemeente\tWijkteam\tafhankelijk\tsubsidie\n", &m)
        else {
            panic!("cells")
        };
        let sheet = sheets::pasted(&cells, &m, "Geplakt").unwrap();
        let got = sheets::import_into(&m, &[sheet], &KindMapping::default()).unwrap();
        assert_eq!(got.new_relations.len(), 1);
        let r = got.map.relation(&got.new_relations[0]).unwrap();
        assert_eq!(r.kind, RelationKind::Dependency);
        assert_eq!(r.label, "subsidie");
        assert!(got.new_stakeholders.is_empty());
    }

    #[test]
    fn a_list_is_added_as_one_step_in_free_space_with_fresh_ids() {
        let m = base();
        let text: String = (1..=12)
            .map(|i| format!("Partner {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let Some(Pasted::List(list)) = read(&text, &m) else {
            panic!()
        };
        let taken: Vec<Rect> = m
            .stakeholders()
            .map(|s| Rect::from_center_size(Pos2::new(s.x as f32, s.y as f32), vec2(180.0, 64.0)))
            .collect();
        let (cmd, ids) = add_list(&m, &list, &room(&taken), StakeholderKind::Other);
        assert_eq!(ids.len(), 12);
        let mut after = m.clone();
        let Command::Batch(cmds) = cmd else { panic!() };
        let mut rects = taken.clone();
        for c in cmds {
            let Command::AddStakeholder(s) = c else {
                panic!()
            };
            let r = Rect::from_center_size(Pos2::new(s.x as f32, s.y as f32), vec2(180.0, 64.0));
            assert!(
                rects.iter().all(|t| !t.intersects(r)),
                "{} overlaps",
                s.name
            );
            rects.push(r);
            after.add_stakeholder(s).unwrap();
        }
        assert_eq!(after.stakeholder_count(), 14);
    }

    #[test]
    fn hostile_lists_are_bounded_and_cleaned() {
        let m = base();
        let long = "x".repeat(10_000);
        let text = format!("{long}\n\u{1b}[2JRood\n{}", "a\n".repeat(2));
        let Some(Pasted::List(list)) = read(&text, &m) else {
            panic!()
        };
        assert_eq!(list.rows[0].name.chars().count(), MAX_NAME);
        assert_eq!(list.rows[1].name, "[2JRood", "control characters left out");
        let many: String = (0..2_000)
            .map(|i| format!("P{i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let Some(Pasted::List(list)) = read(&many, &m) else {
            panic!()
        };
        assert_eq!((list.rows.len(), list.cut), (MAX_ROWS, 2_000 - MAX_ROWS));
        assert_eq!(read("\n \n\t\n", &m), None);
    }

    #[test]
    fn copied_cards_come_back_with_their_relations_and_fresh_ids() {
        let mut m = base();
        m.add_relation(Relation::new(
            crate::model::RelationId::parse("r1").unwrap(),
            RelationKind::Dependency,
            sid("gemeente"),
            sid("wijkteam"),
        ))
        .unwrap();
        let text = copy(&m, &[sid("gemeente"), sid("wijkteam")]).unwrap();
        let Some(Pasted::Cards(cards)) = read(&text, &m) else {
            panic!("cards")
        };
        let taken: Vec<Rect> = m
            .stakeholders()
            .map(|s| Rect::from_center_size(Pos2::new(s.x as f32, s.y as f32), vec2(180.0, 64.0)))
            .collect();
        let (cmd, ids) = add_cards(&m, &cards, &room(&taken));
        assert_eq!(ids.len(), 2);
        assert!(
            ids.iter().all(|id| m.stakeholder(id).is_none()),
            "fresh ids"
        );
        let Command::Batch(cmds) = cmd else { panic!() };
        let mut after = m.clone();
        for c in cmds {
            match c {
                Command::AddStakeholder(s) => {
                    after.add_stakeholder(s).unwrap();
                }
                Command::Connect(r) => {
                    assert!(ids.contains(&r.from) && ids.contains(&r.to));
                    after.add_relation(r).unwrap();
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!((after.stakeholder_count(), after.relation_count()), (4, 2));
        // Placed clear of the cards that were there.
        for id in &ids {
            let s = after.stakeholder(id).unwrap();
            let r = Rect::from_center_size(Pos2::new(s.x as f32, s.y as f32), vec2(180.0, 64.0));
            assert!(taken.iter().all(|t| !t.intersects(r)));
        }
    }
}
