//! sitrep: load war reports, extract facts, tag regions, and show them in a terminal reader.

pub mod corpus;
pub mod extract;
pub mod regions;
