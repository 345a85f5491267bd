//! Static assets embedded in the binary and served under content-hashed names with a
//! year-long cache, so a phone downloads each one once.
use std::{collections::HashMap, sync::OnceLock};

use actix_web::{HttpResponse, get, http::header, web};
use sha2::{Digest, Sha256};

use crate::error::AppError;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../frontend/static/css/app.css"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../frontend/static/js/app.js"),
    },
    Asset {
        name: "live.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../frontend/static/js/live.js"),
    },
];

/// hashed file name → asset, and logical name → hashed file name.
struct Index {
    by_hashed: HashMap<String, &'static Asset>,
    hashed_of: HashMap<&'static str, String>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_hashed = HashMap::new();
        let mut hashed_of = HashMap::new();
        for asset in ASSETS {
            let digest = hex::encode(&Sha256::digest(asset.bytes)[..6]);
            let (stem, ext) = asset.name.rsplit_once('.').unwrap_or((asset.name, ""));
            let hashed = format!("{stem}.{digest}.{ext}");
            by_hashed.insert(hashed.clone(), asset);
            hashed_of.insert(asset.name, hashed);
        }
        Index {
            by_hashed,
            hashed_of,
        }
    })
}

/// The URL of an asset by its plain name (`app.css` → `/static/app.3f2a9c01b7e4.css`).
pub fn url(name: &str) -> String {
    match index().hashed_of.get(name) {
        Some(hashed) => format!("/static/{hashed}"),
        None => format!("/static/{name}"),
    }
}

#[get("/static/{file}")]
async fn serve_asset(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let asset = index()
        .by_hashed
        .get(file.as_str())
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(asset.bytes))
}

/// Files a browser looks for at a stable address, so never renamed by content: the service
/// worker (its address and scope must not change between versions; the browser checks it
/// for updates itself, hence `no-cache`), the web app manifest and its icon.
const ROOT_FILES: &[Asset] = &[
    Asset {
        name: "sw.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../frontend/static/js/sw.js"),
    },
    Asset {
        name: "manifest.webmanifest",
        content_type: "application/manifest+json",
        bytes: include_bytes!("../../frontend/static/manifest.webmanifest"),
    },
    Asset {
        name: "icon.svg",
        content_type: "image/svg+xml",
        bytes: include_bytes!("../../frontend/static/icon.svg"),
    },
];

#[get("/{file:(sw\\.js|manifest\\.webmanifest|icon\\.svg)}")]
async fn serve_root_file(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let asset = ROOT_FILES
        .iter()
        .find(|a| a.name == file.as_str())
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        // The worker may control every page of the site (its default scope already is `/`).
        .insert_header(("Service-Worker-Allowed", "/"))
        .body(asset.bytes))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(serve_asset);
    cfg.service(serve_root_file);
}
