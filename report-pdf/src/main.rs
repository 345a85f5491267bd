//! `consulta-report`: the report on its own (the `consulta` program has it as `consulta report-pdf`).
fn main() -> std::process::ExitCode {
    report_pdf::stdio()
}
