//! What the panels read.

use crate::app::canvas::Canvas;
use crate::app::document::Document;
use crate::app::settings::ViewOptions;
use crate::lang::Lang;

/// What the panels read this frame: the open map and how it is shown. Panels change nothing
/// themselves: they push `Request`s, which the app runs once per frame.
pub struct Seen<'a> {
    pub doc: &'a Document,
    pub view: &'a ViewOptions,
    /// The map on screen: selection, focus, connect mode.
    pub canvas: &'a Canvas,
    pub lang: Lang,
    /// The room's votes per finding key (empty without a session).
    pub votes: &'a std::collections::BTreeMap<String, usize>,
}
