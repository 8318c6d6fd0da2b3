//! The interactive reader: `Analysis` to screen, in the Elm style. One [`App`] state, an
//! [`Action`] enum, [`update`] to change the state and [`draw`] to show it. Keys become actions
//! through one table (`keymap`); the article is wrapped once per width into a layout cache
//! (`layout`) from which every frame draws only the visible lines.

pub mod action;
pub mod app;
pub mod config;
pub mod copy;
pub mod draw;
pub mod geometry;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod links;
pub mod nav;
pub mod panel;
pub mod panel_view;
pub mod preview;
pub mod remember;
pub mod search;
pub mod stats;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod wrap;

pub use action::Action;
pub use app::{App, Focus, Options};
pub use draw::draw;
pub use terminal::{run, run_after, Exit};
pub use theme::{Theme, ThemeName};
pub use update::{handle_key, update};
