//! sitrep: load war reports, extract facts, tag regions, and show them in a terminal reader.
//!
//! Data flows one way: files → `corpus` (parse) → `extract` / `regions` → `app` (state) → `ui` (view).
//! Keys flow one way too: `keys` (key → `app::Action`) → `App::update` → redraw.

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
pub mod query;
pub mod regions;
pub mod text;
pub mod tui;
pub mod ui;
