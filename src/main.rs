use std::process::ExitCode;

use clap::Parser;
use consulta::{cli::Cli, config::Settings, telemetry};

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
    telemetry::init(&settings.log_level, settings.log_json);
    match consulta::cli::run(cli, settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
