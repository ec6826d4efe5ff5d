//! Analysis of the relation graph: where each actor stands between the two poles.
//!
//! Pure numeric code on indices; it knows the vocabularies' weights but nothing of the DOM or
//! of how scores are drawn.

pub mod alignment;

pub use alignment::{contributions, solve, status_weight, AlignmentEdge, Contribution};
