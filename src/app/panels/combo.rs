//! Choice lists that work from the keyboard: egui's combo box opens with Space or a click and
//! closes with Escape, but its choices are picked with the mouse. With this, the list's button
//! (reached with Tab, focus shown) takes ↑ ↓ for the previous and next choice, Home and End,
//! and letters: typing the first letters of a choice picks it (type-to-select, as desktop lists
//! do). The same keys work while the list is open; Enter closes it.

use egui::{Event, EventFilter, Key, Modifiers, Response, Ui};

use crate::model::entry::fold;

/// How long typed letters add up to one search (seconds), as in desktop lists.
const TYPE_AHEAD: f64 = 1.0;

/// Let the combo box whose button answered `button` be used from the keyboard. `choices` in
/// the order shown; `value` is changed in place. Returns whether it changed.
pub fn keyboard<T: PartialEq + Copy>(
    ui: &Ui,
    button: &Response,
    choices: &[(T, &str)],
    value: &mut T,
) -> bool {
    let id = button.id;
    let popup_open = egui::ComboBox::is_open(ui.ctx(), id);
    if !button.has_focus() && !popup_open {
        return false;
    }
    if button.has_focus() {
        // The arrows pick choices here instead of moving the focus to the next widget.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                EventFilter {
                    tab: false,
                    horizontal_arrows: false,
                    vertical_arrows: true,
                    escape: false,
                },
            );
        });
    }
    let Some(at) = choices.iter().position(|(c, _)| c == value) else {
        return false;
    };
    let n = choices.len();
    let mut next = at;
    let mut typed = String::new();
    ui.input_mut(|i| {
        if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
            next = (next + 1).min(n - 1);
        }
        if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
            next = next.saturating_sub(1);
        }
        if i.consume_key(Modifiers::NONE, Key::Home) {
            next = 0;
        }
        if i.consume_key(Modifiers::NONE, Key::End) {
            next = n - 1;
        }
        i.events.retain(|e| match e {
            Event::Text(t) if !t.trim().is_empty() => {
                typed.push_str(t);
                false
            }
            _ => true,
        });
    });
    if popup_open && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
        // The combo box keeps its popup's state under this id.
        egui::Popup::close_id(ui.ctx(), id.with("popup"));
    }
    if !typed.is_empty() {
        // Letters typed within a second add up ("ma" finds "Mantelzorger"); a new search
        // starts after a pause.
        let now = ui.input(|i| i.time);
        let key = id.with("typed");
        let mut search: (f64, String) = ui
            .ctx()
            .data(|d| d.get_temp(key))
            .filter(|(t, _): &(f64, String)| now - t < TYPE_AHEAD)
            .unwrap_or_default();
        search.0 = now;
        search.1.push_str(&typed);
        let wanted = fold(&search.1);
        if let Some(i) = choices
            .iter()
            .position(|(_, label)| fold(label).starts_with(&wanted))
        {
            next = i;
        }
        ui.ctx().data_mut(|d| d.insert_temp(key, search));
    }
    if next != at {
        *value = choices[next].0;
        return true;
    }
    false
}
