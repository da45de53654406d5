//! The room joins in, in the editor: the session (started only when the facilitator picks a
//! network interface), the map it shows phones, the queue cursor, and what an accepted
//! proposal becomes: an ordinary, undoable command that records its participant as source.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};

use super::document::{Command, Document};
use crate::lang::Lang;
use crate::live::{self, Live, Proposal, Proposed, SeenFinding, SeenStakeholder, Snapshot};
use crate::model::{Map, Relation, Stakeholder};

/// The session and what the editor keeps about it. Transient: never saved.
#[derive(Default)]
pub struct LiveSession {
    session: Option<Live>,
    /// The document revision last shown to phones.
    published: Option<u64>,
    /// The session's version the queue and votes were last read at.
    read: Option<u64>,
    /// Stopped since the last sync: the votes are gone.
    stopped: bool,
    /// The proposals waiting, as of this frame.
    pub pending: Vec<Proposal>,
    /// Votes per finding key, as of this frame.
    pub votes: BTreeMap<String, usize>,
    /// The proposal the keys act on (index into `pending`).
    pub cursor: usize,
    /// The start window is open.
    pub asking: bool,
    /// The interface picked in the start window.
    pub interface: Option<IpAddr>,
    /// Show the QR code over the map.
    pub show_code: bool,
    /// Why the last start failed.
    pub error: Option<String>,
}

impl LiveSession {
    pub fn is_running(&self) -> bool {
        self.session.is_some()
    }

    /// The running session's addresses and code: (with secret, short, code).
    pub fn addresses(&self) -> Option<(String, String, String)> {
        self.session
            .as_ref()
            .map(|s| (s.url(), s.short_url(), s.code().to_owned()))
    }

    pub fn devices(&self) -> usize {
        self.session.as_ref().map_or(0, Live::devices)
    }

    /// Start listening on `ip` (the facilitator's explicit choice) at the usual port, or any
    /// free one when that is taken.
    pub fn start(&mut self, ip: IpAddr, ctx: Option<egui::Context>) -> Result<(), String> {
        self.stop();
        let session = Live::start(SocketAddr::new(ip, live::DEFAULT_PORT))
            .or_else(|_| Live::start(SocketAddr::new(ip, 0)))
            .map_err(|e| e.to_string())?;
        // A proposal or a vote arriving repaints an idle editor: the queue shows at once.
        if let Some(ctx) = ctx {
            session.set_waker(Box::new(move || ctx.request_repaint()));
        }
        self.session = Some(session);
        self.published = None;
        self.read = None;
        self.show_code = true;
        self.error = None;
        Ok(())
    }

    /// Stop serving (the facilitator ends it, or the map is closed).
    pub fn stop(&mut self) {
        if let Some(s) = self.session.take() {
            s.stop();
        }
        self.pending.clear();
        self.votes.clear();
        self.cursor = 0;
        self.published = None;
        self.read = None;
        self.stopped = true;
    }

    /// Once per frame: show phones the map as it is now, and take the queue and the votes when
    /// they changed. Says whether the votes may have changed.
    pub fn sync(&mut self, doc: &Document) -> bool {
        let Some(s) = &self.session else {
            return std::mem::take(&mut self.stopped);
        };
        if self.published != Some(doc.revision()) {
            s.publish(snapshot(doc.map(), doc.analysis()));
            self.published = Some(doc.revision());
        }
        let version = s.version();
        if self.read == Some(version) {
            return false;
        }
        self.read = Some(version);
        self.pending = s.pending();
        self.votes = s.votes();
        self.cursor = self.cursor.min(self.pending.len().saturating_sub(1));
        true
    }

    /// Move the cursor through the queue.
    pub fn step(&mut self, delta: isize) {
        let n = self.pending.len();
        if n > 0 {
            self.cursor = (self.cursor as isize + delta).rem_euclid(n as isize) as usize;
        }
    }

    /// The proposal under the cursor.
    pub fn current(&self) -> Option<&Proposal> {
        self.pending.get(self.cursor)
    }

    /// Say to the phones how proposal `id` was decided.
    pub fn decide(&mut self, id: &str, accepted: bool) {
        if let Some(s) = &self.session {
            s.decide(id, accepted);
        }
        self.pending.retain(|p| p.id != id);
        self.cursor = self.cursor.min(self.pending.len().saturating_sub(1));
    }

    /// Decline every waiting proposal, or those of `phone`; how many.
    pub fn decline_all(&mut self, phone: Option<&str>) -> usize {
        let n = self.session.as_ref().map_or(0, |s| s.decline_all(phone));
        self.pending
            .retain(|p| phone.is_some_and(|ph| p.phone() != ph));
        self.cursor = self.cursor.min(self.pending.len().saturating_sub(1));
        n
    }

    /// Votes for the finding with `rule` and `stakeholders`.
    pub fn votes_for(
        &self,
        rule: crate::analysis::Rule,
        stakeholders: &[crate::model::StakeholderId],
    ) -> usize {
        self.votes
            .get(&live::finding_key(rule, stakeholders))
            .copied()
            .unwrap_or(0)
    }

    /// Block until the server has answered everything sent so far (tests use the real
    /// session; nothing to wait for: the queue is read under a lock).
    pub fn session(&self) -> Option<&Live> {
        self.session.as_ref()
    }
}

/// What phones see of `map`: names and kinds, and the findings in both languages.
fn snapshot(map: &Map, analysis: &crate::analysis::Analysis) -> Snapshot {
    Snapshot {
        title: map.title.clone(),
        stakeholders: map
            .stakeholders_sorted()
            .into_iter()
            .map(|s| SeenStakeholder {
                id: s.id.clone(),
                name: s.name.clone(),
                kind: s.kind,
            })
            .collect(),
        findings: analysis
            .findings
            .iter()
            .map(|f| SeenFinding {
                key: live::finding_key(f.rule, &f.stakeholders),
                nl: f.message(map, Lang::Nl),
                en: f.message(map, Lang::En),
            })
            .collect(),
        relations: map
            .relations()
            .map(|r| (r.from.clone(), r.to.clone(), r.kind))
            .collect(),
    }
}

/// The command an accepted proposal becomes, with its participant as source. A new
/// stakeholder goes to a free place near `around` (map units: the middle of the view). `None`
/// when a comment's stakeholder is no longer on the map.
pub fn command_for(p: &Proposal, map: &Map, around: (f64, f64)) -> Option<Command> {
    let source = p.by.label();
    Some(match &p.what {
        Proposed::Stakeholder { name, kind, domain } => {
            let (x, y) = free_place(map, around);
            let mut s = Stakeholder::new(map.fresh_stakeholder_id(name), name, *kind, x, y);
            s.domain.clone_from(domain);
            s.source = Some(source);
            Command::AddStakeholder(s)
        }
        Proposed::Relation {
            from,
            to,
            kind,
            label,
        } => {
            let mut r = Relation::new(map.fresh_relation_id(), *kind, from.clone(), to.clone());
            r.label.clone_from(label);
            r.source = Some(source);
            Command::Connect(r)
        }
        Proposed::Comment { stakeholder, text } => {
            let mut s = map.stakeholder(stakeholder)?.clone();
            if !s.notes.is_empty() {
                s.notes.push('\n');
            }
            s.notes.push_str(&source);
            s.notes.push_str(": ");
            s.notes.push_str(text);
            Command::UpdateStakeholder(s)
        }
    })
}

/// The nearest place to `around`, on a grid of card-sized steps spiralling out, with no card
/// within a card's footprint.
fn free_place(map: &Map, around: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (
        f64::from(crate::style::CARD_WIDTH) * 1.4,
        f64::from(crate::style::CARD_HEIGHT) * 2.0,
    );
    let taken = |x: f64, y: f64| {
        map.stakeholders()
            .any(|s| (s.x - x).abs() < dx && (s.y - y).abs() < dy)
    };
    for ring in 0..40i32 {
        for i in -ring..=ring {
            for j in -ring..=ring {
                if i.abs().max(j.abs()) != ring {
                    continue;
                }
                let (x, y) = (around.0 + f64::from(i) * dx, around.1 + f64::from(j) * dy);
                if !taken(x, y) {
                    return (x, y);
                }
            }
        }
    }
    around
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StakeholderKind;
    use crate::model::test_ids::sid;

    #[test]
    fn a_new_stakeholder_goes_where_no_card_is() {
        let mut m = Map::new("t");
        m.add_stakeholder(Stakeholder::new(
            sid("a"),
            "A",
            StakeholderKind::Welfare,
            0.0,
            0.0,
        ))
        .unwrap();
        let (x, y) = free_place(&m, (0.0, 0.0));
        assert!(x.abs() >= f64::from(crate::style::CARD_WIDTH) || y.abs() >= 1.0);
        assert_eq!(free_place(&Map::new("t"), (5.0, 6.0)), (5.0, 6.0));
    }
}
