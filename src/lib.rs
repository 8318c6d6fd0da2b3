//! quoth: who says what in a news article.
//!
//! `input` turns bytes into text, `analysis` turns text into an [`Analysis`], and the views
//! (`json`, `plain`, `reader`) show that one analysis.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod input;
pub mod json;
pub mod jsonl;
pub mod model;
pub mod palette;
pub mod parallel;
pub mod plain;
pub mod reader;

pub use analysis::{analyze, Options};
pub use model::*;
