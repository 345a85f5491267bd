//! The command line: `serve` (the default) and the operator's commands.
use clap::{Parser, Subcommand};
use migration::{MigrationStatus, Migrator, MigratorTrait};

use crate::{
    config::{Settings, redact_url},
    db,
    startup::Application,
};

#[derive(Debug, Parser)]
#[command(
    name = "consulta",
    version,
    about = "Consulta: youth online consultations, safe, accessible and in six languages.",
    long_about = "Consulta: youth online consultations, safe, accessible and in six languages.\n\n\
                  Settings come from built-in defaults, then ./consulta.toml, then CONSULTA_* \
                  environment variables (see the README). Without a command, `serve` runs."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (the default): migrates the database, then listens on CONSULTA_HOST:CONSULTA_PORT.
    Serve,
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Seed a demo: a group, a facilitator (prints how to sign in), an open consultation in
    /// six languages with every question kind (slug `demo`), and a line `api-token: …`
    /// with a facilitator API token. Running it again reuses what exists.
    Demo {
        /// Also store this many synthetic responses (realistic, valid; fast bulk inserts).
        #[arg(long, default_value_t = 0)]
        responses: u64,
        /// Give the existing demo facilitator a new password (printed).
        #[arg(long)]
        reset_password: bool,
    },
    /// Apply, revert or list database migrations.
    Migrate {
        #[command(subcommand)]
        action: Option<MigrateAction>,
    },
    /// Delete the raw answers of closed consultations whose retention period is over (the
    /// server also does it daily). Aggregate counts and chosen quotes stay.
    Purge {
        /// Only show what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the record of processing for the data-protection officer: what is stored where,
    /// how long, who can see it, each consultation's retention, and the moderation pattern files.
    PrivacyReport,
    /// Measure page weight, submissions, a live meeting and memory against a server started for the purpose
    /// (loopback only, a fresh temporary database); prints a table, or JSON with --json.
    Bench {
        /// Every step at small sizes, in under a minute (CI runs it).
        #[arg(long)]
        quick: bool,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// Use this PostgreSQL server (a fresh database is created there and dropped after).
        #[arg(long, value_name = "URL")]
        postgres: Option<String>,
        /// Runs of each measurement; the median is reported with min and max.
        #[arg(long)]
        runs: Option<usize>,
        /// Seconds of each submission run.
        #[arg(long)]
        seconds: Option<u64>,
        /// Only these steps, comma-separated: weight, submissions, summary, export, live,
        /// memory, opinion, texts; with `--target`, `proxy-meeting` or `proxy-rolling`.
        #[arg(long, value_delimiter = ',', value_name = "STEP")]
        only: Vec<String>,
        /// Drive instances already running behind this proxy (`http://127.0.0.1:PORT`)
        /// instead of a server of the bench's own (see `tests/scale/run`).
        #[arg(long, value_name = "URL")]
        target: Option<String>,
        /// With `--target`: the database the instances share.
        #[arg(long, value_name = "URL")]
        database_url: Option<String>,
        /// With `--target`: the instances' process ids (memory; `proxy-meeting` kills the first).
        #[arg(long, value_delimiter = ',', value_name = "PID")]
        pids: Vec<u32>,
        /// With `--target`: phones in the meeting.
        #[arg(long, default_value_t = 500)]
        phones: usize,
        /// With `--target`: projector streams open during the meeting.
        #[arg(long, default_value_t = 20)]
        projectors: usize,
        /// With `--target`: API clients submitting during the rolling restart.
        #[arg(long, default_value_t = 20)]
        clients: usize,
        /// With `--target`: `proxy-rolling` submits until this file exists.
        #[arg(long, value_name = "PATH")]
        stop_file: Option<std::path::PathBuf>,
        /// Stored responses for the summary and export steps (default 1000000, 2000 with --quick).
        #[arg(long, value_name = "N")]
        responses: Option<u64>,
    },
    /// Write a consistent copy of the SQLite database to PATH while Consulta runs
    /// (for PostgreSQL, prints how to back up with pg_dump).
    Backup {
        /// Where to write the copy (must not exist yet).
        path: std::path::PathBuf,
    },
    /// Export a consultation's anonymised raw answers (one row per response) to a file,
    /// streamed in batches, with a progress bar.
    Export {
        /// The consultation's slug.
        #[arg(long)]
        slug: String,
        /// `csv` or `xlsx`.
        #[arg(long, default_value = "csv", value_parser = ["csv", "xlsx"])]
        format: String,
        /// The file to write.
        #[arg(long)]
        out: std::path::PathBuf,
        /// Language of option labels (default: the consultation's default language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Import an XLSForm (.xlsx, .csv, .md) or a LimeSurvey survey export (.lss) as a new
    /// draft of a group; prints the new slug and the import report (JSON with --json).
    Import {
        /// The form file (at most 10 MB).
        file: std::path::PathBuf,
        /// The group's slug.
        #[arg(long)]
        group: String,
        /// Print `{"slug": …, "report": …}` as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Opinion maps: `opinion import --polis DIR --group G` makes a closed consultation with
    /// one `statements` question from a Pol.is export folder and prints its slug last.
    Opinion {
        #[command(subcommand)]
        action: OpinionAction,
    },
    /// Moderation tools.
    Moderation {
        #[command(subcommand)]
        action: ModerationAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum OpinionAction {
    /// Import a Pol.is export folder (comments.csv, votes.csv) as a closed consultation.
    Import {
        /// The folder holding comments.csv and votes.csv.
        #[arg(long)]
        polis: std::path::PathBuf,
        /// The group's slug.
        #[arg(long)]
        group: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ModerationAction {
    /// Measure the automatic flags on the labelled corpus (frontend/moderation/eval, built into
    /// the binary) or on one labelled TSV file: recall per category and precision of the
    /// disclosure flag, recall and precision of the personal-details and profanity flags, on
    /// the tuning and the held-out split, and the tuning split's misses and false alarms.
    Evaluate {
        /// Only this language (ar, en, es, fr, ru, zh).
        #[arg(long)]
        lang: Option<String>,
        /// Also print the held-out split's misses (never while tuning the rules).
        #[arg(long)]
        held_out: bool,
        /// Exit non-zero when disclosure recall < 95 % or precision < 85 % on the tuning split in any language.
        #[arg(long)]
        floor: bool,
        /// Cross-validate the classifier inside the tuning split at several thresholds (for
        /// tuning), and list the tuning sentences it gets wrong unseen (not with `--summary`).
        #[arg(long)]
        cross_validate: bool,
        /// Only print the summary table (no misses).
        #[arg(long)]
        summary: bool,
        /// What FILE measures (disclosure, personal, profanity); by default read from its name.
        #[arg(long)]
        kind: Option<String>,
        /// A labelled TSV file (`label<TAB>text`) to evaluate instead of the built-in corpus.
        file: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Create an administrator. Asks for the password on the terminal, or reads one line from
    /// standard input when it is not a terminal (`echo "$PW" | consulta admin create --email …`).
    Create {
        /// The administrator's e-mail address (used to sign in).
        #[arg(long)]
        email: String,
        /// The name shown in the interface.
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum MigrateAction {
    /// Apply every pending migration (the default).
    Up,
    /// Revert the last migrations.
    Down {
        /// How many migrations to revert.
        #[arg(long, default_value_t = 1, conflicts_with = "all")]
        steps: u32,
        /// Revert every migration (empties the database).
        #[arg(long)]
        all: bool,
    },
    /// List migrations and whether each is applied.
    Status,
}

/// Runs one command.
///
/// # Errors
/// The command's failure, with context, for `main` to print.
pub async fn run(cli: Cli, settings: Settings) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate { action } => migrate(settings, action.unwrap_or(MigrateAction::Up)).await,
        Command::Admin {
            action: AdminAction::Create { email, name },
        } => create_admin(settings, &email, &name).await,
        Command::Purge { dry_run } => purge(settings, dry_run).await,
        Command::PrivacyReport => privacy_report(settings).await,
        Command::Demo {
            responses,
            reset_password,
        } => demo(settings, responses, reset_password).await,
        Command::Bench {
            quick,
            json,
            postgres,
            runs,
            seconds,
            only,
            target,
            database_url,
            pids,
            phones,
            projectors,
            clients,
            stop_file,
            responses,
        } => {
            if let Some(base_url) = target {
                let t = crate::bench::proxy::Target {
                    base_url,
                    database_url: database_url
                        .or_else(|| {
                            let url = settings.database_url.expose().to_owned();
                            (!url.is_empty()).then_some(url)
                        })
                        .ok_or_else(|| anyhow::anyhow!("--target needs --database-url"))?,
                    pids,
                    phones,
                    projectors,
                    clients,
                    stop_file,
                };
                return proxy_bench(&t, &only, json).await;
            }
            let opts = crate::bench::Options {
                quick,
                postgres,
                runs: runs.unwrap_or(if quick { 1 } else { 3 }).max(1),
                seconds: seconds.unwrap_or(if quick { 2 } else { 20 }).max(1),
                only,
                responses,
            };
            let report = crate::bench::run(&opts).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", crate::bench::table(&report));
            }
            anyhow::ensure!(
                report.verified,
                "Stored responses differ from acknowledged ones"
            );
            Ok(())
        }
        Command::Backup { path } => backup(settings, &path).await,
        Command::Import { file, group, json } => import(settings, &file, &group, json).await,
        Command::Opinion {
            action: OpinionAction::Import { polis, group },
        } => opinion_import(settings, &polis, &group).await,
        Command::Moderation {
            action:
                ModerationAction::Evaluate {
                    lang,
                    held_out,
                    floor,
                    summary,
                    kind,
                    file,
                    cross_validate,
                },
        } => {
            if cross_validate {
                print!(
                    "{}",
                    crate::moderation::evaluate::cross_validate(
                        &[0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
                        !summary
                    )
                );
                return Ok(());
            }
            evaluate(lang, held_out, floor, summary, kind, file)
        }
        Command::Export {
            slug,
            format,
            out,
            lang,
        } => {
            let db = db::connect(&settings).await?;
            let format = if format == "xlsx" {
                crate::exports::raw::RawFormat::Xlsx
            } else {
                crate::exports::raw::RawFormat::Csv
            };
            let rows =
                crate::exports::cli::export(&db, &slug, format, lang.as_deref(), &out).await?;
            println!("{rows} responses written to {}", out.display());
            Ok(())
        }
    }
}

async fn purge(settings: Settings, dry_run: bool) -> anyhow::Result<()> {
    use crate::moderation::retention;

    let db = db::connect(&settings).await?;
    let report = retention::purge(&db, chrono::Utc::now(), dry_run).await?;
    if report.consultations.is_empty() {
        println!(
            "Nothing to delete: no closed consultation has raw answers past its retention period."
        );
        return Ok(());
    }
    let verb = if dry_run { "would delete" } else { "deleted" };
    for p in &report.consultations {
        println!(
            "{}: closed {}, due {}: {verb} {} responses and {} answers; {} chosen quotes kept",
            p.slug,
            p.closed_at.format("%Y-%m-%d"),
            p.due_at.format("%Y-%m-%d"),
            p.responses,
            p.answers,
            p.quotes_kept
        );
        if p.safeguarding_open > 0 {
            println!(
                "  kept: {} possible disclosures (text and flags only) until the safeguarding lead records an outcome",
                p.safeguarding_open
            );
        }
    }
    if !dry_run {
        let mailer = crate::mail::Mailer::from_settings(&settings)?;
        let told = crate::moderation::safeguarding::tell_about_held(
            &db,
            &mailer,
            &settings.base_url(settings.port),
            &report,
        )
        .await?;
        if told > 0 {
            println!("{told} e-mails sent about possible disclosures still waiting");
        }
    }
    println!(
        "{} consultations, {} responses, {} answers {verb}{}",
        report.consultations.len(),
        report.responses(),
        report.answers(),
        if dry_run {
            " (dry run: nothing was deleted)"
        } else {
            ""
        }
    );
    Ok(())
}

async fn privacy_report(settings: Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    print!(
        "{}",
        crate::moderation::privacy::report(&db, chrono::Utc::now()).await?
    );
    Ok(())
}

async fn demo(settings: Settings, responses: u64, reset_password: bool) -> anyhow::Result<()> {
    use crate::{bench::demo, consultations::join_code};

    let base = settings.base_url(settings.port);
    let db = db::connect(&settings).await?;
    let started = std::time::Instant::now();
    let report = demo::seed(&db, responses, reset_password).await?;
    let c = &report.consultation;
    println!(
        "Demo group: {base}/groups/{} (Council Working Group on Child Online Protection, demo)",
        report.group_slug
    );
    println!("Sign in at {base}/login as {}", report.email);
    println!(
        "Public record: {base}/g/{} (a meeting of last year with two documents and a published consultation{})",
        report.group_slug,
        if report.record_created {
            ", created now"
        } else {
            ""
        }
    );
    println!(
        "Yearly report: {base}/reports/{}/{} (published, with last year's consultation)",
        report.group_slug,
        chrono::Datelike::year(&chrono::Utc::now()) - 1
    );
    match &report.password {
        Some(password) => println!("Password: {password}"),
        None => println!(
            "Password: unchanged (printed when the account was created; \
             `consulta demo --reset-password` sets a new one)"
        ),
    }
    println!(
        "Consultation \"{}\" ({}, {}): {base}/c/{} (join code {}), editor {base}/manage/c/{}",
        c.slug(),
        c.status.as_str(),
        if report.created {
            "created now"
        } else {
            "already there"
        },
        c.slug(),
        join_code::display(&c.row.join_code),
        c.slug()
    );
    if report.responses_added > 0 {
        println!(
            "Responses: {} added in {:.1} s, {} in total",
            report.responses_added,
            started.elapsed().as_secs_f64(),
            report.responses_total
        );
    } else {
        println!("Responses: {} stored", report.responses_total);
    }
    println!("api-token: {}", report.api_token);
    Ok(())
}

async fn import(
    settings: Settings,
    file: &std::path::Path,
    group: &str,
    json: bool,
) -> anyhow::Result<()> {
    use crate::imports::{self, ImportError};

    let meta = std::fs::metadata(file)
        .map_err(|e| anyhow::anyhow!("Cannot read {}: {e}", file.display()))?;
    anyhow::ensure!(
        usize::try_from(meta.len()).unwrap_or(usize::MAX) <= imports::MAX_FILE_BYTES,
        "The file is larger than {} MB.",
        imports::MAX_FILE_BYTES / 1024 / 1024
    );
    let bytes =
        std::fs::read(file).map_err(|e| anyhow::anyhow!("Cannot read {}: {e}", file.display()))?;
    let db = db::connect(&settings).await?;
    let actor = imports::cli::operator(&db, group).await?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let l = crate::i18n::Locale::new("en");
    match imports::import(&db, &actor.1, actor.0, &bytes, &name, "").await {
        Ok((c, report)) => {
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({
                        "slug": c.slug(),
                        "report": report,
                    }))?
                );
            } else {
                print!("{}", imports::cli::report_text(c.slug(), &report, &l));
            }
            Ok(())
        }
        Err(ImportError::Refused(r)) => anyhow::bail!("Not imported: {}", r.message(&l)),
        Err(ImportError::Edit(e)) => anyhow::bail!("Not imported: {e:?}"),
    }
}

/// `consulta opinion import --polis DIR --group G`: the report of skipped rows, then the slug.
async fn opinion_import(
    settings: Settings,
    dir: &std::path::Path,
    group: &str,
) -> anyhow::Result<()> {
    use crate::exports::polis;

    let conv = polis::read_dir(dir).map_err(|e| anyhow::anyhow!("Not imported: {e}"))?;
    let title = dir
        .file_name()
        .map(|n| format!("Pol.is conversation {}", n.to_string_lossy()))
        .unwrap_or_else(|| "Pol.is conversation".to_owned());
    let db = db::connect(&settings).await?;
    let slug = polis::import(&db, group, &title, &conv)
        .await
        .map_err(|e| anyhow::anyhow!("Not imported: {e}"))?;
    println!(
        "{} statements, {} participants imported; {} rows or columns left out",
        conv.comments.len(),
        conv.votes.len(),
        conv.skipped.len()
    );
    for line in &conv.skipped {
        println!("  {line}");
    }
    println!("{slug}");
    Ok(())
}

/// `consulta bench --target URL --only proxy-meeting|proxy-rolling`.
async fn proxy_bench(
    t: &crate::bench::proxy::Target,
    only: &[String],
    json: bool,
) -> anyhow::Result<()> {
    use crate::bench::proxy;
    let step = only.first().map(String::as_str).unwrap_or_default();
    let problems = match step {
        "proxy-meeting" => {
            let r = proxy::meeting(t).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                print!("{}", proxy::meeting_table(&r));
            }
            r.problems
        }
        "proxy-rolling" => {
            let r = proxy::rolling(t).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                print!("{}", proxy::rolling_table(&r));
            }
            r.problems
        }
        _ => anyhow::bail!("With --target, --only is proxy-meeting or proxy-rolling"),
    };
    anyhow::ensure!(problems.is_empty(), "{}", problems.join("; "));
    Ok(())
}

async fn backup(settings: Settings, path: &std::path::Path) -> anyhow::Result<()> {
    let url = settings.effective_database_url();
    if !url.starts_with("sqlite:") {
        println!(
            "This instance uses PostgreSQL: back it up with pg_dump, which takes a consistent \
             snapshot while Consulta runs:\n\n  pg_dump --format=custom --file={} \"$CONSULTA_DATABASE_URL\"\n\n\
             Restore into an empty database with:\n\n  pg_restore --no-owner --dbname=\"$NEW_DATABASE_URL\" {}\n",
            path.display(),
            path.display()
        );
        return Ok(());
    }
    let db = db::open(&url, 2).await?;
    crate::db::backup_sqlite(&db, path).await?;
    println!("Backed up to {}", path.display());
    Ok(())
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let url = redact_url(&settings.effective_database_url());
    let app = Application::build(settings).await?;
    let state = app.state();
    crate::moderation::retention::spawn_background(state.clone());
    tracing::info!(
        "Consulta listens on http://{}:{}",
        state.settings.host,
        app.port()
    );
    tracing::info!("Database: {} ({url})", db::backend_name(&state.db));
    tracing::info!("{}", state.mailer.describe());
    crate::accounts::announce_setup_link(&state).await?;
    tracing::info!(
        "Next: open {} in a browser; `consulta --help` lists the commands",
        state.base_url
    );
    app.run_until_stopped().await?;
    tracing::info!("Consulta stopped");
    Ok(())
}

async fn migrate(settings: Settings, action: MigrateAction) -> anyhow::Result<()> {
    let url = settings.effective_database_url();
    if settings.database_url.is_empty() {
        std::fs::create_dir_all(&settings.data_dir)?;
    }
    let conn = db::open(&url, 2).await?;
    match action {
        MigrateAction::Up => Migrator::up(&conn, None).await?,
        MigrateAction::Down { all: true, .. } => Migrator::down(&conn, None).await?,
        MigrateAction::Down { steps, .. } => Migrator::down(&conn, Some(steps)).await?,
        MigrateAction::Status => {
            for m in Migrator::get_migration_with_status(&conn).await? {
                let state = if m.status() == MigrationStatus::Applied {
                    "applied"
                } else {
                    "pending"
                };
                println!("{state:8} {}", m.name());
            }
            return Ok(());
        }
    }
    let applied = Migrator::get_applied_migrations(&conn).await?.len();
    println!("{applied} migrations applied on {}", redact_url(&url));
    Ok(())
}

async fn create_admin(settings: Settings, email: &str, name: &str) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal};

    use crate::accounts::{password, repo};

    if !email.contains('@') || email.trim().len() < 3 {
        anyhow::bail!("--email must be an e-mail address");
    }
    let secret = if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        anyhow::ensure!(first == again, "The two passwords differ");
        first
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    if let Some(problem) = password::weakness(&secret) {
        anyhow::bail!("{}", crate::i18n::Locale::default().t(problem));
    }
    let db = db::connect(&settings).await?;
    if repo::find_account_by_email(&db, email).await?.is_some() {
        anyhow::bail!("An account with this e-mail address already exists");
    }
    let hash = password::hash(secret).await?;
    let account = repo::create_account(
        &db,
        repo::NewAccount {
            email,
            display_name: name,
            password_hash: &hash,
            is_admin: true,
            locale: "en",
        },
    )
    .await?;
    repo::audit(
        &db,
        None,
        None,
        "admin_created",
        &format!("account:{}", account.id),
        "cli",
    )
    .await?;
    println!(
        "Administrator {} created (account {}). Sign in at /login.",
        repo::normalise_email(email),
        account.id
    );
    Ok(())
}

/// `consulta moderation evaluate`: prints the figures; with `floor`, fails below the targets.
fn evaluate(
    lang: Option<String>,
    held_out: bool,
    floor: bool,
    summary: bool,
    kind: Option<String>,
    file: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    use crate::moderation::evaluate as ev;
    let contents;
    let reports = match &file {
        Some(path) => {
            contents = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            let name = path.to_string_lossy();
            let kind = kind
                .as_deref()
                .or(Some(name.as_ref()))
                .and_then(ev::Kind::parse)
                .ok_or_else(|| {
                    anyhow::anyhow!("give --kind disclosure|personal|profanity for {name}")
                })?;
            // The language: --lang, else the folder the file is in (eval/<lang>/…).
            let lang = lang
                .or_else(|| {
                    path.parent()
                        .and_then(|p| p.file_name())
                        .map(|n| n.to_string_lossy().to_string())
                        .filter(|n| ev::LANGS.contains(&n.as_str()))
                })
                .ok_or_else(|| anyhow::anyhow!("give --lang for {name}"))?;
            vec![
                ev::evaluate_file(&lang, kind, &contents)
                    .map_err(|e| anyhow::anyhow!("{name}: {e}"))?,
            ]
        }
        None => ev::evaluate_corpus(lang.as_deref()).map_err(|e| anyhow::anyhow!(e))?,
    };
    if !summary {
        print!("{}", ev::render(&reports, held_out));
        println!();
    }
    print!("{}", ev::summary(&reports));
    if floor {
        let failures = ev::floor_failures(&reports);
        for f in &failures {
            println!("below the floor: {f}");
        }
        anyhow::ensure!(
            failures.is_empty(),
            "{} figure(s) below the floor",
            failures.len()
        );
    }
    Ok(())
}
