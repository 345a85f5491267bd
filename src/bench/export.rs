//! The export benchmark hook: streams a consultation's raw answers over HTTP (as a client
//! would) and reports throughput and the server process's peak memory growth.
use std::time::Instant;

use futures_util::StreamExt;

/// What one export measured.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ExportFigures {
    pub rows: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub rows_per_second: f64,
    /// Peak resident memory of this process during the export, minus before it, in MB
    /// (Linux; 0 elsewhere). Meaningful when the server runs in this process.
    pub peak_growth_mb: f64,
}

/// Resident memory of this process in kB (`VmRSS`), 0 when unknown.
pub fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

/// Downloads `{base_url}/api/v1/consultations/{slug}/exports/{file}` (`responses.csv` or
/// `responses.xlsx`) with a facilitator's API token, reading the body as it comes, and
/// samples memory meanwhile. `rows` counts the lines of a CSV (0 for other files).
///
/// # Errors
/// A transport error or a non-200 status.
pub async fn bench_export(
    base_url: &str,
    slug: &str,
    file: &str,
    token: &str,
) -> anyhow::Result<ExportFigures> {
    let before = rss_kb();
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(before));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        tokio::spawn(async move {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                peak.fetch_max(rss_kb(), std::sync::atomic::Ordering::Relaxed);
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        })
    };
    let started = Instant::now();
    let res = http_get(base_url, slug, file, token).await?;
    let mut body = res;
    let (mut bytes, mut lines) = (0u64, 0u64);
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        bytes += chunk.len() as u64;
        lines += chunk.iter().filter(|b| **b == b'\n').count() as u64;
    }
    let seconds = started.elapsed().as_secs_f64();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = sampler.await;
    let rows = lines.saturating_sub(1);
    #[allow(clippy::cast_precision_loss)]
    Ok(ExportFigures {
        rows,
        bytes,
        seconds,
        rows_per_second: rows as f64 / seconds.max(1e-9),
        peak_growth_mb: peak
            .load(std::sync::atomic::Ordering::Relaxed)
            .saturating_sub(before) as f64
            / 1024.0,
    })
}

/// A minimal HTTP/1.1 GET over a plain TCP connection (the server's own client-free path),
/// returning the body as a stream of chunks.
async fn http_get(
    base_url: &str,
    slug: &str,
    file: &str,
    token: &str,
) -> anyhow::Result<futures_util::stream::BoxStream<'static, std::io::Result<Vec<u8>>>> {
    use anyhow::Context;
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let host = base_url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut stream = tokio::net::TcpStream::connect(&host)
        .await
        .with_context(|| format!("Failed to connect to {host}"))?;
    let request = format!(
        "GET /api/v1/consultations/{slug}/exports/{file} HTTP/1.1\r\nHost: {host}\r\n\
         Authorization: Bearer {token}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await?;
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status).await?;
    anyhow::ensure!(
        status.contains(" 200 "),
        "The export answered {}",
        status.trim()
    );
    let mut chunked = false;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await?;
        if line.trim().is_empty() {
            break;
        }
        if line.to_ascii_lowercase().starts_with("transfer-encoding:") && line.contains("chunked") {
            chunked = true;
        }
    }
    let s = futures_util::stream::unfold(
        (reader, chunked, false),
        |(mut r, chunked, done)| async move {
            if done {
                return None;
            }
            if chunked {
                let mut size = String::new();
                if let Err(e) = r.read_line(&mut size).await {
                    return Some((Err(e), (r, chunked, true)));
                }
                let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                if n == 0 {
                    return None;
                }
                let mut buf = vec![0u8; n + 2];
                match r.read_exact(&mut buf).await {
                    Ok(_) => {
                        buf.truncate(n);
                        Some((Ok(buf), (r, chunked, false)))
                    }
                    Err(e) => Some((Err(e), (r, chunked, true))),
                }
            } else {
                let mut buf = vec![0u8; 64 * 1024];
                match r.read(&mut buf).await {
                    Ok(0) => None,
                    Ok(n) => {
                        buf.truncate(n);
                        Some((Ok(buf), (r, chunked, false)))
                    }
                    Err(e) => Some((Err(e), (r, chunked, true))),
                }
            }
        },
    );
    Ok(s.boxed())
}
