//! Reading and writing map files: versions, atomic saves, stamps. The fields themselves are in
//! `schema.rs`.

use std::io::{Read, Write};
use std::path::Path;

use serde::Deserialize;

use super::LoadError;
use super::schema;
use crate::model::Map;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "ecomap";
/// The newest file version this build reads and the one it writes (version 1 is read too).
pub const FORMAT_VERSION: u64 = 2;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Only the header, read when the whole file does not parse: a newer version or another
/// format is a better message than the schema error it causes.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Read and validate a map file.
pub fn load(path: &Path) -> Result<Map, LoadError> {
    load_stamped(path).map(|(map, _)| map)
}

/// What a file on disk was when we last read or wrote it: its length and a hash of its bytes.
/// Another program's save changes it (even within the same second, where a modification time
/// would not tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub hash: u64,
}

impl FileStamp {
    pub fn of(bytes: &[u8]) -> FileStamp {
        // FNV-1a: stable, no dependency, fast enough for a map file.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        FileStamp {
            len: bytes.len() as u64,
            hash: h,
        }
    }
}

/// The stamp of the file at `path` now; `None` when there is no file.
pub fn stamp(path: &Path) -> std::io::Result<Option<FileStamp>> {
    // (Not a regular file: nothing to compare, and a pipe would be waited on for ever.)
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(m) if !m.is_file() => return Ok(None),
        Ok(_) => {}
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    // No more than a map file may be (a huge file dropped under its name is not read whole).
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(Some(FileStamp::of(&bytes)))
}

/// Open `path` for reading without waiting: a named pipe with no writer would block the open
/// for ever. (Back to blocking reads once open: a pipe is read to its end.)
fn open_input(path: &Path) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
            .open(path)?;
        rustix::fs::fcntl_setfl(&file, rustix::fs::OFlags::empty())?;
        Ok(file)
    }
    #[cfg(not(unix))]
    {
        std::fs::File::open(path)
    }
}

/// [`load`], with the stamp of the bytes read.
pub fn load_stamped(path: &Path) -> Result<(Map, FileStamp), LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = open_input(path).map_err(io_err)?;
    // What it is, from the open file (not from its name, which could change meanwhile): a
    // folder or a device is no map; a pipe is read to its end (one nobody writes to is empty).
    let meta = file.metadata().map_err(io_err)?;
    match super::error::NotAFile::of(&meta) {
        Some(what @ (super::error::NotAFile::Pipe | super::error::NotAFile::Socket)) => {
            log::debug!("reading {} from {what:?}", path.display());
        }
        Some(what) => {
            return Err(LoadError::NotAFile {
                path: path.to_owned(),
                what,
            });
        }
        None => {}
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // `take` guards against a file that grows while we read it.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let map = from_bytes(&bytes)?;
    Ok((map, FileStamp::of(&bytes)))
}

/// Parse and validate the bytes of a map file.
pub fn from_bytes(bytes: &[u8]) -> Result<Map, LoadError> {
    // A byte order mark, as editors on Windows write: not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        LoadError::InvalidUtf8 { line, column }
    })?;
    let file: schema::FileDto = match serde_json::from_str(text) {
        Ok(f) => f,
        Err(err) => {
            let mut parsed = LoadError::from_json(&err);
            if let LoadError::Shape { field, .. } = &mut parsed {
                // Parse again, tracking where: only on the error path, so loading stays fast.
                let mut de = serde_json::Deserializer::from_str(text);
                if let Err(e) = serde_path_to_error::deserialize::<_, schema::FileDto>(&mut de) {
                    let path = e.path().to_string();
                    if path != "." {
                        *field = Some(crate::model::shown(&path));
                    }
                }
            }
            if matches!(parsed, LoadError::Shape { .. })
                && let Ok(h) = serde_json::from_str::<Header>(text)
            {
                check_header(h.format.as_ref(), h.version.as_ref())?;
            }
            return Err(parsed);
        }
    };
    check_header(
        Some(&serde_json::Value::from(file.format.as_ref())),
        Some(&serde_json::Value::from(file.version)),
    )?;
    schema::into_map(file)
}

fn check_header(
    format: Option<&serde_json::Value>,
    version: Option<&serde_json::Value>,
) -> Result<(), LoadError> {
    if let Some(f) = format
        && f.as_str() != Some(FORMAT_NAME)
    {
        let found = f.as_str().map_or_else(|| f.to_string(), str::to_owned);
        return Err(LoadError::WrongFormat { found });
    }
    let whole = |v: &serde_json::Value| {
        v.as_u64().or_else(|| {
            v.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1e15)
                .map(|f| f as u64)
        })
    };
    if let Some(v) = version.and_then(whole) {
        if v > FORMAT_VERSION {
            return Err(LoadError::NewerVersion {
                found: v,
                supported: FORMAT_VERSION,
            });
        }
        if v == 0 {
            return Err(LoadError::BadVersion { found: v });
        }
    }
    Ok(())
}

/// The bytes of a map file: pretty JSON, stakeholders and relations sorted by id, a final
/// newline. The same map always gives the same bytes.
pub fn to_bytes(map: &Map) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = serde_json::to_vec_pretty(&schema::file_of(map))?;
    out.push(b'\n');
    Ok(out)
}

/// Save a map atomically: a crash mid-save leaves the old file or the new one, never half.
pub fn save(map: &Map, path: &Path) -> std::io::Result<()> {
    save_stamped(map, path).map(|_| ())
}

/// [`save`], with the stamp of the bytes written.
pub fn save_stamped(map: &Map, path: &Path) -> std::io::Result<FileStamp> {
    let bytes = to_bytes(map)?;
    write_atomic(path, &bytes)?;
    Ok(FileStamp::of(&bytes))
}

/// Write bytes to a temporary file in the target's folder, flush it to disk, then rename it
/// over the target. The file stays what it was: a symbolic link is written through (its target
/// is replaced), the mode, owner and group are kept where allowed. Refused, with a message that
/// says why: a read-only file, a file with other hard links (replacing it would break them), and
/// anything that is not a regular file (a device, a pipe, a folder). Leftover temporary files of
/// saves that were killed are removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let path = &resolve_links(path)?;
    let existing = match std::fs::metadata(path) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(m) = &existing {
        check_replaceable(path, m)?;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    remove_stale_temporaries(dir);
    let mut builder = tempfile::Builder::new();
    let prefix = temporary_prefix(std::process::id());
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    // A temporary file is private (0600); a new map gets the usual permissions (0666 less the
    // umask). An existing file's are set exactly below, where the umask does not apply.
    if existing.is_none()
        && let Some(p) = default_permissions()
    {
        builder.permissions(p);
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    if let Some(m) = &existing {
        keep_identity(tmp.as_file(), m);
    }
    tmp.as_file().sync_all()?;
    persist_patiently(tmp, path)?;
    // Make the rename itself durable; not every platform can open a folder, so best effort.
    if let Ok(d) = std::fs::File::open(dir)
        && let Err(e) = d.sync_all()
    {
        log::debug!("could not sync the folder {}: {e}", dir.display());
    }
    Ok(())
}

/// Put the written temporary file in place. On Windows another program may hold the map
/// open for a moment (`OneDrive` or `SharePoint` syncing it, an antivirus scanning it, a preview):
/// the rename is tried again for about two seconds before the error is given.
fn persist_patiently(mut tmp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    const TRIES: u32 = 8;
    for attempt in 1..=TRIES {
        match tmp.persist(path) {
            Ok(_) => return Ok(()),
            Err(e) if attempt < TRIES && held_by_another(&e.error) => {
                log::debug!("{} is held ({}): trying again", path.display(), e.error);
                tmp = e.file;
                std::thread::sleep(std::time::Duration::from_millis(250));
            }
            Err(e) => return Err(e.error),
        }
    }
    Ok(())
}

/// Whether an error says another program has the file open (Windows' sharing and lock
/// violations, and the access denied it gives for a file being replaced or synced).
pub fn held_by_another(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// Temporary files of a save are named `.ecomap-save-<pid>.<host>-<random>.tmp` (`<host>` a
/// hash of the host name: in a shared folder, another computer's save is not ours to judge).
const TEMP_PREFIX: &str = ".ecomap-save-";
const TEMP_SUFFIX: &str = ".tmp";

/// The file a path finally names, following symbolic links (a link to a link to a map), so a
/// save replaces the map, not the link. A dangling link names its (new) target.
fn resolve_links(path: &Path) -> std::io::Result<std::path::PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other(format!(
        "{} is a chain of too many symbolic links",
        path.display()
    )))
}

fn check_replaceable(path: &Path, m: &std::fs::Metadata) -> std::io::Result<()> {
    if !m.is_file() {
        return Err(std::io::Error::other(format!(
            "{} is not a regular file (a folder, device or pipe); choose a file name",
            path.display()
        )));
    }
    if m.permissions().readonly() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!("{} is read-only; save under another name", path.display()),
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if m.nlink() > 1 {
            return Err(std::io::Error::other(format!(
                "{} has {} hard links; saving replaces the file and would break them, so save under another name",
                path.display(),
                m.nlink()
            )));
        }
    }
    Ok(())
}

/// The new file gets the old one's mode, owner and group (owner and group only where this user
/// may set them: best effort).
fn keep_identity(file: &std::fs::File, old: &std::fs::Metadata) {
    if let Err(e) = file.set_permissions(old.permissions()) {
        log::warn!("could not keep the file's mode: {e}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only the owner's superuser may give a file away: expected to fail otherwise.
        if let Err(e) = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())) {
            log::debug!("could not keep the file's owner and group: {e}");
        }
    }
}

/// Remove temporary files left in `dir` by saves whose process is gone (killed mid-save).
/// Another running save's file is never touched. Done before every save, and by the editor
/// when it opens a map.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name
            .strip_prefix(TEMP_PREFIX)
            .and_then(|r| r.strip_suffix(TEMP_SUFFIX))
        else {
            continue;
        };
        let stale = is_stale(&entry, rest);
        if stale
            && entry.file_type().is_ok_and(|t| t.is_file())
            && let Err(e) = std::fs::remove_file(entry.path())
        {
            log::warn!(
                "could not remove the stale temporary {}: {e}",
                entry.path().display()
            );
        }
    }
}

/// Whether a temporary named `…{pid}.{host}-…` (`rest`: from the pid on) was left by a
/// process that is gone: on this computer, the process is not running (and is not this one);
/// from another computer (a shared folder) or of unknown origin, older than a day.
fn is_stale(entry: &std::fs::DirEntry, rest: &str) -> bool {
    let (pid, host) = rest
        .split('-')
        .next()
        .and_then(|p| p.split_once('.'))
        .map_or((None, None), |(p, h)| {
            (p.parse::<u32>().ok(), u64::from_str_radix(h, 16).ok())
        });
    match (pid, host) {
        (Some(pid), Some(h)) if h == host_tag() => pid != std::process::id() && !process_alive(pid),
        _ => entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 86_400),
    }
}

/// The file in a temporary folder its writer holds locked while it works ([`hold_folder`]).
const HELD: &str = ".ecomap-held";

/// A temporary folder is stale when the lock its writer held can be taken (the writer is gone,
/// whatever its process number means here: another sandbox or container may share the host
/// name); without a lock file, by [`is_stale`].
fn folder_is_stale(entry: &std::fs::DirEntry, rest: &str) -> bool {
    #[cfg(unix)]
    if let Ok(held) = std::fs::File::open(entry.path().join(HELD)) {
        return rustix::fs::flock(&held, rustix::fs::FlockOperation::NonBlockingLockExclusive)
            .is_ok();
    }
    is_stale(entry, rest)
}

/// Hold `dir` (a temporary folder being written) as this process's: a locked file in it, until
/// the returned handle is dropped ([`release_folder`] removes the file).
pub fn hold_folder(dir: &Path) -> Option<std::fs::File> {
    #[cfg(unix)]
    {
        let file = std::fs::File::create(dir.join(HELD)).ok()?;
        rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive).ok()?;
        Some(file)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Let go of a folder held with [`hold_folder`]: its lock file removed (before the folder is
/// put in place).
pub fn release_folder(dir: &Path, held: Option<std::fs::File>) {
    drop(held);
    let _ = std::fs::remove_file(dir.join(HELD));
}

/// The name prefix of a temporary folder of this process: `{base}{pid}.{host}-`, so a later
/// run can tell it was left by a process that is gone ([`remove_stale_folders`]).
pub fn process_prefix(base: &str) -> String {
    format!("{base}{}.{:x}-", std::process::id(), host_tag())
}

/// Remove the folders in `dir` made with [`process_prefix`]`(base)` by processes that are gone
/// (killed while writing a report): with everything in them.
pub fn remove_stale_folders(dir: &Path, base: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(base)) else {
            continue;
        };
        // (Only folders: a symbolic link named like one is not followed.)
        if folder_is_stale(&entry, rest)
            && entry.file_type().is_ok_and(|t| t.is_dir())
            && let Err(e) = std::fs::remove_dir_all(entry.path())
        {
            log::warn!(
                "could not remove the stale temporary folder {}: {e}",
                entry.path().display()
            );
        }
    }
}

/// How the temporary files of a save by process `pid` on this computer begin.
pub fn temporary_prefix(pid: u32) -> String {
    format!("{TEMP_PREFIX}{pid}.{:x}-", host_tag())
}

/// This computer, for temporary file names: a hash of its host name.
fn host_tag() -> u64 {
    FileStamp::of(gethostname::gethostname().as_encoded_bytes()).hash
}

/// Whether a process with this id runs on this computer: on Linux it has a `/proc` entry;
/// elsewhere (macOS, Windows) the system's process list is asked (`sysinfo`).
pub fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        process_listed(pid)
    }
}

/// Whether the system's process list has `pid`.
fn process_listed(pid: u32) -> bool {
    use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System};
    let pid = Pid::from_u32(pid);
    let mut sys = System::new();
    sys.refresh_processes_specifics(
        ProcessesToUpdate::Some(&[pid]),
        true,
        ProcessRefreshKind::nothing(),
    );
    sys.process(pid).is_some()
}

#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)] // Other platforms have no default to give.
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o666))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// 1-based line and column of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.split(|&b| b == b'\n').count();
    let column = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processes_are_found_alive_or_not_both_ways() {
        let me = std::process::id();
        assert!(process_alive(me) && process_listed(me));
        // Above the largest process id Linux hands out.
        assert!(!process_alive(4_194_305) && !process_listed(4_194_305));
    }

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column(b"ab\ncd", 0), (1, 1));
        assert_eq!(line_column(b"ab\ncd", 4), (2, 2));
    }
}
