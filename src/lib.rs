//! sitrep: load war reports, extract facts, tag regions, and show them in a terminal reader.
//!
//! Data flows one way: `doc` (one analysis of a text) → `extract` / `regions` → `corpus` (inputs, articles) →
//! `archive` → `pipeline` → `query` / `events` → `app` (state) → `ui` (view); `tests/layers.rs` keeps it so.
//! Keys flow one way too: `keys` (key → `keys::Action`) → `App::update` → redraw.

pub mod app;
pub mod archive;
pub mod config;
pub mod corpus;
pub mod doc;
pub mod events;
pub mod extract;
pub mod headless;
pub mod keys;
pub mod lang;
pub mod layout;
pub mod link;
pub mod pipeline;
pub mod query;
pub mod regions;
pub mod text;
pub mod tui;
pub mod ui;
