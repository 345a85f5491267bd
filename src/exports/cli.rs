//! `consulta export --slug S --format csv|xlsx --out FILE [--lang L]`: the raw answers
//! written by the same streaming producer as the HTTP download, with a progress bar.
use std::path::Path;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use tokio::{io::AsyncWriteExt, sync::mpsc};

use super::raw::{self, RawExport, RawFormat};
use crate::{accounts::repo::audit, consultations::repo, entities::response};

/// Writes the raw answers of `slug` to `out`; returns the rows written.
///
/// # Errors
/// No such consultation, a database error, or a file that cannot be written.
pub async fn export(
    db: &DatabaseConnection,
    slug: &str,
    format: RawFormat,
    lang: Option<&str>,
    out: &Path,
) -> anyhow::Result<u64> {
    let c = repo::find_by_slug(db, slug)
        .await?
        .with_context(|| format!("No consultation with the slug {slug}"))?;
    let lang = lang.unwrap_or(&c.definition.default_language).to_owned();
    let total = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(c.id()))
        .count(db)
        .await
        .context("Failed to count the responses")?;
    audit(
        db,
        None,
        Some(c.group_id()),
        "export.raw",
        slug,
        &format!("cli {format:?} {lang}"),
    )
    .await?;
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} responses {per_sec} {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let export = RawExport::new(&c, &lang);
    let rtl = crate::i18n::direction(&lang) == "rtl";
    let (tx, mut rx) = mpsc::channel(4);
    let producer = {
        let db = db.clone();
        tokio::spawn(async move {
            match format {
                RawFormat::Csv => raw::produce_csv(db, export, tx).await,
                RawFormat::Xlsx => raw::produce_xlsx(db, export, rtl, tx).await,
            }
        })
    };
    let mut file = tokio::fs::File::create(out)
        .await
        .with_context(|| format!("Failed to create {}", out.display()))?;
    let mut lines = 0u64;
    while let Some(chunk) = rx.recv().await {
        let chunk = chunk.context("The export failed")?;
        if format == RawFormat::Csv {
            lines += chunk.iter().filter(|b| **b == b'\n').count() as u64;
            bar.set_position(lines.saturating_sub(1).min(total));
        }
        file.write_all(&chunk)
            .await
            .context("Failed to write the file")?;
    }
    file.flush().await?;
    let rows = producer.await.context("The export task failed")?;
    bar.set_position(rows);
    bar.finish();
    Ok(rows)
}
