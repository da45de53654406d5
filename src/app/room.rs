//! How big names must be for the back of the room. A name is readable when its capital
//! letters subtend at least 16 arcminutes at the viewer's eye (the usual ergonomic minimum is
//! 16–20′; 7–8′ is what people with good eyes can just make out):
//!
//! cap height (px) = screen height (px) × distance × tan(16′) / screen height (m)
//!
//! with the screen height of a 16:9 screen of diagonal D: D × 0.0254 × 9 / √(16² + 9²) m.
//! 5 m from a 65-inch screen, on a 1080-pixel-high picture: 31 px capitals.

use serde::{Deserialize, Serialize};

/// The smallest angle capitals may subtend, in arcminutes.
pub const ARCMINUTES: f32 = 16.0;
/// Distances to choose from (metres) …
pub const DISTANCES: [f32; 3] = [3.0, 5.0, 8.0];
/// … and screen diagonals (inches).
pub const SCREENS: [f32; 3] = [55.0, 65.0, 75.0];

/// Where the back row sits, and how big the shared screen is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Room {
    /// From the screen to the back row (metres).
    pub distance_m: f32,
    /// The screen's diagonal (inches, 16:9).
    pub screen_inch: f32,
}

impl Default for Room {
    fn default() -> Self {
        Room {
            distance_m: 5.0,
            screen_inch: 65.0,
        }
    }
}

impl Room {
    /// The picture's height on the screen (metres).
    pub fn screen_height_m(&self) -> f32 {
        self.screen_inch * 0.0254 * 9.0 / 337.0_f32.sqrt()
    }

    /// The smallest capital height, in the units of `screen_height` (pixels or points): the
    /// height of the whole picture in those units.
    pub fn cap_height(&self, screen_height: f32) -> f32 {
        let angle = (ARCMINUTES / 60.0).to_radians();
        screen_height * self.distance_m.max(0.5) * angle.tan() / self.screen_height_m().max(0.1)
    }

    /// The smallest name size (font size, same units) whose capitals are that high.
    pub fn name_size(&self, screen_height: f32) -> f32 {
        self.cap_height(screen_height) / crate::scene::text::cap_height_em()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_metres_from_a_65_inch_screen_needs_31_px_capitals() {
        let room = Room::default();
        // 65 inches, 16:9: 0.81 m high.
        assert!((room.screen_height_m() - 0.8095).abs() < 1e-3);
        let cap = room.cap_height(1080.0);
        assert!((cap - 31.0).abs() < 0.5, "{cap}");
        // Further away or a smaller screen: bigger; 3 m from 75 inches: smaller.
        let far = Room {
            distance_m: 8.0,
            screen_inch: 55.0,
        };
        assert!(far.cap_height(1080.0) > 1.8 * cap);
        let near = Room {
            distance_m: 3.0,
            screen_inch: 75.0,
        };
        assert!(near.cap_height(1080.0) < cap);
        // The font's capitals (Open Sans: 0.714 em): a 43–44 px name.
        let size = room.name_size(1080.0);
        let em = crate::scene::text::cap_height_em();
        assert!((0.68..0.74).contains(&em), "{em}");
        assert!((size * em - cap).abs() < 0.01, "{size}");
    }
}
