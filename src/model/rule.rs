//! The kinds of finding. The analysis finds them; an action on a finding names its rule, so the
//! map holds them too (and `analysis::Rule` is this type).

use crate::lang::Lang;

/// The kinds of finding, in the order reports list them (their ids in byte order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    CrossDomainDependencyWithoutCollaboration,
    InterdependentWithoutCollaboration,
    Isolated,
    SchotBlocksDependency,
    SharedInterestWithoutCollaboration,
}

impl Rule {
    /// Every rule, sorted by id.
    pub const ALL: [Rule; 5] = [
        Rule::CrossDomainDependencyWithoutCollaboration,
        Rule::InterdependentWithoutCollaboration,
        Rule::Isolated,
        Rule::SchotBlocksDependency,
        Rule::SharedInterestWithoutCollaboration,
    ];

    /// The rule's id in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Rule::CrossDomainDependencyWithoutCollaboration => {
                "cross_domain_dependency_without_collaboration"
            }
            Rule::InterdependentWithoutCollaboration => "interdependent_without_collaboration",
            Rule::Isolated => "isolated",
            Rule::SchotBlocksDependency => "schot_blocks_dependency",
            Rule::SharedInterestWithoutCollaboration => "shared_interest_without_collaboration",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// A short title for headings and the findings panel.
    pub fn title(self, lang: Lang) -> &'static str {
        let t = lang;
        match self {
            Rule::CrossDomainDependencyWithoutCollaboration => crate::tr!(t, "rule-cross-domain"),
            Rule::InterdependentWithoutCollaboration => crate::tr!(t, "rule-interdependent"),
            Rule::Isolated => crate::tr!(t, "rule-isolated"),
            Rule::SchotBlocksDependency => crate::tr!(t, "rule-schot-blocks"),
            Rule::SharedInterestWithoutCollaboration => crate::tr!(t, "rule-shared-interest"),
        }
    }
}
