//! An exclusive lock on a kubeconfig file, so that two kctl processes never lose each other's
//! write.
//!
//! kubectl locks by creating `<file>.lock` with `O_EXCL`, which leaves a stale lock behind when
//! the process is killed. kctl takes an advisory `flock` on the same path instead: the kernel
//! releases it when a holder dies, and the file is removed on release so kubectl does not see a
//! lock that nobody holds.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::Error;

#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

pub fn lock_name(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl FileLock {
    /// Blocks until this process holds the lock for `target`.
    pub fn acquire(target: &Path) -> Result<FileLock, Error> {
        let path = lock_name(target);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format_args!("mkdir {}", dir.display()), e))?;
        }
        loop {
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(|e| Error::io(format_args!("open {}", path.display()), e))?;
            file.lock()
                .map_err(|e| Error::io(format_args!("lock {}", path.display()), e))?;
            // The previous holder may have removed the file between our open and our lock; a
            // lock on an unlinked inode protects nothing, so start again on the current file.
            let held = file
                .metadata()
                .map_err(|e| Error::io(format_args!("stat {}", path.display()), e))?;
            match std::fs::metadata(&path) {
                Ok(now) if now.ino() == held.ino() && now.dev() == held.dev() => {
                    return Ok(FileLock { file, path });
                }
                _ => continue,
            }
        }
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Remove while still holding the lock so no waiter can take a lock on a file that is
        // about to vanish without noticing (it re-checks the inode after locking).
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}
