//! ecomap: draw and understand stakeholder ecosystem maps.

pub mod analysis;
pub mod app;
pub mod card;
pub mod cli;
pub mod export;
pub mod geometry;
pub mod i18n;
pub mod io;
pub mod lang;
pub mod layout;
pub mod live;
pub mod model;
pub mod platform;
pub mod scene;
pub mod style;
pub mod text;
