//! How the editor looks: egui's theme, contrast and zoom from the settings (set again only
//! when they change), and the fonts.

use super::settings::Settings;

/// The look last given to egui.
#[derive(Debug, Default)]
pub struct Look {
    zoom: f32,
    dark: Option<bool>,
    contrast: Option<bool>,
}

impl Look {
    /// Set egui's look from the settings, when they changed.
    pub fn apply(&mut self, ctx: &egui::Context, settings: &Settings) {
        if self.contrast != Some(settings.high_contrast) || self.dark != Some(settings.dark) {
            let dark = settings.dark;
            let mut v = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            if settings.high_contrast {
                // Pure black on white (or the reverse) and firmer outlines: for projectors
                // that wash colours out and for low vision.
                let (fg, bg) = if dark {
                    (egui::Color32::WHITE, egui::Color32::BLACK)
                } else {
                    (egui::Color32::BLACK, egui::Color32::WHITE)
                };
                v.override_text_color = Some(fg);
                v.panel_fill = bg;
                v.window_fill = bg;
                v.extreme_bg_color = bg;
                v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, fg);
                v.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, fg);
            }
            ctx.set_visuals(v);
            self.contrast = Some(settings.high_contrast);
            self.dark = Some(dark);
        }
        if (self.zoom - settings.ui_zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(settings.ui_zoom);
            self.zoom = settings.ui_zoom;
        }
    }
}

/// egui's default fonts cover Dutch; make the text a little larger for a shared screen.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, font) in &mut style.text_styles {
            font.size = match text_style {
                egui::TextStyle::Heading => 24.0,
                egui::TextStyle::Small => 12.0,
                _ => 16.0,
            };
        }
        style.spacing.interact_size.y = 26.0;
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}
