//! The map file format (`.ecomap.json`, versioned), atomic saving and typed load errors.
//! Knows nothing of the screen.

mod error;
mod format;
pub mod graphs;
mod schema;
pub mod sheets;

pub use error::LoadError;
pub use format::{
    FORMAT_NAME, FORMAT_VERSION, FileStamp, MAX_FILE_BYTES, from_bytes, held_by_another,
    hold_folder, load, load_stamped, process_alive, process_prefix, release_folder,
    remove_stale_folders, remove_stale_temporaries, save, save_stamped, stamp, temporary_prefix,
    to_bytes, write_atomic,
};
