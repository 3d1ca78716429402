//! SQLite persistence of the store: one row per object plus the global resourceVersion.
//! WAL + synchronous=FULL so that an acknowledged write survives `kill -9`. No caching here.

use std::path::Path;

use rusqlite::{Connection, params};
use serde_json::Value;

use super::super::SandboxError;

pub struct Db {
    conn: Connection,
}

/// A row as loaded at startup.
pub struct Row {
    pub kind: String,
    pub namespace: String,
    pub name: String,
    pub object: Value,
}

impl Db {
    pub fn open(path: &Path) -> Result<Db, SandboxError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_millis(200))?;
        let setup = || -> Result<(), rusqlite::Error> {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            // One server per data dir: hold SQLite's write lock for the connection's lifetime, so
            // a second server on the same dir fails at start instead of forking the
            // resourceVersion sequence.
            conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
            conn.execute_batch(
                "BEGIN EXCLUSIVE;
                 CREATE TABLE IF NOT EXISTS objects (kind TEXT NOT NULL, ns TEXT NOT NULL, name TEXT NOT NULL,
                   rv INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, ns, name));
                 CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL);
                 COMMIT;",
            )
        };
        match setup() {
            Ok(()) => Ok(Db { conn }),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy =>
            {
                Err(SandboxError::Store(format!(
                    "{} is in use by another sandbox server",
                    path.parent().unwrap_or(path).display()
                )))
            }
            Err(e) => Err(e.into()),
        }
    }

    pub fn load_rv(&self) -> Result<u64, SandboxError> {
        let v: Option<i64> = self
            .conn
            .query_row("SELECT v FROM meta WHERE k = 'rv'", [], |r| r.get(0))
            .map(Some)
            .or_else(|e| {
                if e == rusqlite::Error::QueryReturnedNoRows {
                    Ok(None)
                } else {
                    Err(e)
                }
            })?;
        Ok(v.unwrap_or(0).max(0) as u64)
    }

    pub fn load_all(&self) -> Result<Vec<Row>, SandboxError> {
        let mut st = self
            .conn
            .prepare("SELECT kind, ns, name, data FROM objects")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, namespace, name, data) = row?;
            let object = serde_json::from_str(&data)?;
            out.push(Row {
                kind,
                namespace,
                name,
                object,
            });
        }
        Ok(out)
    }

    /// Writes (or deletes, when `object` is None) one object and the new global rv atomically.
    pub fn write(
        &mut self,
        kind: &str,
        ns: &str,
        name: &str,
        rv: u64,
        object: Option<&Value>,
    ) -> Result<(), SandboxError> {
        let tx = self.conn.transaction()?;
        match object {
            Some(o) => {
                tx.execute(
                    "INSERT INTO objects (kind, ns, name, rv, data) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT(kind, ns, name) DO UPDATE SET rv = excluded.rv, data = excluded.data",
                    params![kind, ns, name, rv as i64, serde_json::to_string(o)?],
                )?;
            }
            None => {
                tx.execute(
                    "DELETE FROM objects WHERE kind = ?1 AND ns = ?2 AND name = ?3",
                    params![kind, ns, name],
                )?;
            }
        }
        tx.execute(
            "INSERT INTO meta (k, v) VALUES ('rv', ?1) ON CONFLICT(k) DO UPDATE SET v = excluded.v",
            params![rv as i64],
        )?;
        tx.commit()?;
        Ok(())
    }
}
