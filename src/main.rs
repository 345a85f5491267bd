use std::process::ExitCode;

use clap::Parser;
use consulta::{cli::Cli, config::Settings, telemetry};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[actix_web::main]
async fn main() -> ExitCode {
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
