//! What only Windows needs, behind safe functions: attaching to the console of the shell that
//! started the program, and hiding the lock file. The only unsafe code of the crate (two
//! system calls that take a number and a path); elsewhere these are no-ops.
#![cfg_attr(windows, allow(unsafe_code))]

use std::path::Path;

/// The program is a windowed one on Windows (no console window beside the editor); a command
/// run from cmd or PowerShell writes to the console it was started from. Call before any
/// output. Output redirected to a file or a pipe needs nothing: those handles are inherited.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        // SAFETY: AttachConsole takes a process id and touches none of our memory; it fails
        // harmlessly when there is no parent console (started from Explorer) or one is
        // attached already.
        let _ = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
    }
}

/// Mark `path` hidden (Windows; names starting with a dot are hidden elsewhere already).
pub fn hide(path: &Path) {
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStrExt as _;
        use windows_sys::Win32::Storage::FileSystem::{
            FILE_ATTRIBUTE_HIDDEN, GetFileAttributesW, SetFileAttributesW,
        };
        let wide: Vec<u16> = path
            .as_os_str()
            .encode_wide()
            .chain(std::iter::once(0))
            .collect();
        // SAFETY: `wide` is a NUL-terminated UTF-16 path that lives across both calls.
        unsafe {
            let now = GetFileAttributesW(wide.as_ptr());
            if now != u32::MAX {
                SetFileAttributesW(wide.as_ptr(), now | FILE_ATTRIBUTE_HIDDEN);
            }
        }
    }
    #[cfg(not(windows))]
    let _ = path;
}
