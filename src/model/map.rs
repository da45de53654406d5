use std::collections::{BTreeMap, HashMap};

use foldhash::fast::RandomState;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;

use super::id::{Key, RelationId, ScenarioId, StakeholderId};
use super::scenario::{ActionItem, Confidence, DEFAULT_SCENARIO, Scenario};
use super::{RelationKind, StakeholderKind};

/// A party in the ecosystem.
#[derive(Debug, Clone, PartialEq)]
pub struct Stakeholder {
    /// Unique, stable identifier; never shown as the name.
    pub id: StakeholderId,
    pub name: String,
    pub kind: StakeholderKind,
    /// Free text such as `zorg`, `wmo`, `wonen`; may be empty.
    pub domain: String,
    pub x: f64,
    pub y: f64,
    pub notes: String,
    /// Pinned by the user: tidy layouts leave it where it is.
    pub pinned: bool,
    /// Who proposed it (a participant, when the room joins in); `None` for nobody.
    pub source: Option<String>,
}

impl Stakeholder {
    /// A stakeholder with empty domain and notes.
    pub fn new(id: StakeholderId, name: &str, kind: StakeholderKind, x: f64, y: f64) -> Self {
        Stakeholder {
            id,
            name: name.to_owned(),
            kind,
            domain: String::new(),
            x,
            y,
            notes: String::new(),
            pinned: false,
            source: None,
        }
    }
}

/// A relation between two stakeholders, by their ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub id: RelationId,
    pub kind: RelationKind,
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub label: String,
    pub notes: String,
    /// Who claimed it: free text, or a stakeholder's id; `None` when nobody is named.
    pub source: Option<String>,
    /// How sure the room is; `None` when nobody said.
    pub confidence: Option<Confidence>,
    /// When it was claimed, `YYYY-MM-DD`; `None` when nobody said.
    pub date: Option<String>,
}

impl Relation {
    /// A relation with empty label and notes, and no source, confidence or date.
    pub fn new(id: RelationId, kind: RelationKind, from: StakeholderId, to: StakeholderId) -> Self {
        Relation {
            id,
            kind,
            from,
            to,
            label: String::new(),
            notes: String::new(),
            source: None,
            confidence: None,
            date: None,
        }
    }

    /// Marked as contested: drawn lighter with a "?", and findings resting on it say so.
    pub fn is_contested(&self) -> bool {
        self.confidence == Some(Confidence::Contested)
    }
}

/// Why the map refused a change. Each names the id or value at fault (shortened and with
/// control characters escaped: see [`shown`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    EmptyName(String),
    DuplicateStakeholder(String),
    NonFiniteCoordinate {
        id: String,
        field: &'static str,
        value: String,
    },
    CoordinateOutOfRange {
        id: String,
        field: &'static str,
        /// As written (a number; kept as text so errors compare exactly).
        value: String,
    },
    DuplicateRelation(String),
    UnknownStakeholder {
        relation: String,
        field: &'static str,
        stakeholder: String,
    },
    SelfRelation {
        relation: String,
        stakeholder: String,
    },
    NoSuchStakeholder(String),
    NoSuchRelation(String),
    /// A date that is not `YYYY-MM-DD` (a relation's or an action's).
    BadDate {
        id: String,
        field: &'static str,
        value: String,
    },
    EmptyScenarioName,
    ScenarioNameTaken(String),
    NoSuchScenario(String),
    /// The only scenario cannot be deleted.
    LastScenario,
    DuplicateAction(String),
    NoSuchAction(String),
    /// An action names no finding (no stakeholders).
    ActionWithoutFinding(String),
}

impl ModelError {
    /// What went wrong, for the person at the screen, in their language (`Display` is the
    /// English one, for the command line and the logs).
    pub fn user_message(&self, lang: crate::lang::Lang) -> String {
        use ModelError as E;
        let t = lang;
        match self {
            E::EmptyName(id) => crate::tr!(t, "err-empty-name", id = shown(id)),
            E::DuplicateStakeholder(id) => {
                crate::tr!(t, "err-duplicate-stakeholder", id = shown(id))
            }
            E::NonFiniteCoordinate { id, field, value } => crate::tr!(
                t,
                "err-non-finite",
                id = shown(id),
                field = field,
                value = shown(value)
            ),
            E::CoordinateOutOfRange { id, field, value } => crate::tr!(
                t,
                "err-out-of-range",
                id = shown(id),
                field = field,
                value = value,
                max = MAX_COORDINATE
            ),
            E::DuplicateRelation(id) => crate::tr!(t, "err-duplicate-relation", id = shown(id)),
            E::UnknownStakeholder {
                relation,
                field,
                stakeholder,
            } => crate::tr!(
                t,
                "err-unknown-stakeholder",
                relation = shown(relation),
                field = field,
                stakeholder = shown(stakeholder)
            ),
            E::SelfRelation {
                relation,
                stakeholder,
            } => crate::tr!(
                t,
                "err-self-relation",
                relation = shown(relation),
                stakeholder = shown(stakeholder)
            ),
            E::NoSuchStakeholder(id) => crate::tr!(t, "err-no-such-stakeholder", id = shown(id)),
            E::NoSuchRelation(id) => crate::tr!(t, "err-no-such-relation", id = shown(id)),
            E::BadDate { id, field, value } => crate::tr!(
                t,
                "err-bad-date",
                id = shown(id),
                field = field,
                value = shown(value)
            ),
            E::EmptyScenarioName => crate::tr!(t, "err-empty-scenario-name").to_owned(),
            E::ScenarioNameTaken(n) => crate::tr!(t, "err-scenario-name-taken", name = shown(n)),
            E::NoSuchScenario(n) => crate::tr!(t, "err-no-such-scenario", name = shown(n)),
            E::LastScenario => crate::tr!(t, "err-last-scenario").to_owned(),
            E::DuplicateAction(id) => crate::tr!(t, "err-duplicate-action", id = shown(id)),
            E::NoSuchAction(id) => crate::tr!(t, "err-no-such-action", id = shown(id)),
            E::ActionWithoutFinding(id) => {
                crate::tr!(t, "err-action-without-finding", id = shown(id))
            }
        }
    }
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.user_message(crate::lang::Lang::En))
    }
}

impl std::error::Error for ModelError {}

/// How far from the origin a stakeholder may be, in map units on either axis: far beyond any
/// map people draw, and small enough that every drawing stays finite.
pub const MAX_COORDINATE: f64 = 1_000_000.0;

/// At most this many characters of a value from a file are echoed in a message.
const SHOWN_CHARS: usize = 80;

/// A value from a file as a message may show it: at most 80 characters (then "…"), and
/// control characters (which could steer a terminal) written as `\u{1b}`.
pub fn shown(value: &str) -> String {
    shown_max(value, SHOWN_CHARS)
}

/// [`shown`] with room for `max` characters (a whole message that quotes a value).
pub fn shown_max(value: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_control() || reorders(c) || matches!(c, '\u{200e}' | '\u{200f}') {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `c` reorders the text around it: a bidi override, embedding or isolate
/// (`U+202A`–`U+202E`, `U+2066`–`U+2069`).
pub fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` steers the direction of text: [`reorders`], or a direction mark (LRM, RLM,
/// ALM).
pub fn steers_direction(c: char) -> bool {
    reorders(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// The first character in `text` that does not belong in text from a file or a phone: control
/// characters (a terminal obeys them: clear the screen, retitle the window), and in a line of
/// text (`multiline` false: a name, an id, a label) also line breaks, tabs and the characters
/// that reorder text (bidi overrides, embeddings and isolates: "Gemeente" followed by one looks
/// like "Gemeente" and is not). Notes and descriptions may have line breaks, tabs and bidi
/// controls (text in a right-to-left script needs them).
pub fn foreign_char(text: &str, multiline: bool) -> Option<char> {
    text.chars().find(|&c| {
        let bidi = reorders(c);
        if multiline {
            c.is_control() && !matches!(c, '\n' | '\r' | '\t')
        } else {
            c.is_control() || bidi
        }
    })
}

/// `text` without what [`foreign_char`] refuses, so that the map saves as a file it opens
/// again: a tab (pasted from a spreadsheet) becomes a space in a line of text; other control
/// characters, and in a line the characters that reorder text, are left out.
pub fn cleaned(text: &str, multiline: bool) -> String {
    if foreign_char(text, multiline).is_none() {
        return text.to_owned();
    }
    text.chars()
        .filter_map(|c| match c {
            '\t' if !multiline => Some(' '),
            c if foreign_char(c.encode_utf8(&mut [0; 4]), multiline).is_some() => None,
            c => Some(c),
        })
        .collect()
}

/// A name as it looks: compatibility forms folded (NFKC: a full-width "Ｇ" is "G"), invisible
/// characters removed (zero-width spaces and joiners, soft hyphens, direction marks), spaces
/// collapsed, lower case. Two names with the same key look the same on a card.
pub fn name_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let visible: String = name
        .nfkc()
        .filter(|&c| {
            !(c.is_control()
                || matches!(
                    c,
                    '\u{200b}'..='\u{200f}'
                        | '\u{202a}'..='\u{202e}'
                        | '\u{2060}'..='\u{2069}'
                        | '\u{feff}'
                        | '\u{00ad}'
                        | '\u{180e}'
                        | '\u{061c}'
                ))
        })
        .collect();
    visible
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Pairs of stakeholders whose names look the same ([`name_key`]), as (id, id), by id.
pub fn look_alikes(map: &Map) -> Vec<(StakeholderId, StakeholderId)> {
    let mut by_key: HashMap<String, Vec<StakeholderId>> = HashMap::new();
    for s in map.stakeholders_sorted() {
        by_key
            .entry(name_key(&s.name))
            .or_default()
            .push(s.id.clone());
    }
    let mut pairs: Vec<(StakeholderId, StakeholderId)> = by_key
        .into_values()
        .filter(|ids| ids.len() > 1)
        .flat_map(|ids| {
            let first = ids[0].clone();
            ids.into_iter().skip(1).map(move |id| (first.clone(), id))
        })
        .collect();
    pairs.sort();
    pairs
}

/// Whether a name shows nothing: empty after removing spaces and invisible characters
/// (zero-width spaces and joiners, the byte order mark, soft hyphens).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}' | '\u{180e}'
            )
    })
}

/// An ecosystem map. Every stakeholder and relation in it is valid: ids unique and non-empty,
/// names non-empty, coordinates finite, relations between two different existing stakeholders.
///
/// A map holds one or more scenarios ("Nu", "Straks"). Stakeholders are shared between them
/// (one position, one name), and a scenario may leave some out; relations belong to one
/// scenario. The graph is the active scenario, so analysis, layout and drawing see one plain
/// map; the others wait in `shelved` (see `scenario.rs`).
#[derive(Debug, Clone)]
pub struct Map {
    pub title: String,
    pub description: String,
    pub(super) graph: StableDiGraph<Stakeholder, Relation>,
    pub(super) node_by_id: HashMap<StakeholderId, NodeIndex, RandomState>,
    pub(super) edge_by_id: HashMap<RelationId, EdgeIndex, RandomState>,
    /// The active scenario's name.
    pub(super) scenario: ScenarioId,
    /// The other scenarios, in order; the active one sits at `active_at` among them.
    pub(super) shelved: Vec<Scenario>,
    pub(super) active_at: usize,
    /// Stakeholders of other scenarios that the active one leaves out.
    pub(super) offstage: BTreeMap<StakeholderId, Stakeholder>,
    /// Next steps on findings, sorted by id; shared by all scenarios.
    pub(super) actions: Vec<ActionItem>,
}

impl Default for Map {
    fn default() -> Self {
        Map {
            title: String::new(),
            description: String::new(),
            graph: StableDiGraph::default(),
            node_by_id: HashMap::default(),
            edge_by_id: HashMap::default(),
            scenario: ScenarioId::fresh(DEFAULT_SCENARIO),
            shelved: Vec::new(),
            active_at: 0,
            offstage: BTreeMap::new(),
            actions: Vec::new(),
        }
    }
}

impl PartialEq for Map {
    /// Maps are equal when they hold the same content, whatever their graph indices.
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.description == other.description
            && self.scenario == other.scenario
            && self.active_at == other.active_at
            && self.shelved == other.shelved
            && self.offstage == other.offstage
            && self.actions == other.actions
            && self.stakeholders_sorted() == other.stakeholders_sorted()
            && self.relations_sorted() == other.relations_sorted()
    }
}

impl Map {
    /// An empty map with a title.
    pub fn new(title: &str) -> Self {
        Map {
            title: title.to_owned(),
            ..Map::default()
        }
    }

    /// An empty map with room for this many stakeholders and relations.
    pub fn with_capacity(title: &str, stakeholders: usize, relations: usize) -> Self {
        Map {
            title: title.to_owned(),
            description: String::new(),
            graph: StableDiGraph::with_capacity(stakeholders, relations),
            node_by_id: HashMap::with_capacity_and_hasher(stakeholders, RandomState::default()),
            edge_by_id: HashMap::with_capacity_and_hasher(relations, RandomState::default()),
            ..Map::default()
        }
    }

    /// The graph: nodes are stakeholders, edges relations (undirected kinds stored from → to).
    pub fn graph(&self) -> &StableDiGraph<Stakeholder, Relation> {
        &self.graph
    }

    pub fn stakeholder_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn relation_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// The graph node of a stakeholder id.
    pub fn node(&self, id: &(impl Key<StakeholderId> + ?Sized)) -> Option<NodeIndex> {
        self.node_by_id.get(id.key()).copied()
    }

    /// The graph edge of a relation id.
    pub fn edge(&self, id: &(impl Key<RelationId> + ?Sized)) -> Option<EdgeIndex> {
        self.edge_by_id.get(id.key()).copied()
    }

    /// A stakeholder's name for messages: its name, or the id itself where no stakeholder has
    /// it (a relation to a stakeholder deleted meanwhile still reads).
    pub fn name_of<'a>(&'a self, id: &'a (impl Key<StakeholderId> + ?Sized)) -> &'a str {
        self.stakeholder(id).map_or(id.key(), |s| s.name.as_str())
    }

    pub fn stakeholder(&self, id: &(impl Key<StakeholderId> + ?Sized)) -> Option<&Stakeholder> {
        self.node(id).and_then(|n| self.graph.node_weight(n))
    }

    pub fn relation(&self, id: &(impl Key<RelationId> + ?Sized)) -> Option<&Relation> {
        self.edge(id).and_then(|e| self.graph.edge_weight(e))
    }

    /// All stakeholders, in graph order (not stable across edits: use `stakeholders_sorted`
    /// for output).
    pub fn stakeholders(&self) -> impl Iterator<Item = &Stakeholder> {
        self.graph.node_weights()
    }

    /// All relations, in graph order.
    pub fn relations(&self) -> impl Iterator<Item = &Relation> {
        self.graph.edge_weights()
    }

    /// Stakeholders sorted by id: the order files and reports use.
    pub fn stakeholders_sorted(&self) -> Vec<&Stakeholder> {
        let mut v: Vec<&Stakeholder> = self.graph.node_weights().collect();
        v.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Relations sorted by id.
    pub fn relations_sorted(&self) -> Vec<&Relation> {
        let mut v: Vec<&Relation> = self.graph.edge_weights().collect();
        v.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// The relations that touch a stakeholder, sorted by id.
    pub fn relations_of(&self, id: &(impl Key<StakeholderId> + ?Sized)) -> Vec<&Relation> {
        let Some(n) = self.node(id) else {
            return Vec::new();
        };
        let mut v: Vec<&Relation> = self
            .graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
            .map(|e| e.weight())
            .collect();
        v.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Add a stakeholder to the active scenario after checking it. One that another scenario
    /// holds (same id) joins this one, with these fields.
    pub fn add_stakeholder(&mut self, s: Stakeholder) -> Result<NodeIndex, ModelError> {
        check_stakeholder(&s)?;
        if self.node_by_id.contains_key(&s.id) {
            return Err(ModelError::DuplicateStakeholder(s.id.to_string()));
        }
        self.offstage.remove(&s.id);
        let id = s.id.clone();
        let n = self.graph.add_node(s);
        self.node_by_id.insert(id, n);
        Ok(n)
    }

    /// Add a relation after checking it.
    pub fn add_relation(&mut self, r: Relation) -> Result<EdgeIndex, ModelError> {
        if let Some(date) = &r.date
            && !is_date(date)
        {
            return Err(ModelError::BadDate {
                id: r.id.to_string(),
                field: "date",
                value: date.clone(),
            });
        }
        if self.edge_by_id.contains_key(&r.id) {
            return Err(ModelError::DuplicateRelation(r.id.to_string()));
        }
        let from = self.endpoint(&r, "from", &r.from)?;
        let to = self.endpoint(&r, "to", &r.to)?;
        if from == to {
            return Err(ModelError::SelfRelation {
                relation: r.id.to_string(),
                stakeholder: r.from.to_string(),
            });
        }
        let id = r.id.clone();
        let e = self.graph.add_edge(from, to, r);
        self.edge_by_id.insert(id, e);
        Ok(e)
    }

    fn endpoint(
        &self,
        r: &Relation,
        field: &'static str,
        id: &StakeholderId,
    ) -> Result<NodeIndex, ModelError> {
        self.node(id).ok_or_else(|| ModelError::UnknownStakeholder {
            relation: r.id.to_string(),
            field,
            stakeholder: id.to_string(),
        })
    }

    /// Remove a stakeholder and every relation that touches it from the active scenario (other
    /// scenarios keep it). Returns what was removed.
    pub fn remove_stakeholder(
        &mut self,
        id: &(impl Key<StakeholderId> + ?Sized),
    ) -> Result<(Stakeholder, Vec<Relation>), ModelError> {
        let id = id.key();
        let n = self
            .node_by_id
            .remove(id)
            .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_owned()))?;
        let edges: Vec<EdgeIndex> = self
            .graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
            .map(|e| e.id())
            .collect();
        let mut removed = Vec::with_capacity(edges.len());
        for e in edges {
            if let Some(r) = self.graph.remove_edge(e) {
                self.edge_by_id.remove(&r.id);
                removed.push(r);
            }
        }
        let s = self
            .graph
            .remove_node(n)
            .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_owned()))?;
        removed.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        if self.shelved_hold(&s.id) {
            self.offstage.insert(s.id.clone(), s.clone());
        }
        Ok((s, removed))
    }

    /// Remove a relation.
    pub fn remove_relation(
        &mut self,
        id: &(impl Key<RelationId> + ?Sized),
    ) -> Result<Relation, ModelError> {
        let id = id.key();
        let e = self
            .edge_by_id
            .remove(id)
            .ok_or_else(|| ModelError::NoSuchRelation(id.to_owned()))?;
        self.graph
            .remove_edge(e)
            .ok_or_else(|| ModelError::NoSuchRelation(id.to_owned()))
    }

    /// Replace a stakeholder's fields (all but its id) after checking them.
    pub fn update_stakeholder(&mut self, s: Stakeholder) -> Result<(), ModelError> {
        check_stakeholder(&s)?;
        let n = self
            .node(&s.id)
            .ok_or_else(|| ModelError::NoSuchStakeholder(s.id.to_string()))?;
        if let Some(w) = self.graph.node_weight_mut(n) {
            *w = s;
        }
        Ok(())
    }

    /// Move a stakeholder.
    pub fn set_position(
        &mut self,
        id: &(impl Key<StakeholderId> + ?Sized),
        x: f64,
        y: f64,
    ) -> Result<(), ModelError> {
        let mut s = self
            .stakeholder(id)
            .cloned()
            .ok_or_else(|| ModelError::NoSuchStakeholder(id.key().to_owned()))?;
        s.x = x;
        s.y = y;
        self.update_stakeholder(s)
    }

    /// Replace a relation (same id). Its ends may change (reverse); they are checked.
    pub fn update_relation(&mut self, r: Relation) -> Result<(), ModelError> {
        let old = self.remove_relation(&r.id)?;
        match self.add_relation(r) {
            Ok(_) => Ok(()),
            Err(err) => {
                // Put the old one back: a refused change leaves the map as it was. (It was
                // in the map a moment ago, so it fits again.)
                if let Err(again) = self.add_relation(old) {
                    log::error!("a refused relation change lost the relation: {again}");
                }
                Err(err)
            }
        }
    }

    /// A stakeholder id not yet used, derived from a name: `welzijn-oost`, `welzijn-oost-2`.
    pub fn fresh_stakeholder_id(&self, name: &str) -> StakeholderId {
        let mut base: String = name
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        base = base
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if base.is_empty() {
            "stakeholder".clone_into(&mut base);
        }
        let mut candidate = base.clone();
        let mut i = 1u64;
        while self.node_by_id.contains_key(candidate.as_str())
            || self.offstage.contains_key(candidate.as_str())
        {
            i += 1;
            candidate = format!("{base}-{i}");
        }
        StakeholderId::fresh(candidate)
    }

    /// A relation id not yet used in any scenario: `r1`, `r2`, … (one past the highest such
    /// number). Scenarios share the ids of the relations they were copied with, so a
    /// comparison matches them; a new relation gets an id no scenario has.
    pub fn fresh_relation_id(&self) -> RelationId {
        let used = |id: &str| {
            self.edge_by_id.contains_key(id)
                || self.shelved.iter().any(|s| {
                    s.relations
                        .binary_search_by(|r| r.id.as_str().cmp(id))
                        .is_ok()
                })
        };
        let next = self
            .edge_by_id
            .keys()
            .map(RelationId::as_str)
            .chain(
                self.shelved
                    .iter()
                    .flat_map(|s| s.relations.iter().map(|r| r.id.as_str())),
            )
            .filter_map(|k| k.strip_prefix('r').and_then(|n| n.parse::<u64>().ok()))
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let mut id = format!("r{next}");
        let mut i = next;
        while used(&id) {
            i = i.wrapping_add(1);
            id = format!("r{i}");
        }
        RelationId::fresh(id)
    }

    /// The distinct non-empty domains in the map, sorted.
    pub fn domains(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .stakeholders()
            .map(|s| s.domain.trim())
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn check_stakeholder(s: &Stakeholder) -> Result<(), ModelError> {
    if is_blank(&s.name) {
        return Err(ModelError::EmptyName(s.id.to_string()));
    }
    for (field, value) in [("x", s.x), ("y", s.y)] {
        if !value.is_finite() {
            return Err(ModelError::NonFiniteCoordinate {
                id: s.id.to_string(),
                field,
                value: value.to_string(),
            });
        }
        if value.abs() > MAX_COORDINATE {
            return Err(ModelError::CoordinateOutOfRange {
                id: s.id.to_string(),
                field,
                value: value.to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::model::test_ids::{rid, sid};
    #[test]
    fn every_model_error_speaks_dutch_and_english() {
        use crate::lang::Lang;
        let errors = [
            ModelError::EmptyName("a".into()),
            ModelError::DuplicateStakeholder("a".into()),
            ModelError::NonFiniteCoordinate {
                id: "a".into(),
                field: "x",
                value: "NaN".into(),
            },
            ModelError::CoordinateOutOfRange {
                id: "a".into(),
                field: "x",
                value: "1e9".into(),
            },
            ModelError::DuplicateRelation("r".into()),
            ModelError::UnknownStakeholder {
                relation: "r".into(),
                field: "from",
                stakeholder: "z".into(),
            },
            ModelError::SelfRelation {
                relation: "r".into(),
                stakeholder: "a".into(),
            },
            ModelError::NoSuchStakeholder("a".into()),
            ModelError::NoSuchRelation("r".into()),
            ModelError::BadDate {
                id: "r".into(),
                field: "date",
                value: "gisteren".into(),
            },
            ModelError::EmptyScenarioName,
            ModelError::ScenarioNameTaken("Nu".into()),
            ModelError::NoSuchScenario("Later".into()),
            ModelError::LastScenario,
            ModelError::DuplicateAction("a1".into()),
            ModelError::NoSuchAction("a1".into()),
            ModelError::ActionWithoutFinding("a1".into()),
        ];
        for e in &errors {
            let (nl, en) = (e.user_message(Lang::Nl), e.user_message(Lang::En));
            assert_eq!(en, e.to_string());
            assert!(!nl.is_empty() && nl != en, "{e:?}");
        }
    }

    use super::*;

    fn two() -> Map {
        let mut m = Map::new("t");
        m.add_stakeholder(Stakeholder::new(
            sid("a"),
            "A",
            StakeholderKind::Welfare,
            0.0,
            0.0,
        ))
        .unwrap();
        m.add_stakeholder(Stakeholder::new(
            sid("b"),
            "B",
            StakeholderKind::Municipality,
            1.0,
            0.0,
        ))
        .unwrap();
        m
    }

    #[test]
    fn refuses_invalid_changes() {
        let mut m = two();
        assert_eq!(
            m.add_stakeholder(Stakeholder::new(
                sid("a"),
                "A2",
                StakeholderKind::Other,
                0.0,
                0.0
            )),
            Err(ModelError::DuplicateStakeholder("a".into()))
        );
        assert_eq!(
            m.add_stakeholder(Stakeholder::new(
                sid("c"),
                "  ",
                StakeholderKind::Other,
                0.0,
                0.0
            )),
            Err(ModelError::EmptyName("c".into()))
        );
        assert!(matches!(
            m.add_stakeholder(Stakeholder::new(
                sid("c"),
                "C",
                StakeholderKind::Other,
                f64::NAN,
                0.0
            )),
            Err(ModelError::NonFiniteCoordinate { field: "x", .. })
        ));
        assert!(matches!(
            m.add_relation(Relation::new(
                rid("r1"),
                RelationKind::Schot,
                sid("a"),
                sid("zz")
            )),
            Err(ModelError::UnknownStakeholder { field: "to", .. })
        ));
        assert!(matches!(
            m.add_relation(Relation::new(
                rid("r1"),
                RelationKind::Schot,
                sid("a"),
                sid("a")
            )),
            Err(ModelError::SelfRelation { .. })
        ));
    }

    #[test]
    fn remove_stakeholder_takes_its_relations() {
        let mut m = two();
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r2"),
            RelationKind::Schot,
            sid("b"),
            sid("a"),
        ))
        .unwrap();
        let (s, rels) = m.remove_stakeholder("a").unwrap();
        assert_eq!(s.id, "a");
        assert_eq!(rels.len(), 2);
        assert_eq!(m.relation_count(), 0);
        assert!(m.relation("r1").is_none());
        assert_eq!(m.fresh_relation_id(), "r1");
    }

    #[test]
    fn fresh_ids() {
        let mut m = two();
        assert_eq!(m.fresh_stakeholder_id("Welzijn Oost!"), "welzijn-oost");
        assert_eq!(m.fresh_stakeholder_id("A"), "a-2");
        assert_eq!(m.fresh_stakeholder_id("***"), "stakeholder");
        m.add_relation(Relation::new(
            rid("r7"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        assert_eq!(m.fresh_relation_id(), "r8");
    }

    #[test]
    fn failed_update_keeps_relation() {
        let mut m = two();
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let bad = Relation::new(rid("r1"), RelationKind::Dependency, sid("a"), sid("nope"));
        assert!(m.update_relation(bad).is_err());
        assert_eq!(m.relation("r1").map(|r| r.to.as_str()), Some("b"));
    }
}
