//! Filters over the records: by status, relation type, actor kind and source article. The map
//! and the timeline apply the same filters.

use crate::model::{ActorKind, Citation, Dataset, Event, Relation, RelationType, Status};
use crate::query::DatasetIndex;

/// What is left out; the default leaves everything in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Statuses whose relations and events are hidden, in vocabulary order.
    pub hidden_statuses: Vec<Status>,
    /// Relation types that are hidden, in vocabulary order.
    pub hidden_types: Vec<RelationType>,
    /// Actor kinds that are hidden (with their relations and events), in vocabulary order.
    pub hidden_kinds: Vec<ActorKind>,
    /// When set, only records citing this source are shown.
    pub source: Option<String>,
}

fn cites(citations: &[Citation], source: &Option<String>) -> bool {
    source
        .as_ref()
        .is_none_or(|s| citations.iter().any(|c| &c.source == s))
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    pub fn keeps_actor(&self, dataset: &Dataset, id: &str) -> bool {
        dataset
            .actor(id)
            .is_none_or(|a| !self.hidden_kinds.contains(&a.kind))
    }

    pub fn keeps_relation(&self, dataset: &Dataset, relation: &Relation) -> bool {
        !self.hidden_statuses.contains(&relation.status)
            && !self.hidden_types.contains(&relation.relation_type)
            && cites(&relation.citations, &self.source)
            && self.keeps_actor(dataset, &relation.from)
            && self.keeps_actor(dataset, &relation.to)
    }

    /// An event is kept when its status is, it cites the chosen source, and at least one of
    /// its actors is of a kept kind.
    pub fn keeps_event(&self, dataset: &Dataset, event: &Event) -> bool {
        !self.hidden_statuses.contains(&event.status)
            && cites(&event.citations, &self.source)
            && event
                .actors
                .iter()
                .any(|p| self.keeps_actor(dataset, &p.actor))
    }

    /// Whether the actor at `position` is kept: by position, without scanning the dataset.
    pub fn keeps_actor_at(&self, dataset: &Dataset, position: usize) -> bool {
        self.hidden_kinds.is_empty()
            || dataset
                .actors
                .get(position)
                .is_none_or(|a| !self.hidden_kinds.contains(&a.kind))
    }

    /// [`Filters::keeps_relation`] for the relation at `position`, in time independent of the
    /// number of actors.
    pub fn keeps_relation_at(
        &self,
        dataset: &Dataset,
        index: &DatasetIndex,
        position: usize,
    ) -> bool {
        let relation = &dataset.relations[position];
        !self.hidden_statuses.contains(&relation.status)
            && !self.hidden_types.contains(&relation.relation_type)
            && cites(&relation.citations, &self.source)
            && index.relation_ends[position].is_none_or(|(from, to)| {
                self.keeps_actor_at(dataset, from) && self.keeps_actor_at(dataset, to)
            })
    }

    /// [`Filters::keeps_event`] for the event at `position`.
    pub fn keeps_event_at(&self, dataset: &Dataset, index: &DatasetIndex, position: usize) -> bool {
        let event = &dataset.events[position];
        !self.hidden_statuses.contains(&event.status)
            && cites(&event.citations, &self.source)
            && (self.hidden_kinds.is_empty()
                || index.event_actors[position]
                    .iter()
                    .any(|&a| self.keeps_actor_at(dataset, a)))
    }

    /// How many relations and events a status, type, kind or source covers, for the counts
    /// shown beside each filter.
    pub fn status_count(dataset: &Dataset, status: &Status) -> usize {
        dataset
            .relations
            .iter()
            .filter(|r| &r.status == status)
            .count()
            + dataset
                .events
                .iter()
                .filter(|e| &e.status == status)
                .count()
    }

    pub fn type_count(dataset: &Dataset, relation_type: &RelationType) -> usize {
        dataset
            .relations
            .iter()
            .filter(|r| &r.relation_type == relation_type)
            .count()
    }

    pub fn kind_count(dataset: &Dataset, kind: &ActorKind) -> usize {
        dataset.actors.iter().filter(|a| &a.kind == kind).count()
    }

    pub fn source_count(dataset: &Dataset, source: &str) -> usize {
        let source = Some(source.to_string());
        dataset
            .relations
            .iter()
            .filter(|r| cites(&r.citations, &source))
            .count()
            + dataset
                .events
                .iter()
                .filter(|e| cites(&e.citations, &source))
                .count()
    }
}

/// Adds `term` to a sorted set, or takes it out if present.
pub fn toggle<T: Ord + Clone>(set: &mut Vec<T>, term: &T) {
    match set.binary_search(term) {
        Ok(i) => {
            set.remove(i);
        }
        Err(i) => set.insert(i, term.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap()
    }

    #[test]
    fn hiding_alleged_claims_drops_them_everywhere() {
        let d = dataset();
        let filters = Filters {
            hidden_statuses: vec![Status::Alleged],
            ..Filters::default()
        };
        let supply = d.relation("north-korea-supplies-arms-to-wagner").unwrap();
        assert!(!filters.keeps_relation(&d, supply));
        // A denied claim has its own status: hiding alleged claims keeps it.
        let denied = d.relation("north-korea-supplies-arms-to-russia").unwrap();
        assert!(filters.keeps_relation(&d, denied));
        assert!(!filters.keeps_event(&d, d.event("north-korea-russia-arms-deal").unwrap()));
        assert!(filters.keeps_event(&d, d.event("camp-david-summit").unwrap()));
    }

    #[test]
    fn a_source_filter_keeps_only_what_it_cites() {
        let d = dataset();
        let filters = Filters {
            source: Some("why-north-korea-denies".into()),
            ..Filters::default()
        };
        let kept: Vec<_> = d
            .relations
            .iter()
            .filter(|r| filters.keeps_relation(&d, r))
            .collect();
        assert!(!kept.is_empty() && kept.len() < d.relations.len());
        assert!(kept.iter().all(|r| r
            .citations
            .iter()
            .any(|c| c.source == "why-north-korea-denies")));
        let total: usize = d
            .sources
            .iter()
            .map(|s| Filters::source_count(&d, &s.id))
            .sum();
        assert!(total >= d.relations.len() + d.events.len());
    }

    #[test]
    fn hiding_a_kind_hides_its_relations() {
        let d = dataset();
        let filters = Filters {
            hidden_kinds: vec![ActorKind::Person],
            ..Filters::default()
        };
        assert!(!filters.keeps_relation(&d, d.relation("kim-yo-jong-supports-russia").unwrap()));
        assert!(filters.keeps_relation(&d, d.relation("china-cautions-russia").unwrap()));
    }

    #[test]
    fn position_checks_agree_with_id_checks() {
        let d = dataset();
        let index = DatasetIndex::new(&d);
        for filters in [
            Filters::default(),
            Filters {
                hidden_kinds: vec![ActorKind::Person, ActorKind::State],
                hidden_statuses: vec![Status::Alleged],
                ..Filters::default()
            },
            Filters {
                source: Some("why-north-korea-denies".into()),
                hidden_types: vec![RelationType::Trades],
                ..Filters::default()
            },
        ] {
            for (i, r) in d.relations.iter().enumerate() {
                assert_eq!(
                    filters.keeps_relation(&d, r),
                    filters.keeps_relation_at(&d, &index, i)
                );
            }
            for (i, e) in d.events.iter().enumerate() {
                assert_eq!(
                    filters.keeps_event(&d, e),
                    filters.keeps_event_at(&d, &index, i)
                );
            }
        }
    }

    #[test]
    fn toggle_keeps_the_set_sorted() {
        let mut set = vec![Status::Reported];
        toggle(&mut set, &Status::Confirmed);
        toggle(&mut set, &Status::Denied);
        assert_eq!(
            set,
            vec![Status::Confirmed, Status::Reported, Status::Denied]
        );
        toggle(&mut set, &Status::Reported);
        assert_eq!(set, vec![Status::Confirmed, Status::Denied]);
    }
}
