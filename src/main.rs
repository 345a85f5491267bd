use std::process::ExitCode;

use clap::Parser;
use consulta::{cli::Cli, config::Settings, telemetry};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[actix_web::main]
async fn main() -> ExitCode {
    // The report program: the server runs this executable again as `consulta report-pdf`
    // (exports::pdf), document on standard input, PDF on standard output, nothing else
    // printed. Not a clap command: it must not load settings or start logging.
    if std::env::args().nth(1).as_deref() == Some(consulta::exports::pdf::COMMAND) {
        return report_pdf::stdio();
    }
    consulta::exports::pdf::renders_in_this_program();
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    // The bench prints figures: request logs would bury them.
    let level = match cli.command {
        Some(consulta::cli::Command::Bench { .. }) => "warn",
        _ => settings.log_level.as_str(),
    };
    telemetry::init(level, settings.log_json);
    match consulta::cli::run(cli, settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
