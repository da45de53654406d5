//! The menu bar, read from the action table.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::text;
use crate::app::{EcomapApp, Pending, Request};
use crate::model::RelationKind;

impl EcomapApp {
    pub(in crate::app) fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let info = info_of(action);
        let text = info.shortcut_text(ui.ctx());
        let mut button = egui::Button::new(info.label(self.lang));
        if !text.is_empty() {
            button = button.shortcut_text(text);
        }
        if ui.add(button).clicked() {
            self.request(Request::Do(action));
            ui.close();
        }
    }

    pub(in crate::app) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(self.tr(text::FILE), |ui| {
                for a in [
                    Action::New,
                    Action::Open,
                    Action::Save,
                    Action::SaveAs,
                    Action::Export,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                ui.label(RichText::new(self.tr(text::RECENT)).weak());
                for p in self.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        self.request(Request::Guard(Pending::OpenPath(p)));
                        ui.close();
                    }
                }
                ui.separator();
                if ui.button(self.tr(text::START_SCREEN)).clicked() {
                    self.request(Request::Guard(Pending::StartScreen));
                    ui.close();
                }
            });
            ui.menu_button(self.tr(text::EDIT), |ui| {
                for a in [Action::Undo, Action::Redo, Action::Delete, Action::Find] {
                    self.action_button(ui, a);
                }
            });
            ui.menu_button(self.tr(text::VIEW), |ui| {
                for a in [
                    Action::Fit,
                    Action::ToggleAnalysis,
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomReset,
                    Action::ToggleTheme,
                    Action::HighContrast,
                    Action::ToggleLanguage,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                ui.label(self.tr(text::SMALLEST_TEXT_ON_THE_MAP));
                let (editing, presenting) = (self.tr(text::EDITING), self.tr(text::PRESENTING));
                ui.add(
                    egui::Slider::new(&mut self.settings.text_size, 12.0..=32.0)
                        .text(editing)
                        .suffix(" pt"),
                );
                ui.label(presenting);
                self.room_controls(ui);
                ui.separator();
                let label = self.tr(text::BUILTIN_CHOOSER);
                ui.checkbox(&mut self.settings.builtin_file_chooser, label);
            });
            ui.menu_button(self.tr(text::WORKSHOP), |ui| {
                for a in [
                    Action::Present,
                    Action::FullScreen,
                    Action::Focus,
                    Action::NextFinding,
                    Action::PrevFinding,
                    Action::Zones,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                for k in RelationKind::ALL {
                    self.action_button(ui, Action::ToggleKind(k));
                }
                ui.separator();
                for a in [Action::Tidy, Action::Onion, Action::Pin] {
                    self.action_button(ui, a);
                }
            });
            ui.menu_button(self.tr(text::HELP), |ui| {
                self.action_button(ui, Action::Help);
            });
        });
    }
}
