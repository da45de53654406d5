//! Saving keeps the file what it was (unix): its mode, a symbolic link stays a link, other hard
//! links and read-only files are refused with a reason, devices and pipes are never replaced,
//! and temporary files left by a killed save are cleaned up.
#![cfg(unix)]

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;

use ecomap::model::StakeholderId;
use ecomap::model::{Map, Stakeholder, StakeholderKind};

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn map(name: &str) -> Map {
    let mut m = Map::new("Proef");
    m.add_stakeholder(Stakeholder::new(
        sid("a"),
        name,
        StakeholderKind::Citizen,
        0.0,
        0.0,
    ))
    .unwrap();
    m
}

fn name_in(path: &Path) -> String {
    let m = ecomap::io::load(path).unwrap();
    m.stakeholder("a").unwrap().name.clone()
}

#[test]
fn mode_is_kept_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.ecomap.json");
    ecomap::io::save(&map("een"), &p).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o664)).unwrap();
    ecomap::io::save(&map("twee"), &p).unwrap();
    assert_eq!(std::fs::metadata(&p).unwrap().mode() & 0o777, 0o664);
    assert_eq!(name_in(&p), "twee");
}

#[test]
fn a_symbolic_link_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("echt.ecomap.json");
    ecomap::io::save(&map("een"), &real).unwrap();
    let link = dir.path().join("link.ecomap.json");
    std::os::unix::fs::symlink("echt.ecomap.json", &link).unwrap();
    ecomap::io::save(&map("twee"), &link).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(name_in(&real), "twee");
}

#[test]
fn hard_links_and_read_only_files_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.ecomap.json");
    ecomap::io::save(&map("een"), &p).unwrap();
    let other = dir.path().join("ander.ecomap.json");
    std::fs::hard_link(&p, &other).unwrap();
    let err = ecomap::io::save(&map("twee"), &p).unwrap_err().to_string();
    assert!(err.contains("hard links"), "{err}");
    assert_eq!(name_in(&other), "een", "nothing changed");
    std::fs::remove_file(&other).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let err = ecomap::io::save(&map("twee"), &p).unwrap_err().to_string();
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(name_in(&p), "een");
}

#[test]
fn pipes_and_folders_are_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pijp");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = ecomap::io::save(&map("een"), &fifo)
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a regular file"), "{err}");
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }
    let folder = dir.path().join("map");
    std::fs::create_dir(&folder).unwrap();
    let err = ecomap::io::save(&map("een"), &folder)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a regular file"), "{err}");
    // The command line too: `generate --output` onto a pipe exits 2 and leaves it a pipe.
    if fifo.exists() {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ecomap"))
            .args(["generate", "3", "--output", fifo.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }
}

#[test]
fn temporaries_of_killed_saves_are_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    // A process id that cannot be running (above the kernel's maximum), on this computer.
    let stale = dir.path().join(format!(
        "{}abcdef.tmp",
        ecomap::io::temporary_prefix(4_194_305)
    ));
    std::fs::write(&stale, b"half a map").unwrap();
    // One of this very process, as a save in progress would have: kept.
    let ours = dir.path().join(format!(
        "{}xyz.tmp",
        ecomap::io::temporary_prefix(std::process::id())
    ));
    std::fs::write(&ours, b"in progress").unwrap();
    // Another computer's (a shared folder), however dead its process looks here: kept.
    let foreign = dir.path().join(".ecomap-save-4194305.123abc-zz.tmp");
    std::fs::write(&foreign, b"theirs").unwrap();
    ecomap::io::save(&map("een"), &dir.path().join("k.ecomap.json")).unwrap();
    assert!(!stale.exists(), "the killed save's file is removed");
    assert!(ours.exists(), "a running save's file is left alone");
    assert!(
        foreign.exists(),
        "another computer's save is not ours to judge"
    );
}
