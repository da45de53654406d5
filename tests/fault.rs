//! A save killed at chosen moments (`kill -9` of the real binary while it writes a 12 MB map):
//! the file is always the old map or the new one, never a mix, and the next save removes the
//! killed saves' temporary files. The moments are events, not times: at once (before it
//! writes), when its temporary file appears and as it fills (a quarter, half, three quarters,
//! all of the map), and once the new map is in place.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ecomap::model::Map;

const NEW: usize = 20_000;

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ecomap-save-"))
        .collect()
}

/// The temporary file of the save by process `pid`, if it is there.
fn temporary_of(dir: &Path, pid: u32) -> Option<PathBuf> {
    let prefix = format!(".ecomap-save-{pid}.");
    temporaries(dir)
        .into_iter()
        .find(|n| n.starts_with(&prefix))
        .map(|n| dir.join(n))
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The binary saving a generated map of [`NEW`] stakeholders at `path`.
fn save_new(path: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(["generate", &NEW.to_string(), "--output"])
        .arg(path)
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

fn kill(child: &mut Child) {
    // It may have finished already: then there is nothing to kill.
    let _ = child.kill();
    child.wait().unwrap();
}

/// Looks (without pause) until `ready` holds, or `child` ended: whether it held. A save that
/// hangs fails after two minutes.
fn wait_for(child: &mut Child, mut ready: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_mins(2);
    loop {
        if ready() {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return ready();
        }
        assert!(Instant::now() < deadline, "the save took over two minutes");
        std::thread::yield_now();
    }
}

/// What a kill left at `path`: the old map (false) or the new one (true); anything else fails.
fn outcome(path: &Path, old: &Map, moment: &str) -> bool {
    let now = ecomap::io::load(path)
        .unwrap_or_else(|e| panic!("a kill {moment} left a broken file: {e}"));
    match now.stakeholder_count() {
        3 => {
            assert_eq!(&now, old, "a kill {moment} changed the old map");
            false
        }
        NEW => true,
        n => panic!("a kill {moment} left a mix: {n} stakeholders"),
    }
}

#[test]
fn a_killed_save_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.ecomap.json");
    let old = ecomap::model::hand_placed(3, 1).unwrap();
    ecomap::io::save(&old, &path).unwrap();
    let old_bytes = std::fs::read(&path).unwrap();

    // At once: it has not begun to write.
    let mut child = save_new(&path);
    kill(&mut child);
    assert!(
        !outcome(&path, &old, "at once"),
        "killed before it could write, yet the new map is there"
    );

    // Once the new map is in place (the rename is atomic: the file is small or whole).
    let mut child = save_new(&path);
    let renamed = wait_for(&mut child, || size(&path) > 10 * old_bytes.len() as u64);
    kill(&mut child);
    assert!(renamed, "the save ended without writing the new map");
    assert!(
        outcome(&path, &old, "after the rename"),
        "the new map is not there after the rename"
    );
    let full = size(&path);

    // While it writes: when its temporary file holds 0, ¼, ½, ¾ and all of the map.
    let mut killed_while_writing = 0;
    for quarters in 0..=4 {
        // The old map again, written plainly: a save would remove the killed saves'
        // temporary files, which the last save must find and remove.
        std::fs::write(&path, &old_bytes).unwrap();
        let mut child = save_new(&path);
        let pid = child.id();
        let moment = format!("with {quarters}/4 of the map written");
        let writing = wait_for(&mut child, || {
            temporary_of(dir.path(), pid).is_some_and(|t| size(&t) * 4 >= full * quarters)
        });
        kill(&mut child);
        let new = outcome(&path, &old, &moment);
        if writing && !new {
            killed_while_writing += 1;
            assert!(
                temporary_of(dir.path(), pid).is_some(),
                "a kill {moment} left no temporary file, yet the old map"
            );
        }
    }
    assert!(
        killed_while_writing > 0,
        "no kill landed while a save was writing its temporary file"
    );

    // The next save cleans up after the killed ones.
    assert!(!temporaries(dir.path()).is_empty());
    ecomap::io::save(&old, &path).unwrap();
    assert!(
        temporaries(dir.path()).is_empty(),
        "{:?}",
        temporaries(dir.path())
    );
}
