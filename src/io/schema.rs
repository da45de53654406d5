//! The fields of a map file, versions 1 and 2 (`docs/file-format.md`). The field order of the
//! DTOs below is the byte order of saved files: change it and every saved map diffs.
//!
//! One set of DTOs reads both versions: version 1 has `relations` at the top (one scenario,
//! read as "Nu"); version 2 has `scenarios`, each with its relations, and `actions`. Every
//! file is written as version 2.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::LoadError;
use super::format::{FORMAT_NAME, FORMAT_VERSION};
use crate::analysis::Rule;
use crate::model::{
    ActionId, ActionItem, ActionStatus, Confidence, DEFAULT_SCENARIO, Map, ModelError, Relation,
    RelationId, RelationKind, Scenario, ScenarioId, Stakeholder, StakeholderId, StakeholderKind,
    kind_list,
};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileDto<'a> {
    #[serde(borrow)]
    pub(super) format: Cow<'a, str>,
    #[serde(deserialize_with = "whole_number")]
    pub(super) version: u64,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(borrow)]
    stakeholders: Vec<StakeholderDto<'a>>,
    /// Version 1: the relations of its one scenario.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    relations: Option<Vec<RelationDto<'a>>>,
    /// Version 2: the scenarios, in order; the first opens.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    scenarios: Option<Vec<ScenarioDto<'a>>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    actions: Vec<ActionDto<'a>>,
}

// `kind` is borrowed from the file's text: it becomes an enum, so allocating it is waste.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StakeholderDto<'a> {
    id: String,
    name: String,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(default)]
    domain: String,
    x: f64,
    y: f64,
    #[serde(default)]
    notes: String,
    /// Written only when true, so maps without pins keep their bytes.
    #[serde(default, skip_serializing_if = "is_false")]
    pinned: bool,
    /// Who proposed it; written only when given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    source: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioDto<'a> {
    name: String,
    /// The stakeholders this scenario does not hold, sorted; written only when some are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    leaves_out: Vec<String>,
    #[serde(borrow)]
    relations: Vec<RelationDto<'a>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RelationDto<'a> {
    id: String,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    from: String,
    to: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    source: String,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    confidence: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    date: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionDto<'a> {
    id: String,
    #[serde(borrow)]
    finding: FindingDto<'a>,
    what: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due: String,
    #[serde(borrow)]
    status: Cow<'a, str>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingDto<'a> {
    #[serde(borrow)]
    rule: Cow<'a, str>,
    stakeholders: Vec<String>,
}

/// A version written as `1` or `1.0` (some tools write every number as a float).
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let v = f64::deserialize(d)?;
    if v.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&v) {
        Ok(v as u64)
    } else {
        Err(serde::de::Error::custom(format!(
            "\"version\" must be a whole number of 1 or more, not {v}"
        )))
    }
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference.
fn is_false(b: &bool) -> bool {
    !*b
}

/// The map a parsed file describes, checked (the header was checked before).
pub(super) fn into_map(file: FileDto) -> Result<Map, LoadError> {
    check_texts(&file)?;
    let scenarios: Vec<ScenarioDto> = match (file.version, file.relations, file.scenarios) {
        (1, Some(relations), None) => {
            if !file.actions.is_empty() {
                return Err(LoadError::NotInVersion {
                    field: "actions",
                    version: 1,
                });
            }
            vec![ScenarioDto {
                name: DEFAULT_SCENARIO.to_owned(),
                leaves_out: Vec::new(),
                relations,
            }]
        }
        (1, _, Some(_)) => {
            return Err(LoadError::NotInVersion {
                field: "scenarios",
                version: 1,
            });
        }
        (1, None, None) => return Err(LoadError::Missing { field: "relations" }),
        (v, Some(_), _) => {
            return Err(LoadError::NotInVersion {
                field: "relations",
                version: v,
            });
        }
        (_, None, Some(s)) if !s.is_empty() => s,
        (_, None, _) => return Err(LoadError::Missing { field: "scenarios" }),
    };

    let mut pool: BTreeMap<StakeholderId, Stakeholder> = BTreeMap::new();
    for (index, s) in file.stakeholders.into_iter().enumerate() {
        let Some(id) = StakeholderId::parse(&s.id) else {
            return Err(LoadError::EmptyId {
                list: "stakeholders",
                position: index + 1,
            });
        };
        let Some(kind) = StakeholderKind::from_id(&s.kind) else {
            return Err(LoadError::UnknownStakeholderKind {
                id: s.id,
                kind: s.kind.into_owned(),
                known: kind_list(&StakeholderKind::ALL, StakeholderKind::id),
            });
        };
        let st = Stakeholder {
            id: id.clone(),
            name: s.name,
            kind,
            domain: s.domain,
            x: s.x,
            y: s.y,
            notes: s.notes,
            pinned: s.pinned,
            source: given(s.source),
        };
        if pool.insert(id.clone(), st).is_some() {
            return Err(ModelError::DuplicateStakeholder(id.to_string()).into());
        }
    }

    let mut map = Map::with_capacity(&file.title, pool.len(), 0);
    map.description = file.description;
    let mut held: std::collections::HashSet<StakeholderId> = std::collections::HashSet::new();
    for (i, dto) in scenarios.into_iter().enumerate() {
        for id in &dto.leaves_out {
            if !pool.contains_key(id.as_str()) {
                return Err(ModelError::NoSuchStakeholder(id.clone()).into());
            }
        }
        let leaves_out: std::collections::HashSet<&str> =
            dto.leaves_out.iter().map(String::as_str).collect();
        let stakeholders: Vec<StakeholderId> = pool
            .keys()
            .filter(|id| !leaves_out.contains(id.as_str()))
            .cloned()
            .collect();
        let relations = dto
            .relations
            .into_iter()
            .enumerate()
            .map(|(index, r)| relation(index, r))
            .collect::<Result<Vec<_>, _>>()?;
        held.extend(stakeholders.iter().cloned());
        if i == 0 {
            map.rename_scenario(DEFAULT_SCENARIO, &dto.name)?;
            for id in &stakeholders {
                if let Some(s) = pool.get(id) {
                    map.add_stakeholder(s.clone())?;
                }
            }
            for r in relations {
                map.add_relation(r)?;
            }
        } else {
            let name = ScenarioId::parse(&dto.name).ok_or(ModelError::EmptyScenarioName)?;
            map.shelve_from_file(
                Scenario {
                    name,
                    stakeholders,
                    relations,
                },
                &pool,
            )?;
        }
    }
    if let Some(id) = pool.keys().find(|id| !held.contains(*id)) {
        return Err(LoadError::InNoScenario { id: id.to_string() });
    }

    for (index, a) in file.actions.into_iter().enumerate() {
        let Some(id) = ActionId::parse(&a.id) else {
            return Err(LoadError::EmptyId {
                list: "actions",
                position: index + 1,
            });
        };
        let stakeholders = a
            .finding
            .stakeholders
            .iter()
            .map(|s| {
                StakeholderId::parse(s).ok_or_else(|| ModelError::NoSuchStakeholder(s.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let Some(status) = ActionStatus::from_id(&a.status) else {
            return Err(LoadError::UnknownValue {
                id: a.id,
                field: "status",
                value: a.status.into_owned(),
                known: kind_list(&ActionStatus::ALL, ActionStatus::id),
            });
        };
        let Some(rule) = Rule::from_id(&a.finding.rule) else {
            return Err(LoadError::UnknownValue {
                id: a.id,
                field: "finding.rule",
                value: a.finding.rule.into_owned(),
                known: kind_list(&Rule::ALL, Rule::id),
            });
        };
        map.add_action(ActionItem {
            id,
            rule,
            stakeholders,
            what: a.what,
            owner: given(a.owner),
            due: given(a.due),
            status,
        })?;
    }
    Ok(map)
}

/// Every text in the file, checked for characters that do not belong in it (control
/// characters anywhere; in names, ids and labels also line breaks, tabs and bidi controls),
/// with the field named in the message.
fn check_texts(file: &FileDto) -> Result<(), LoadError> {
    fn check(
        field: impl FnOnce() -> String,
        value: &str,
        multiline: bool,
    ) -> Result<(), LoadError> {
        match crate::model::foreign_char(value, multiline) {
            None => Ok(()),
            Some(found) => Err(LoadError::ForeignCharacter {
                field: field(),
                value: value.to_owned(),
                found,
            }),
        }
    }
    check(|| "title".into(), &file.title, false)?;
    check(|| "description".into(), &file.description, true)?;
    for (i, s) in file.stakeholders.iter().enumerate() {
        let at = |f: &str| format!("stakeholders[{}].{f}", i + 1);
        check(|| at("id"), &s.id, false)?;
        check(|| at("name"), &s.name, false)?;
        check(|| at("domain"), &s.domain, false)?;
        check(|| at("source"), &s.source, false)?;
        check(|| at("notes"), &s.notes, true)?;
    }
    let relations = |list: &str, rs: &[RelationDto]| -> Result<(), LoadError> {
        for (i, r) in rs.iter().enumerate() {
            let at = |f: &str| format!("{list}relations[{}].{f}", i + 1);
            for (f, v) in [
                ("id", &r.id),
                ("from", &r.from),
                ("to", &r.to),
                ("label", &r.label),
                ("source", &r.source),
                ("date", &r.date),
            ] {
                check(|| at(f), v, false)?;
            }
            check(|| at("notes"), &r.notes, true)?;
        }
        Ok(())
    };
    if let Some(rs) = &file.relations {
        relations("", rs)?;
    }
    for (i, sc) in file.scenarios.iter().flatten().enumerate() {
        check(|| format!("scenarios[{}].name", i + 1), &sc.name, false)?;
        for (j, id) in sc.leaves_out.iter().enumerate() {
            check(
                || format!("scenarios[{}].leaves_out[{}]", i + 1, j + 1),
                id,
                false,
            )?;
        }
        relations(&format!("scenarios[{}].", i + 1), &sc.relations)?;
    }
    for (i, a) in file.actions.iter().enumerate() {
        let at = |f: &str| format!("actions[{}].{f}", i + 1);
        for (f, v) in [
            ("id", &a.id),
            ("what", &a.what),
            ("owner", &a.owner),
            ("due", &a.due),
        ] {
            check(|| at(f), v, false)?;
        }
        for (j, id) in a.finding.stakeholders.iter().enumerate() {
            check(
                || at(&format!("finding.stakeholders[{}]", j + 1)),
                id,
                false,
            )?;
        }
    }
    Ok(())
}

/// An optional text field: empty (or absent, which reads as empty) in the file is `None`, and
/// `None` is written as empty (or left out where the field is written only when given).
fn given(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn relation(index: usize, r: RelationDto) -> Result<Relation, LoadError> {
    let Some(id) = RelationId::parse(&r.id) else {
        return Err(LoadError::EmptyId {
            list: "relations",
            position: index + 1,
        });
    };
    // An empty end names no stakeholder, as an unknown one does not.
    let end = |field: &'static str, value: &str| {
        StakeholderId::parse(value).ok_or_else(|| ModelError::UnknownStakeholder {
            relation: r.id.clone(),
            field,
            stakeholder: String::new(),
        })
    };
    let (from, to) = (end("from", &r.from)?, end("to", &r.to)?);
    let Some(kind) = RelationKind::from_id(&r.kind) else {
        return Err(LoadError::UnknownRelationKind {
            id: r.id,
            kind: r.kind.into_owned(),
            known: kind_list(&RelationKind::ALL, RelationKind::id),
        });
    };
    let confidence = match r.confidence {
        None => None,
        Some(c) => match Confidence::from_id(&c) {
            Some(c) => Some(c),
            None => {
                return Err(LoadError::UnknownValue {
                    id: r.id,
                    field: "confidence",
                    value: c.into_owned(),
                    known: kind_list(&Confidence::ALL, Confidence::id),
                });
            }
        },
    };
    Ok(Relation {
        id,
        kind,
        from,
        to,
        label: r.label,
        notes: r.notes,
        source: given(r.source),
        confidence,
        date: given(r.date),
    })
}

fn relation_dto(r: &Relation) -> RelationDto<'static> {
    RelationDto {
        id: r.id.to_string(),
        kind: Cow::Borrowed(r.kind.id()),
        from: r.from.to_string(),
        to: r.to.to_string(),
        label: r.label.clone(),
        notes: r.notes.clone(),
        source: r.source.clone().unwrap_or_default(),
        confidence: r.confidence.map(|c| Cow::Borrowed(c.id())),
        date: r.date.clone().unwrap_or_default(),
    }
}

/// The file of a map, as version 2: every stakeholder once, each scenario with what it
/// leaves out and its relations, all sorted by id.
pub(super) fn file_of(map: &Map) -> FileDto<'static> {
    let all = map.all_stakeholders_sorted();
    let scenarios = map
        .scenarios()
        .into_iter()
        .map(|s| ScenarioDto {
            leaves_out: all
                .iter()
                .filter(|st| s.stakeholders.binary_search(&st.id).is_err())
                .map(|st| st.id.to_string())
                .collect(),
            relations: s.relations.iter().map(relation_dto).collect(),
            name: s.name.to_string(),
        })
        .collect();
    FileDto {
        format: Cow::Borrowed(FORMAT_NAME),
        version: FORMAT_VERSION,
        title: map.title.clone(),
        description: map.description.clone(),
        stakeholders: all
            .into_iter()
            .map(|s| StakeholderDto {
                id: s.id.to_string(),
                name: s.name.clone(),
                kind: Cow::Borrowed(s.kind.id()),
                domain: s.domain.clone(),
                x: s.x,
                y: s.y,
                notes: s.notes.clone(),
                pinned: s.pinned,
                source: s.source.clone().unwrap_or_default(),
            })
            .collect(),
        relations: None,
        scenarios: Some(scenarios),
        actions: map
            .actions()
            .iter()
            .map(|a| ActionDto {
                id: a.id.to_string(),
                finding: FindingDto {
                    rule: Cow::Borrowed(a.rule.id()),
                    stakeholders: a.stakeholders.iter().map(ToString::to_string).collect(),
                },
                what: a.what.clone(),
                owner: a.owner.clone().unwrap_or_default(),
                due: a.due.clone().unwrap_or_default(),
                status: Cow::Borrowed(a.status.id()),
            })
            .collect(),
    }
}
