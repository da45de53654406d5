//! A save killed at random moments (`kill -9` of the real binary while it writes a 12 MB map):
//! the file is always the old map or the new one, never a mix, and the next save removes the
//! killed saves' temporary files.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ecomap-save-"))
        .collect()
}

#[test]
fn a_killed_save_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.ecomap.json");
    let old = ecomap::model::hand_placed(3, 1);
    ecomap::io::save(&old, &path).unwrap();
    // Kill moments spread over the child's life (start-up, generating, writing, renaming).
    let mut saw_new = false;
    for (i, wait_ms) in [5u64, 40, 90, 150, 220, 300, 420, 600]
        .into_iter()
        .enumerate()
    {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ecomap"))
            .args(["generate", "20000", "--output", path.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = ecomap::io::load(&path)
            .unwrap_or_else(|e| panic!("kill {i} after {wait_ms} ms left a broken file: {e}"));
        let n = now.stakeholder_count();
        assert!(n == 3 || n == 20_000, "a mix: {n} stakeholders");
        saw_new |= n == 20_000;
        if n == 3 {
            assert_eq!(now, old);
        }
    }
    // The next save cleans up after the killed ones.
    ecomap::io::save(&old, &path).unwrap();
    assert!(
        temporaries(dir.path()).is_empty(),
        "{:?}",
        temporaries(dir.path())
    );
    // (Whether any kill came late enough to see the new map depends on the machine's speed.)
    let _ = saw_new;
}
