//! The anonymised raw answers, for facilitators only: one row per response with a random
//! response token (neither the database id nor the receipt), the bands, phase and language,
//! and per question its answer (option codes, and their labels in the chosen language).
//!
//! Rows are read in keyset-paginated batches (`id > last ORDER BY id LIMIT`, then the answers
//! of that id range), each batch its own short queries — never `OFFSET`, never one long
//! transaction — read one batch ahead of the writing, and written to a bounded
//! channel that the HTTP body (or the CLI's file) drains: memory stays flat whatever the size,
//! and when the client goes away the channel closes and the producer stops.
use std::collections::HashMap;

use actix_web::web::Bytes;
use futures_util::Stream;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, QueryResult, Statement};
use tokio::sync::mpsc;

use super::writers::{BOM, neutralise};
use crate::consultations::{
    Consultation,
    definition::{Question, QuestionKind, text_in},
};

/// Responses read per query.
pub const BATCH: u64 = 1_000;
/// Chunks waiting in the channel (each at most one batch): what a slow client can hold up.
const CHANNEL: usize = 4;

/// One answer as the batch query gathers it: id, question key, option code, position,
/// number, and text (none when moderation hid it).
type Gathered = (
    i64,
    String,
    Option<String>,
    Option<i32>,
    Option<f64>,
    Option<String>,
);

/// The columns of a raw export, fixed from the definition when the export starts.
#[derive(Clone, Debug)]
pub struct RawExport {
    consultation_id: i32,
    lang: String,
    questions: Vec<Question>,
    /// Index in `questions` by question key.
    columns: HashMap<String, usize>,
}

impl RawExport {
    /// The raw export of `consultation`, option labels in `lang`.
    pub fn new(consultation: &Consultation, lang: &str) -> Self {
        let questions: Vec<Question> = consultation
            .definition
            .questions()
            .map(|(_, q)| q.clone())
            .filter(|q| q.kind.takes_answer())
            .collect();
        let columns = questions
            .iter()
            .enumerate()
            .filter(|(_, q)| !q.key.starts_with('_'))
            .map(|(i, q)| (q.key.clone(), i))
            .collect();
        Self {
            consultation_id: consultation.id(),
            lang: lang.to_owned(),
            questions,
            columns,
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

    /// The responses after `after` (a response id), at most [`BATCH`], with their answers;
    /// `None` when there are no more.
    ///
    /// Two ranged queries: the responses (`id > after … LIMIT`), then the answers of that id
    /// range from the answer index by response, grouped by response into one JSON array each
    /// by the database (`json_group_array` on SQLite, `json_agg` on PostgreSQL). A response's
    /// answers are stored together, so the grouping walks the index in order without sorting,
    /// and a thousand responses cross from the database as two thousand rows instead of some
    /// twelve thousand: on SQLite every row is copied out and handed over from the driver's
    /// thread one by one, and reading took half as long this way.
    ///
    /// # Errors
    /// A database error.
    pub async fn fetch(
        &self,
        db: &DatabaseConnection,
        after: i32,
    ) -> Result<Option<Fetched>, DbErr> {
        let backend = db.get_database_backend();
        let cid = self.consultation_id;
        let responses = db
            .query_all_raw(Statement::from_string(
                backend,
                format!(
                    "SELECT id, language, phase, age_band, country, gender FROM response \
                     WHERE consultation_id = {cid} AND id > {after} ORDER BY id LIMIT {BATCH}"
                ),
            ))
            .await?;
        let Some(last) = responses.last() else {
            return Ok(None);
        };
        let last: i32 = last.try_get_by_index(0)?;
        let text = "CASE WHEN moderation_status = 'hidden' THEN NULL ELSE text_value END";
        let gathered = if backend == DbBackend::Postgres {
            format!(
                "json_agg(json_build_array(id, question_key, option_code, position, number_value, \
                 {text}))::text"
            )
        } else {
            format!(
                "json_group_array(json_array(id, question_key, option_code, position, number_value, \
                 {text}))"
            )
        };
        let answers = db
            .query_all_raw(Statement::from_string(
                backend,
                // `+consultation_id`: SQLite without statistics (Consulta never runs
                // `ANALYZE`) otherwise reads the answers by the index that starts with the
                // consultation — all of its answers for every batch, 150 ms a batch at
                // 100,000 responses instead of 4 ms — and sorts them for the grouping.
                format!(
                    "SELECT response_id, {gathered} FROM answer \
                     WHERE response_id > {after} AND response_id <= {last} \
                       AND +consultation_id = {cid} GROUP BY response_id ORDER BY response_id"
                ),
            ))
            .await?;
        Ok(Some(Fetched {
            last,
            responses,
            answers,
        }))
    }

    /// The rows (already neutralised) of a fetched batch.
    ///
    /// # Errors
    /// A column that does not decode.
    pub fn rows(&self, fetched: &Fetched) -> Result<Vec<Vec<String>>, DbErr> {
        let mut answers = fetched.answers.iter().peekable();
        let mut rows = Vec::with_capacity(fetched.responses.len());
        let mut by_question: Vec<Vec<Gathered>> = vec![Vec::new(); self.questions.len()];
        for r in &fetched.responses {
            let id: i32 = r.try_get_by_index(0)?;
            for bucket in &mut by_question {
                bucket.clear();
            }
            while let Some(a) =
                answers.next_if(|a| a.try_get_by_index::<i32>(0).is_ok_and(|of| of <= id))
            {
                let json: String = a.try_get_by_index(1)?;
                let gathered: Vec<Gathered> =
                    serde_json::from_str(&json).map_err(|e| DbErr::Json(e.to_string()))?;
                for answer in gathered {
                    if let Some(&i) = self.columns.get(answer.1.as_str()) {
                        by_question[i].push(answer);
                    }
                }
            }
            let head = [
                // A random token per row (a CSPRNG, no system call per row).
                format!("{:016x}", rand::random::<u64>()),
                r.try_get_by_index(1)?,
                r.try_get_by_index(2)?,
                r.try_get_by_index::<Option<String>>(3)?.unwrap_or_default(),
                r.try_get_by_index::<Option<String>>(4)?.unwrap_or_default(),
                r.try_get_by_index::<Option<String>>(5)?.unwrap_or_default(),
            ];
            rows.push(self.row(head, &mut by_question));
        }
        Ok(rows)
    }

    /// One row: the response's columns, then per question its answers (`by_question`, in
    /// the order of [`Self::questions`]; sorted here by position, then as stored).
    fn row(&self, head: [String; 6], by_question: &mut [Vec<Gathered>]) -> Vec<String> {
        let mut row: Vec<String> = head.into();
        for (q, mine) in self.questions.iter().zip(by_question.iter_mut()) {
            mine.sort_by_key(|a| (a.3, a.0));
            if q.kind.has_options() {
                let codes: Vec<&str> = mine.iter().filter_map(|a| a.2.as_deref()).collect();
                let labels: Vec<&str> = codes
                    .iter()
                    .map(|c| q.option(c).map_or(*c, |o| text_in(&o.label, &self.lang)))
                    .collect();
                row.push(codes.join(";"));
                row.push(labels.join(";"));
            } else if q.kind == QuestionKind::Number {
                row.push(
                    mine.iter()
                        .find_map(|a| a.4)
                        .map(super::writers::number_text)
                        .unwrap_or_default(),
                );
            } else {
                row.push(mine.iter_mut().find_map(|a| a.5.take()).unwrap_or_default());
            }
        }
        row.into_iter()
            .map(|c| match neutralise(&c) {
                std::borrow::Cow::Borrowed(_) => c,
                std::borrow::Cow::Owned(changed) => changed,
            })
            .collect()
    }
}

/// A batch as read: the responses and their answers (one JSON array per response that has
/// any), in response id order.
pub struct Fetched {
    last: i32,
    responses: Vec<QueryResult>,
    answers: Vec<QueryResult>,
}

/// The batches of an export, read one ahead on their own task: the database works on the
/// next batch while the caller turns this one into rows and bytes. Ends after the last batch
/// or the first error; the reader stops when the receiver is dropped.
fn read_ahead(db: DatabaseConnection, export: RawExport) -> mpsc::Receiver<Result<Fetched, DbErr>> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        let mut after = 0;
        loop {
            let fetched = export.fetch(&db, after).await;
            let next = match &fetched {
                Ok(Some(f)) => Some(f.last),
                _ => None,
            };
            if let Some(sent) = fetched.transpose()
                && tx.send(sent).await.is_err()
            {
                return;
            }
            match next {
                Some(last) => after = last,
                None => return,
            }
        }
    });
    rx
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
    let mut batches = read_ahead(db, export.clone());
    while let Some(batch) = batches.recv().await {
        let chunk = batch
            .and_then(|f| export.rows(&f))
            .map_err(|e| {
                tracing::error!(error = %e, "Raw export failed while reading");
                io_error(e)
            })
            .and_then(|rows| {
                written += rows.len() as u64;
                csv_bytes(&rows, false)
            });
        let failed = chunk.is_err();
        if tx.send(chunk).await.is_err() {
            tracing::info!(rows = written, "Raw export stopped: the client went away");
            return written;
        }
        if failed {
            return written;
        }
    }
    written
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
        let mut r: u32 = 1;
        let mut batches = read_ahead(db.clone(), export.clone());
        while let Some(batch) = batches.recv().await {
            let rows = batch.and_then(|f| export.rows(&f)).map_err(io_error)?;
            if tx.is_closed() {
                return Err(io_error("the client went away"));
            }
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
