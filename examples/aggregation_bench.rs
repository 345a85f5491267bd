//! Benchmarks summaries at scale until `consulta bench` calls `aggregation::bench::run`:
//! `cargo run --example aggregation_bench -- <responses> [database-url]` (default: a fresh
//! SQLite file in the temp folder).
use consulta::aggregation::bench;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let url = args.next().unwrap_or_else(|| {
        let path = std::env::temp_dir().join(format!("consulta-bench-{}.db", std::process::id()));
        format!("sqlite://{}?mode=rwc", path.display())
    });
    let db = consulta::db::open(&url, 8).await?;
    migration::Migrator::up(&db, None).await?;
    use migration::MigratorTrait as _;
    let slug = format!("bench-{}", uuid::Uuid::new_v4().simple());
    let figures = bench::run(&db, &slug, n, 5, 2_000).await?;
    println!("{figures}");
    Ok(())
}
