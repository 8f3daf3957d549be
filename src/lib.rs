//! casecurve: outbreak news -> reported figures -> daily series -> case-growth charts.
//!
//! The layers depend in one direction only, and all but the last compile and test
//! natively:
//!
//! - [`extract`]: article text -> [`figure::Figure`]s (never fails; says what it skipped);
//! - [`series`]: figures of many articles -> daily [`series::Series`];
//! - [`chart`]: series -> a picture on any plotters `DrawingBackend`;
//! - `ui` (wasm32 only): the Yew page on top.
//!
//! [`date`] and [`figure`] are the shared vocabulary; [`examples`] holds the example
//! articles the page offers; [`workspace`] the saved form of a session (versioned
//! JSON), and [`share`] its share-link form; [`intake`] turns pastes and files into
//! article texts. See ARCHITECTURE.md for the code map and invariants.

pub mod chart;
pub mod date;
pub mod examples;
pub mod extract;
pub mod figure;
pub mod intake;
pub mod json;
pub mod series;
pub mod share;
pub(crate) mod sorted_map;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod ui;
