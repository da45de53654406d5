//! A toolbar row that keeps to one line: its groups of buttons in order, and those that do not
//! fit the window's width in a "… ⏷" menu at the end of the row, instead of a second line that
//! takes the map's height (or a row cut off at the edge). The groups' widths are remembered
//! from the frame before.

use egui::Ui;

/// One group of a row: what it draws (called in the row, or in the menu).
pub type Group<'a> = Box<dyn FnMut(&mut Ui) + 'a>;

/// Room kept for the "… ⏷" button.
const MORE: f32 = 40.0;

/// The row `id` of `groups`: as many as fit, from the first; the rest in a menu.
pub fn row(ui: &mut Ui, id: &str, groups: &mut [Group<'_>]) {
    let key = egui::Id::new(("toolbar-row", id));
    let widths: Vec<f32> = ui.data(|d| d.get_temp(key)).unwrap_or_default();
    let n = groups.len();
    let room = ui.available_width();
    let fit = fitting(&widths, n, room);
    let mut measured = widths;
    measured.resize(n, 0.0);
    ui.horizontal(|ui| {
        for (i, group) in groups.iter_mut().enumerate().take(fit) {
            let x = ui.cursor().min.x;
            group(ui);
            measured[i] = ui.cursor().min.x - x;
        }
        if fit < n {
            ui.menu_button("… ⏷", |ui| {
                for group in &mut groups[fit..] {
                    ui.horizontal(|ui| group(ui));
                }
            });
        }
    });
    ui.data_mut(|d| d.insert_temp(key, measured));
}

/// How many groups of these `widths` fit in `room` (all of them until they were measured).
fn fitting(widths: &[f32], n: usize, room: f32) -> usize {
    if widths.len() != n || widths.iter().sum::<f32>() <= room {
        return n;
    }
    let mut used = 0.0;
    widths
        .iter()
        .take_while(|w| {
            used += **w;
            used <= room - MORE
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::fitting;

    #[test]
    fn groups_that_do_not_fit_go_to_the_menu_from_the_end() {
        assert_eq!(fitting(&[], 4, 100.0), 4, "not measured yet: all");
        assert_eq!(fitting(&[100.0, 100.0, 100.0], 3, 300.0), 3);
        // 290 wide: room for the menu's button after two.
        assert_eq!(fitting(&[100.0, 100.0, 100.0], 3, 290.0), 2);
        assert_eq!(fitting(&[100.0, 100.0, 100.0], 3, 120.0), 0);
    }
}
