//! The anonymised raw answers, for facilitators only: one row per response with a random
//! response token (neither the database id nor the receipt), the bands, phase and language,
//! and per question its answer (option codes, and their labels in the chosen language).
//!
//! Rows are read in keyset-paginated batches (`id > last ORDER BY id LIMIT`), each batch its
//! own short query — never `OFFSET`, never one long transaction — and written to a bounded
//! channel that the HTTP body (or the CLI's file) drains: memory stays flat whatever the size,
//! and when the client goes away the channel closes and the producer stops.
use std::collections::BTreeMap;

use actix_web::web::Bytes;
use futures_util::Stream;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use tokio::sync::mpsc;

use super::writers::{BOM, neutralise};
use crate::{
    consultations::{
        Consultation,
        definition::{Question, QuestionKind, text_in},
    },
    entities::{answer, response},
};

/// Responses read per query.
pub const BATCH: u64 = 1_000;
/// Chunks waiting in the channel (each at most one batch): what a slow client can hold up.
const CHANNEL: usize = 4;
/// Moderation statuses whose text never leaves the moderation queue.
const HIDDEN: &str = "hidden";

/// The columns of a raw export, fixed from the definition when the export starts.
#[derive(Clone, Debug)]
pub struct RawExport {
    consultation_id: i32,
    lang: String,
    questions: Vec<Question>,
}

impl RawExport {
    /// The raw export of `consultation`, option labels in `lang`.
    pub fn new(consultation: &Consultation, lang: &str) -> Self {
        Self {
            consultation_id: consultation.id(),
            lang: lang.to_owned(),
            questions: consultation
                .definition
                .questions()
                .map(|(_, q)| q.clone())
                .filter(|q| q.kind.takes_answer())
                .collect(),
        }
    }

    /// The header row.
    pub fn header(&self) -> Vec<String> {
        let mut h: Vec<String> = [
            "response", "language", "phase", "age_band", "country", "gender",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        for q in &self.questions {
            h.push(q.key.clone());
            if q.kind.has_options() {
                h.push(format!("{}_label", q.key));
            }
        }
        h.into_iter().map(|c| neutralise(&c).into_owned()).collect()
    }

    /// The responses after `after` (a response id), at most [`BATCH`], as rows (already
    /// neutralised), with the last id read; `None` when there are no more.
    ///
    /// # Errors
    /// A database error.
    pub async fn next_batch(
        &self,
        db: &DatabaseConnection,
        after: i32,
    ) -> Result<Option<(i32, Vec<Vec<String>>)>, DbErr> {
        let responses = response::Entity::find()
            .filter(response::Column::ConsultationId.eq(self.consultation_id))
            .filter(response::Column::Id.gt(after))
            .order_by_asc(response::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let Some(last) = responses.last() else {
            return Ok(None);
        };
        // By the listed ids (the response index), not by consultation and id range: without
        // statistics SQLite would walk the consultation's every answer for each batch.
        let answers = answer::Entity::find()
            .filter(answer::Column::ResponseId.is_in(responses.iter().map(|r| r.id)))
            .order_by_asc(answer::Column::ResponseId)
            .order_by_asc(answer::Column::Position)
            .order_by_asc(answer::Column::Id)
            .all(db)
            .await?;
        let mut by_response: BTreeMap<i32, Vec<answer::Model>> = BTreeMap::new();
        for a in answers {
            by_response.entry(a.response_id).or_default().push(a);
        }
        let rows = responses
            .iter()
            .map(|r| self.row(r, by_response.get(&r.id).map_or(&[][..], Vec::as_slice)))
            .collect();
        Ok(Some((last.id, rows)))
    }

    fn row(&self, r: &response::Model, answers: &[answer::Model]) -> Vec<String> {
        let token = uuid::Uuid::new_v4().simple().to_string()[..16].to_owned();
        let mut row = vec![
            token,
            r.language.clone(),
            r.phase.clone(),
            r.age_band.clone().unwrap_or_default(),
            r.country.clone().unwrap_or_default(),
            r.gender.clone().unwrap_or_default(),
        ];
        for q in &self.questions {
            let mine: Vec<&answer::Model> = answers
                .iter()
                .filter(|a| a.question_key == q.key && !a.question_key.starts_with('_'))
                .collect();
            if q.kind.has_options() {
                let codes: Vec<&str> = mine
                    .iter()
                    .filter_map(|a| a.option_code.as_deref())
                    .collect();
                let labels: Vec<&str> = codes
                    .iter()
                    .map(|c| q.option(c).map_or(*c, |o| text_in(&o.label, &self.lang)))
                    .collect();
                row.push(codes.join(";"));
                row.push(labels.join(";"));
            } else if q.kind == QuestionKind::Number {
                row.push(
                    mine.iter()
                        .find_map(|a| a.number_value)
                        .map(super::writers::number_text)
                        .unwrap_or_default(),
                );
            } else {
                row.push(
                    mine.iter()
                        .filter(|a| a.moderation_status.as_deref() != Some(HIDDEN))
                        .find_map(|a| a.text_value.clone())
                        .unwrap_or_default(),
                );
            }
        }
        row.into_iter()
            .map(|c| neutralise(&c).into_owned())
            .collect()
    }
}

/// What a producer sends: a chunk of the file, or the error that ends it.
pub type Chunk = Result<Bytes, std::io::Error>;

fn io_error(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

fn csv_bytes(rows: &[Vec<String>], bom: bool) -> Result<Bytes, std::io::Error> {
    let mut w = csv::WriterBuilder::new().from_writer(if bom { BOM.to_vec() } else { Vec::new() });
    for row in rows {
        w.write_record(row).map_err(io_error)?;
    }
    w.into_inner().map(Bytes::from).map_err(io_error)
}

/// Produces the CSV into `tx`, batch after batch; stops early when the receiver is gone.
/// Returns the rows written.
pub async fn produce_csv(
    db: DatabaseConnection,
    export: RawExport,
    tx: mpsc::Sender<Chunk>,
) -> u64 {
    let mut written = 0;
    if tx.send(csv_bytes(&[export.header()], true)).await.is_err() {
        return written;
    }
    let mut after = 0;
    loop {
        match export.next_batch(&db, after).await {
            Ok(Some((last, rows))) => {
                after = last;
                written += rows.len() as u64;
                if tx.send(csv_bytes(&rows, false)).await.is_err() {
                    tracing::info!(rows = written, "Raw export stopped: the client went away");
                    return written;
                }
            }
            Ok(None) => return written,
            Err(e) => {
                tracing::error!(error = %e, "Raw export failed while reading");
                let _ = tx.send(Err(io_error(e))).await;
                return written;
            }
        }
    }
}

/// Produces the XLSX into `tx`: rows go to a constant-memory worksheet (flushed to a
/// temporary file row by row), then the finished file is sent in chunks.
pub async fn produce_xlsx(
    db: DatabaseConnection,
    export: RawExport,
    rtl: bool,
    tx: mpsc::Sender<Chunk>,
) -> u64 {
    match build_xlsx(&db, &export, rtl, &tx).await {
        Ok((file, rows)) => {
            send_file(file, &tx).await;
            rows
        }
        Err(e) => {
            tracing::error!(error = %e, "Raw XLSX export failed");
            let _ = tx.send(Err(e)).await;
            0
        }
    }
}

async fn build_xlsx(
    db: &DatabaseConnection,
    export: &RawExport,
    rtl: bool,
    tx: &mpsc::Sender<Chunk>,
) -> Result<(std::fs::File, u64), std::io::Error> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let mut written = 0u64;
    {
        let ws = wb.add_worksheet_with_constant_memory().map_err(io_error)?;
        ws.set_name("responses").map_err(io_error)?;
        ws.set_right_to_left(rtl);
        ws.write_row(0, 0, export.header()).map_err(io_error)?;
        let mut after = 0;
        let mut r: u32 = 1;
        while let Some((last, rows)) = export.next_batch(db, after).await.map_err(io_error)? {
            if tx.is_closed() {
                return Err(io_error("the client went away"));
            }
            after = last;
            for row in rows {
                ws.write_row(r, 0, row).map_err(io_error)?;
                r += 1;
                written += 1;
            }
        }
    }
    let file = tokio::task::spawn_blocking(move || -> Result<std::fs::File, std::io::Error> {
        let mut file = tempfile::tempfile()?;
        wb.save_to_writer(&mut file).map_err(io_error)?;
        Ok(file)
    })
    .await
    .map_err(io_error)??;
    Ok((file, written))
}

async fn send_file(file: std::fs::File, tx: &mpsc::Sender<Chunk>) {
    use tokio::io::{AsyncReadExt, AsyncSeekExt};
    let mut file = tokio::fs::File::from_std(file);
    if let Err(e) = file.seek(std::io::SeekFrom::Start(0)).await {
        let _ = tx.send(Err(e)).await;
        return;
    }
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match file.read(&mut buf).await {
            Ok(0) => return,
            Ok(n) => {
                if tx
                    .send(Ok(Bytes::copy_from_slice(&buf[..n])))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            Err(e) => {
                let _ = tx.send(Err(e)).await;
                return;
            }
        }
    }
}

/// Which raw file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawFormat {
    Csv,
    Xlsx,
}

/// Starts a producer and returns the stream of chunks for an HTTP body.
pub fn stream(
    db: DatabaseConnection,
    export: RawExport,
    format: RawFormat,
    rtl: bool,
) -> impl Stream<Item = Chunk> {
    let (tx, rx) = mpsc::channel(CHANNEL);
    tokio::spawn(async move {
        match format {
            RawFormat::Csv => produce_csv(db, export, tx).await,
            RawFormat::Xlsx => produce_xlsx(db, export, rtl, tx).await,
        }
    });
    futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) })
}
