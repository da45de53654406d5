//! The menu bar, read from the action table.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::panels::Seen;
use crate::app::request::{FileRequest, Pending, Request, SettingRequest};
use crate::app::text;
use crate::lang::Lang;
use crate::model::RelationKind;

/// A menu entry for an action of the table, with its shortcut.
fn action_button(ui: &mut Ui, action: Action, lang: Lang, out: &mut Vec<Request>) {
    let info = info_of(action);
    let text = info.shortcut_text(lang);
    let mut button = egui::Button::new(info.label(lang));
    if !text.is_empty() {
        button = button.shortcut_text(text);
    }
    if ui.add(button).clicked() {
        out.push(Request::Do(action));
        ui.close();
    }
}

/// The menu bar.
pub fn ui(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let (settings, lang) = (seen.settings, seen.lang);
    let (mut text_size, mut builtin) = (settings.text_size, settings.builtin_file_chooser);
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(text::FILE.get(lang), |ui| {
            for a in [
                Action::New,
                Action::Open,
                Action::Import,
                Action::Save,
                Action::SaveAs,
                Action::Export,
                Action::ReportPack,
            ] {
                action_button(ui, a, lang, out);
            }

            ui.separator();
            ui.label(RichText::new(text::RECENT.get(lang)).weak());
            for p in &settings.recent {
                if ui.button(p.display().to_string()).clicked() {
                    out.push(Request::File(FileRequest::Guard(Pending::OpenPath(
                        p.clone(),
                    ))));
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(text::START_SCREEN.get(lang)).clicked() {
                out.push(Request::File(FileRequest::Guard(Pending::StartScreen)));
                ui.close();
            }
            ui.separator();
            action_button(ui, Action::Quit, lang, out);
        });
        ui.menu_button(text::EDIT.get(lang), |ui| {
            for a in [
                Action::Undo,
                Action::Redo,
                Action::SelectAll,
                Action::Copy,
                Action::Cut,
                Action::Paste,
                Action::QuickEntry,
                Action::RelationLine,
                Action::Delete,
                Action::Find,
            ] {
                action_button(ui, a, lang, out);
            }
        });
        ui.menu_button(text::VIEW.get(lang), |ui| {
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
                action_button(ui, a, lang, out);
            }
            ui.separator();
            ui.label(text::SMALLEST_TEXT_ON_THE_MAP.get(lang));
            let (editing, presenting) = (text::EDITING.get(lang), text::PRESENTING.get(lang));
            ui.add(
                egui::Slider::new(&mut text_size, 12.0..=32.0)
                    .text(editing)
                    .suffix(" pt"),
            );
            ui.label(presenting);
            super::toolbar::room(ui, seen, out);
            ui.separator();
            let label = text::BUILTIN_CHOOSER.get(lang);
            ui.checkbox(&mut builtin, label);
        });
        ui.menu_button(text::SCENARIO_MENU.get(lang), |ui| {
            for a in [
                Action::NextScenario,
                Action::PrevScenario,
                Action::DuplicateScenario,
                Action::RenameScenario,
                Action::DeleteScenario,
                Action::Compare,
                Action::AddAction,
            ] {
                action_button(ui, a, lang, out);
            }
        });
        ui.menu_button(text::WORKSHOP.get(lang), |ui| {
            for a in [
                Action::Present,
                Action::FullScreen,
                Action::Focus,
                Action::NextFinding,
                Action::PrevFinding,
                Action::Zones,
            ] {
                action_button(ui, a, lang, out);
            }
            ui.separator();
            for k in RelationKind::ALL {
                action_button(ui, Action::ToggleKind(k), lang, out);
            }
            ui.separator();
            for a in [Action::Tidy, Action::Onion, Action::Pin] {
                action_button(ui, a, lang, out);
            }
            ui.separator();
            for a in [Action::RoomJoin, Action::ShowCode] {
                action_button(ui, a, lang, out);
            }
        });
        ui.menu_button(text::HELP.get(lang), |ui| {
            action_button(ui, Action::Help, lang, out);
        });
    });
    if text_size.to_bits() != settings.text_size.to_bits() {
        out.push(Request::Setting(SettingRequest::TextSize(text_size)));
    }
    if builtin != settings.builtin_file_chooser {
        out.push(Request::Setting(SettingRequest::BuiltinChooser(builtin)));
    }
}
