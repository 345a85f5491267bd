//! What a test cannot do without, and whether its absence is a skip or a failure. A test that
//! needs something this machine may lack (PostgreSQL, the report program, root's `mount` or
//! `chattr +i`) asks [`present`] first: when it is there the test runs; when it is not, the
//! test prints why it is skipped and passes — unless the prerequisite's `CONSULTA_REQUIRE_…`
//! variable is set (to anything but `0`), which turns the skip into a failure. CI sets the
//! variables for what it provides (`.ci/run`), so a test there can never pass without testing.
//!
//! One variable per prerequisite rather than one shared `CONSULTA_REQUIRE_ALL`: CI runs the
//! suite twice, on SQLite and on PostgreSQL, and each run lacks the other's database by design.
//! A shared switch would fail the PostgreSQL-only tests in the SQLite run (or the other way
//! round); with one variable each, the SQLite run requires SQLite and the PostgreSQL run
//! requires PostgreSQL, and both require the report program and the root-only fault tools.
//! The backend variables are also checked once per test app ([`check_backend`]), so a run that
//! claims a database but would quietly use the other fails at once.

/// Something a test needs from the machine it runs on.
#[derive(Clone, Copy, Debug)]
pub enum Prerequisite {
    /// The run is on PostgreSQL (`CONSULTA_TEST_DATABASE_URL` set).
    Postgres,
    /// The run is on SQLite (`CONSULTA_TEST_DATABASE_URL` not set).
    Sqlite,
    /// The report program (the `consulta` executable cargo builds with the tests, or
    /// `CONSULTA_REPORT_BIN`): see [`pdf_tools_present`].
    Pdf,
    /// Mounting a small tmpfs (root, or `CAP_SYS_ADMIN`).
    Tmpfs,
    /// `chattr +i` on files in the temporary directory (root, and ext4 or similar).
    Chattr,
}

impl Prerequisite {
    /// The variable that makes this prerequisite's absence a failure.
    pub fn variable(self) -> &'static str {
        match self {
            Self::Postgres => "CONSULTA_REQUIRE_POSTGRES",
            Self::Sqlite => "CONSULTA_REQUIRE_SQLITE",
            Self::Pdf => "CONSULTA_REQUIRE_PDF",
            Self::Tmpfs => "CONSULTA_REQUIRE_TMPFS",
            Self::Chattr => "CONSULTA_REQUIRE_CHATTR",
        }
    }

    /// What is missing, and how to provide it.
    fn missing(self) -> &'static str {
        match self {
            Self::Postgres => "this test needs PostgreSQL (set CONSULTA_TEST_DATABASE_URL)",
            Self::Sqlite => "this test needs SQLite (unset CONSULTA_TEST_DATABASE_URL)",
            Self::Pdf => {
                "this test needs the report program: the consulta executable next to the test \
                 binary (cargo test builds it) or CONSULTA_REPORT_BIN"
            }
            Self::Tmpfs => "this test needs to mount a small tmpfs (root)",
            Self::Chattr => "this test needs `chattr +i` (root, and ext4 or similar)",
        }
    }

    /// Whether CI asked for this prerequisite.
    pub fn required(self) -> bool {
        std::env::var(self.variable()).is_ok_and(|v| !v.is_empty() && v != "0")
    }
}

/// Whether the test may go on: `true` when the prerequisite is `available`. Otherwise it
/// panics when the prerequisite's variable is set, and prints why the test is skipped when not.
#[must_use]
pub fn present(prerequisite: Prerequisite, available: bool) -> bool {
    if available {
        return true;
    }
    let (variable, missing) = (prerequisite.variable(), prerequisite.missing());
    assert!(
        !prerequisite.required(),
        "{variable} is set but {missing}; the test cannot be skipped"
    );
    eprintln!("skipped: {missing} ({variable}=1 makes this a failure)");
    false
}

/// Fails when the run is on the other database than the one its variable asks for.
pub fn check_backend(on_postgres: bool) {
    for (prerequisite, available) in [
        (Prerequisite::Postgres, on_postgres),
        (Prerequisite::Sqlite, !on_postgres),
    ] {
        assert!(
            available || !prerequisite.required(),
            "{} is set but {}",
            prerequisite.variable(),
            prerequisite.missing()
        );
    }
}

/// Whether this run's test databases are PostgreSQL (`CONSULTA_TEST_DATABASE_URL` is set).
pub fn on_postgres() -> bool {
    std::env::var("CONSULTA_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty())
}

/// Whether the PDF report can be made here: the report program is found. Its fonts are built
/// into it and the tests read its PDFs with a Rust crate, so nothing else is needed.
pub fn pdf_tools_present() -> bool {
    consulta::exports::pdf::program().is_some_and(|(program, _)| program.is_file())
}
