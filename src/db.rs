//! Database connection: SQLite by default (WAL, foreign keys, busy timeout, secure delete,
//! writes that take the write lock up front) or PostgreSQL by URL; migrations run on connect.
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

use crate::config::{Settings, redact_url};

/// Why the database could not be used at start, with the URL (password hidden).
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("Cannot create the data folder {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("Cannot reach the database at {url}: {source}")]
    Unreachable { url: String, source: DbErr },
    #[error("Cannot migrate the database at {url}: {source}")]
    Migration { url: String, source: DbErr },
}

/// Connects with the settings' URL and brings the schema up to date.
///
/// # Errors
/// [`ConnectError`] when the data folder cannot be made, the database cannot be reached
/// or a migration fails.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, ConnectError> {
    let url = settings.effective_database_url();
    let data_dir = |source| ConnectError::DataDir {
        path: settings.data_dir.display().to_string(),
        source,
    };
    if url.starts_with("sqlite:") && settings.database_url.is_empty() {
        create_private_dir(&settings.data_dir).map_err(data_dir)?;
    }
    if let Some(file) = sqlite_file(&url) {
        // SQLite gives its write-ahead log and shared-memory files the database file's
        // mode: a private database file keeps them private too.
        for suffix in ["", "-wal", "-shm"] {
            let mut path = file.clone().into_os_string();
            path.push(suffix);
            let path = std::path::PathBuf::from(path);
            if suffix.is_empty() || path.exists() {
                create_private_file(&path).map_err(data_dir)?;
            }
        }
    }
    let db = open(&url, settings.db_max_connections).await?;
    Migrator::up(&db, None)
        .await
        .map_err(|source| ConnectError::Migration {
            url: redact_url(&url),
            source,
        })?;
    Ok(db)
}

/// Opens a pool without migrating (the `migrate` command uses it).
///
/// # Errors
/// [`ConnectError::Unreachable`] when the database does not answer.
pub async fn open(url: &str, max_connections: u32) -> Result<DatabaseConnection, ConnectError> {
    let mut opt = ConnectOptions::new(url.to_owned());
    opt.sqlx_logging(false)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5));
    if url.starts_with("sqlite:") {
        // An in-memory database is one per connection: keep one.
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let read_only_url = url.contains("mode=ro");
        opt.max_connections(if in_memory { 1 } else { max_connections.max(2) })
            .map_sqlx_sqlite_opts(|o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    // Deleted rows (withdrawn or purged answers) are overwritten with zeros,
                    // not left readable in free space of the file.
                    .pragma("secure_delete", "ON")
                    // Each connection keeps its prepared statements; the driver's default of
                    // 100 held over 100 MB after a few thousand submissions, when a batch's
                    // multi-row inserts differed in length and each length was a statement
                    // (submissions now use fixed texts, `json_rows_statement`; other multi-row
                    // statements still vary). A few slots keep the statements every request
                    // runs.
                    .statement_cache_capacity(16)
            })
            // Connections a storage fault left unusable are closed instead of handed out
            // again (tests/app/faults.rs):
            // - when a COMMIT fails (disk full, read-only file, I/O error) SQLite rolls the
            //   transaction back itself; the driver's own ROLLBACK then fails and it goes on
            //   counting an open transaction, so the connection's next transaction would be a
            //   SAVEPOINT inside a stale snapshot (writes refused, reads outdated);
            // - a connection opened while the files could not be written is read-only for
            //   life (the database or only its write-ahead log), and refuses writes after the
            //   fault: closed when it says so (read-only) or when its last call failed so.
            .map_sqlx_sqlite_before_acquire(move |conn, _| {
                Box::pin(async move {
                    use sea_orm::sqlx::Connection as _;
                    if conn.is_in_transaction() {
                        return Ok(false);
                    }
                    if read_only_url {
                        return Ok(true);
                    }
                    let mut handle = conn.lock_handle().await?;
                    // SAFETY: the handle is valid and locked for the call; the name is a
                    // NUL-terminated string.
                    let read_only = unsafe {
                        libsqlite3_sys::sqlite3_db_readonly(
                            handle.as_raw_handle().as_ptr(),
                            c"main".as_ptr(),
                        )
                    };
                    Ok(read_only == 0)
                })
            })
            .map_sqlx_sqlite_pool_opts(move |pool| {
                pool.after_connect(|conn, _| Box::pin(stable_plans(conn)))
                    .after_release(move |conn, _| {
                        Box::pin(async move {
                            if read_only_url {
                                return Ok(true);
                            }
                            let mut handle = conn.lock_handle().await?;
                            // SAFETY: the handle is valid and locked for the call.
                            let code = unsafe {
                                libsqlite3_sys::sqlite3_errcode(handle.as_raw_handle().as_ptr())
                            };
                            Ok(!matches!(
                                code & 0xff,
                                libsqlite3_sys::SQLITE_READONLY
                                    | libsqlite3_sys::SQLITE_IOERR
                                    | libsqlite3_sys::SQLITE_FULL
                            ))
                        })
                    })
            });
    } else {
        // A connection is pinged before it is handed out only when it has been idle for a
        // while (one the server or the network may have dropped meanwhile), not on every
        // acquisition: under load each ping is one more round trip the request waits for,
        // with the connection out of the pool, before its first statement. A live answer
        // takes three connections in turn; with a ping on each, at 500 phones, three
        // instances of ten connections each, most of an answer's time was the wait for a
        // connection while PostgreSQL saw them idle.
        opt.max_connections(max_connections)
            .test_before_acquire_if_idle_for(Duration::from_secs(10));
    }
    Database::connect(opt)
        .await
        .map_err(|source| ConnectError::Unreachable {
            url: redact_url(url),
            source,
        })
}

/// Turns on SQLite's query planner stability guarantee for a new connection.
///
/// Without it SQLite compiles a statement again whenever a value bound where the planner
/// might use it changes — and it counts `LIMIT ?` as such a place (3.51). sea-orm's `.one()`
/// binds `LIMIT 1`, and the driver binds each execution afresh, so every `.one()` was parsed
/// and planned again at every execution: the consultation read of each submission, under the
/// side-by-side load. Consulta never gathers statistics (`ANALYZE`), so the planner has no
/// use for bound values anyway.
async fn stable_plans(
    conn: &mut sea_orm::sqlx::SqliteConnection,
) -> Result<(), sea_orm::sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    // SAFETY: the handle is valid and locked for the call; the option takes an int and a
    // nullable int pointer for the previous value.
    let code = unsafe {
        libsqlite3_sys::sqlite3_db_config(
            handle.as_raw_handle().as_ptr(),
            libsqlite3_sys::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as std::ffi::c_int,
            std::ptr::null_mut::<std::ffi::c_int>(),
        )
    };
    if code == libsqlite3_sys::SQLITE_OK {
        Ok(())
    } else {
        Err(sea_orm::sqlx::Error::Protocol(format!(
            "SQLite refused its query planner stability guarantee (code {code})"
        )))
    }
}

/// Starts a transaction that will write. On SQLite it takes the write lock at `BEGIN`
/// (`BEGIN IMMEDIATE`), so two writers queue on the busy timeout instead of failing
/// halfway with `SQLITE_BUSY` when a read lock would have to be upgraded.
///
/// # Errors
/// The database error when the transaction cannot start.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    if db.get_database_backend() == DbBackend::Sqlite {
        db.begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await
    } else {
        db.begin().await
    }
}

/// Held by the one instance that runs a periodic job (see [`try_singleton`]).
pub enum Singleton {
    /// A transaction holding a PostgreSQL transaction-level advisory lock.
    Postgres(DatabaseTransaction),
    /// SQLite: one process owns the database file, nothing to hold.
    Local,
}

impl Singleton {
    /// Lets another instance run the job (ends the transaction holding the lock).
    ///
    /// # Errors
    /// The database error when the transaction cannot end.
    pub async fn release(self) -> Result<(), DbErr> {
        match self {
            Self::Postgres(tx) => tx.commit().await,
            Self::Local => Ok(()),
        }
    }
}

/// Takes the lock of the periodic job `key` so that, with several instances on one
/// PostgreSQL database, one runs it at a time (`pg_try_advisory_xact_lock`; `None` when
/// another instance holds it, which then does the work). Held until
/// [`Singleton::release`] or drop.
///
/// # Errors
/// The database error when the lock cannot be asked for.
pub async fn try_singleton(db: &DatabaseConnection, key: i64) -> Result<Option<Singleton>, DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(Some(Singleton::Local));
    }
    let tx = db.begin().await?;
    let row = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_try_advisory_xact_lock($1)",
            [key.into()],
        ))
        .await?;
    let locked: bool = row.map_or(Ok(false), |r| r.try_get_by_index(0))?;
    if locked {
        Ok(Some(Singleton::Postgres(tx)))
    } else {
        tx.rollback().await?;
        Ok(None)
    }
}

/// On SQLite, copies the write-ahead log into the database file and empties the log, so
/// that what was deleted (and overwritten, see `secure_delete`) no longer stands in old
/// frames of the `-wal` file. Returns whether the whole log was copied (`false` when a
/// reader kept part of it; the next checkpoint takes it). Nothing to do on PostgreSQL.
///
/// # Errors
/// The database error when the checkpoint cannot run.
pub async fn truncate_wal(db: &DatabaseConnection) -> Result<bool, DbErr> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Ok(true);
    }
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ))
        .await?;
    // (busy, frames in the log, frames checkpointed): busy is 1 when it could not finish.
    let busy: i64 = row.map_or(Ok(0), |r| r.try_get_by_index(0))?;
    Ok(busy == 0)
}

/// A cheap round trip, for `/readyz`.
///
/// # Errors
/// The database error when it does not answer.
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("SELECT 1").await.map(|_| ())
}

/// A statement over rows passed as one JSON array, the last parameter after `values`
/// (`json_to_recordset` on PostgreSQL; `jsonb_each` on SQLite, whose rows come as binary
/// JSON that `->>` reads without parsing each row's text again for every column, as
/// `json_each`'s do; `[postgres, sqlite]` are the statement's texts, numbered parameters `$n`
/// and `?n`). Its text is the same for any number of rows, so each connection prepares it
/// once: a multi-row `VALUES` list differs with every batch size and was parsed and planned
/// anew each time, inside the write lock.
///
/// # Errors
/// The rows cannot be written as JSON.
pub fn json_rows_statement(
    db: &impl ConnectionTrait,
    [postgres, sqlite]: [&str; 2],
    mut values: Vec<sea_orm::Value>,
    rows: &impl serde::Serialize,
) -> Result<Statement, DbErr> {
    let backend = db.get_database_backend();
    let sql = if backend == DbBackend::Postgres {
        postgres
    } else {
        sqlite
    };
    let json = serde_json::to_string(rows).map_err(|e| DbErr::Custom(e.to_string()))?;
    values.push(json.into());
    Ok(Statement::from_sql_and_values(backend, sql, values))
}
/// A short name of the backend for logs and metrics.
pub fn backend_name(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        DbBackend::Sqlite => "SQLite",
        DbBackend::Postgres => "PostgreSQL",
        _ => "other",
    }
}

/// The file of a SQLite URL (`sqlite://path?mode=rwc`), unless in memory.
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:")).then(|| path.into())
}

/// Creates a folder (and its parents) readable by this user only (0700 on Unix), and takes
/// group and others' access away from an existing one: it holds the database and e-mails
/// with reset links.
///
/// # Errors
/// When the folder cannot be created or its mode changed.
pub fn create_private_dir(path: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)?;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(path)
}

/// Makes sure a file exists and only this user can read or write it (0600 on Unix).
///
/// # Errors
/// When the file cannot be created or its mode changed.
pub fn create_private_file(path: &std::path::Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        options.open(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    options.open(path).map(|_| ())
}

/// Writes a consistent copy of a SQLite database to `path` (`VACUUM INTO`), safe while
/// other connections write: the copy is one transaction's snapshot. The copy is readable
/// by this user only, like the database.
///
/// # Errors
/// When `path` exists already, or the copy cannot be written.
pub async fn backup_sqlite(db: &DatabaseConnection, path: &std::path::Path) -> Result<(), DbErr> {
    if path.exists() {
        return Err(DbErr::Custom(format!(
            "{} exists already: choose a new file",
            path.display()
        )));
    }
    // VACUUM INTO accepts an empty file: made private first, the copy stays so.
    create_private_file(path).map_err(|e| DbErr::Custom(format!("{}: {e}", path.display())))?;
    let target = path.to_string_lossy().replace('\'', "''");
    db.execute_unprepared(&format!("VACUUM INTO '{target}'"))
        .await
        .map(|_| ())
}
