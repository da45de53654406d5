//! What the panels read.

use crate::app::canvas::Canvas;
use crate::app::document::Document;
use crate::app::file_session::FileSession;
use crate::app::live::LiveSession;
use crate::app::settings::{Settings, ViewOptions};
use crate::lang::Lang;

/// What the panels read this frame, built once per frame (`EcomapApp::screen`). Panels change
/// nothing themselves: they push `Request`s, which the app runs once per frame.
pub struct Seen<'a> {
    /// The open map (`None`: the start screen).
    pub doc: Option<&'a Document>,
    pub settings: &'a Settings,
    /// How maps are shown (`settings.view`).
    pub view: &'a ViewOptions,
    /// The map on screen: selection, focus, connect mode.
    pub canvas: &'a Canvas,
    pub lang: Lang,
    /// The room's session: its queue, its votes per finding key (empty without a session).
    pub live: &'a LiveSession,
    pub votes: &'a std::collections::BTreeMap<String, usize>,
    /// The open file: the question it asks, if any.
    pub file: &'a FileSession,
    /// Presenting to the room (side panels hidden, the legend in a strip).
    pub presenting: bool,
    /// The capitals' height (pixels) the room's size gives names in a presentation.
    pub room_capitals: f32,
}
