//! "Already open elsewhere": while a map is open, a small lock file beside it
//! (`.<name>.lock`) says which ecomap has it (process, host, since when). A second instance that
//! opens the same map is told, so two people do not unknowingly edit one file; a lock whose
//! process no longer runs on this host is stale and taken over. The lock never stops anyone:
//! saving still checks the file first (see `conflict`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    /// Tells two instances in one process apart (tests) and survives pid reuse.
    pub instance: u64,
    /// When it was opened, as written (`YYYY-MM-DD`).
    pub since: String,
}

/// This instance's hold on a map file; released (the lock file removed) when dropped.
pub struct Lock {
    path: PathBuf,
    me: Holder,
    /// Whether we wrote the lock (else another instance holds it).
    ours: bool,
}

fn lock_path(map: &Path) -> Option<PathBuf> {
    let name = map.file_name()?.to_string_lossy().into_owned();
    let dir = match map.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    Some(dir.join(format!(".{name}.lock")))
}

fn this_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// An id for this app instance.
pub fn new_instance_id() -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

impl Lock {
    /// Take the lock on `map`, or learn who holds it. `Err` holds the other holder.
    pub fn take(map: &Path, instance: u64) -> (Option<Lock>, Option<Holder>) {
        let Some(path) = lock_path(map) else {
            return (None, None);
        };
        let me = Holder {
            pid: std::process::id(),
            host: this_host(),
            instance,
            since: crate::export::today(),
        };
        if let Some(other) = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Holder>(&b).ok())
        {
            let stale = other.host == me.host && !crate::io::process_alive(other.pid);
            if other.instance != instance && !stale {
                let lock = Lock {
                    path,
                    me,
                    ours: false,
                };
                return (Some(lock), Some(other));
            }
        }
        // Never through a symbolic link (one planted in a shared folder would make us write
        // over whatever it points to).
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        let ours = !is_link
            && serde_json::to_vec(&me)
                .ok()
                .is_some_and(|bytes| crate::io::write_atomic(&path, &bytes).is_ok());
        if ours {
            crate::platform::hide(&path);
        }
        (Some(Lock { path, me, ours }), None)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if !self.ours {
            return;
        }
        // Only if it is still ours (a stale-lock takeover elsewhere replaced it otherwise).
        let still = std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Holder>(&b).ok())
            .is_some_and(|h| h == self.me);
        if still && let Err(e) = std::fs::remove_file(&self.path) {
            log::warn!("could not release the lock {}: {e}", self.path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_instance_learns_of_the_first_and_stale_locks_are_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("k.ecomap.json");
        let (first, other) = Lock::take(&map, 1);
        assert!(other.is_none());
        let (second, other) = Lock::take(&map, 2);
        let other = other.expect("the first holds it");
        assert_eq!((other.pid, other.instance), (std::process::id(), 1));
        drop(second);
        assert!(lock_path(&map).unwrap().exists(), "not ours to remove");
        drop(first);
        assert!(!lock_path(&map).unwrap().exists(), "released");
        // A lock left by a process that is gone is stale.
        let dead = Holder {
            pid: 4_194_305,
            host: this_host(),
            instance: 9,
            since: "2026-01-01".into(),
        };
        std::fs::write(lock_path(&map).unwrap(), serde_json::to_vec(&dead).unwrap()).unwrap();
        let (_third, other) = Lock::take(&map, 3);
        assert!(other.is_none(), "taken over");
    }
}
