//! Public pages kept rendered and compressed: a page that is the same for every reader (a
//! consultation's landing page, which every young person opens first, all at once when a
//! class starts) is rendered once, compressed once with Brotli and gzip at their best ratio,
//! and served from memory for [`PageCache`]'s time to live, in the form each client accepts.
//! A hit reads no database, renders nothing and compresses nothing; what the page shows may
//! be that much late (a consultation closed on another instance, a renamed group). `Compress`
//! leaves a response that already names its encoding alone.
use std::{
    collections::HashMap,
    io::Write,
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

use actix_web::{
    HttpRequest, HttpResponse,
    http::{
        StatusCode,
        header::{self, AcceptEncoding, ContentEncoding, Encoding, Header},
    },
    web::Bytes,
};

/// A page body in the three forms clients may ask for.
#[derive(Clone)]
pub struct Compressed {
    identity: Bytes,
    br: Bytes,
    gzip: Bytes,
}

impl Compressed {
    pub fn new(body: String) -> Self {
        let mut br = Vec::with_capacity(body.len() / 4);
        {
            // Quality 11 (the best), window 2^22: a few milliseconds, once per page.
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            let _ = w.write_all(body.as_bytes());
        }
        let mut gz = flate2::write::GzEncoder::new(
            Vec::with_capacity(body.len() / 3),
            flate2::Compression::best(),
        );
        let _ = gz.write_all(body.as_bytes());
        Self {
            br: br.into(),
            gzip: gz.finish().unwrap_or_default().into(),
            identity: body.into(),
        }
    }

    /// The HTML response in the encoding `req` prefers among Brotli, gzip and none.
    pub fn respond(&self, req: &HttpRequest, status: StatusCode) -> HttpResponse {
        const SUPPORTED: [Encoding; 3] =
            [Encoding::brotli(), Encoding::gzip(), Encoding::identity()];
        let chosen = AcceptEncoding::parse(req)
            .ok()
            .and_then(|accepted| accepted.negotiate(SUPPORTED.iter()));
        let (body, encoding) = match chosen {
            Some(e) if e == Encoding::brotli() => (&self.br, Some(ContentEncoding::Brotli)),
            Some(e) if e == Encoding::gzip() && !self.gzip.is_empty() => {
                (&self.gzip, Some(ContentEncoding::Gzip))
            }
            _ => (&self.identity, None),
        };
        let mut res = HttpResponse::build(status);
        res.content_type("text/html; charset=utf-8")
            .insert_header((header::VARY, "Accept-Encoding"));
        if let Some(encoding) = encoding {
            res.insert_header((header::CONTENT_ENCODING, encoding.to_header_value()));
        }
        res.body(body.clone())
    }
}

/// Rendered pages by key (a consultation's slug and a language), each with the moment it
/// stops being served; `V` is what a hit needs besides the page (for the landing page: the
/// consultation's languages, to choose one without reading the database).
pub struct PageCache<V> {
    ttl: Duration,
    entries: Mutex<HashMap<String, Entry<V>>>,
}

struct Entry<V> {
    until: Instant,
    /// `until` is a moment the page changes at (a scheduled closing), not its time to live.
    firm: bool,
    /// Since when one request renders the page again, while the others are still served
    /// the page kept (when it expires, every client of a class would otherwise render and
    /// compress it at once).
    renewing: Option<Instant>,
    about: V,
    pages: HashMap<String, Compressed>,
}

impl<V: Clone> PageCache<V> {
    /// A cache keeping pages `ttl` at most; zero keeps nothing.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The page of `key` in the language `choose` picks from what was kept about it, while it
    /// is fresh. Once it has expired, the first caller gets `None` (and renders the page
    /// again); the others get the expired page meanwhile, for a time to live at most, unless
    /// it expired at its firm moment.
    pub fn get(&self, key: &str, choose: impl FnOnce(&V) -> String) -> Option<Compressed> {
        let now = Instant::now();
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = entries.get_mut(key)?;
        if entry.until <= now {
            let renewed_by_another = entry
                .renewing
                .is_some_and(|since| now.duration_since(since) < self.ttl);
            if entry.firm || !renewed_by_another {
                entry.renewing = Some(now);
                return None;
            }
        }
        entry.pages.get(&choose(&entry.about)).cloned()
    }

    /// Keeps `page` as `key`'s page in `lang`, with `about`, until the time to live has passed
    /// or `until` comes (whichever is first: a scheduled closing, say). A page kept earlier
    /// for `key` in another language stays while it is fresh.
    pub fn put(&self, key: &str, lang: &str, about: V, page: Compressed, until: Option<Instant>) {
        if self.ttl.is_zero() {
            return;
        }
        let now = Instant::now();
        let firm = until.is_some_and(|u| u < now + self.ttl);
        let until = until.map_or(now + self.ttl, |u| u.min(now + self.ttl));
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        // Expired entries go, but not one being renewed (its page is still served).
        entries.retain(|_, e| e.until > now || e.renewing.is_some());
        let entry = entries.entry(key.to_owned()).or_insert_with(|| Entry {
            until,
            firm,
            renewing: None,
            about: about.clone(),
            pages: HashMap::new(),
        });
        if entry.until <= now {
            // Renewed: the pages kept in other languages are as old as the one replaced.
            entry.pages.clear();
            entry.until = until;
            entry.firm = firm;
        } else if until < entry.until {
            entry.until = until;
            entry.firm = firm;
        }
        entry.renewing = None;
        entry.about = about;
        entry.pages.insert(lang.to_owned(), page);
    }

    /// Drops what is kept for `key`.
    pub fn forget(&self, key: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.remove(key);
    }

    /// The rendering of `key`'s page after [`PageCache::get`] found none: kept with
    /// [`Renewal::keep`], or, when the caller returns without a page to keep (the
    /// consultation closed, an error), forgotten, so that nobody is served the expired one.
    pub fn renewal<'a>(&'a self, key: &'a str) -> Renewal<'a, V> {
        Renewal {
            cache: self,
            key,
            kept: false,
        }
    }
}

/// See [`PageCache::renewal`].
pub struct Renewal<'a, V: Clone> {
    cache: &'a PageCache<V>,
    key: &'a str,
    kept: bool,
}

impl<V: Clone> Renewal<'_, V> {
    /// Keeps `page` (see [`PageCache::put`]).
    pub fn keep(mut self, lang: &str, about: V, page: Compressed, until: Option<Instant>) {
        self.cache.put(self.key, lang, about, page, until);
        self.kept = true;
    }
}

impl<V: Clone> Drop for Renewal<'_, V> {
    fn drop(&mut self) {
        if !self.kept {
            self.cache.forget(self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use actix_web::{body::MessageBody, test::TestRequest};

    use super::*;

    fn body(res: HttpResponse) -> Vec<u8> {
        res.into_body().try_into_bytes().unwrap().to_vec()
    }

    #[test]
    fn each_client_gets_the_encoding_it_accepts_and_the_same_page() {
        let html = "<!doctype html><p>".to_owned() + &"Bonjour à tous. ".repeat(200);
        let page = Compressed::new(html.clone());
        let ask = |accept: Option<&str>| {
            let mut req = TestRequest::default();
            if let Some(a) = accept {
                req = req.insert_header((header::ACCEPT_ENCODING, a));
            }
            page.respond(&req.to_http_request(), StatusCode::OK)
        };
        let br = ask(Some("gzip, deflate, br"));
        assert_eq!(br.headers().get(header::CONTENT_ENCODING).unwrap(), "br");
        assert_eq!(br.headers().get(header::VARY).unwrap(), "Accept-Encoding");
        let mut out = String::new();
        brotli::Decompressor::new(&body(br)[..], 4096)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, html);
        let gz = ask(Some("gzip"));
        assert_eq!(gz.headers().get(header::CONTENT_ENCODING).unwrap(), "gzip");
        let mut out = String::new();
        flate2::read::GzDecoder::new(&body(gz)[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, html);
        for plain in [
            ask(None),
            ask(Some("identity")),
            ask(Some("zstd;q=1, *;q=0")),
        ] {
            assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
            assert_eq!(body(plain), html.as_bytes());
        }
    }

    #[test]
    fn a_page_is_served_until_its_time_is_up_or_its_moment_comes() {
        let cache: PageCache<&str> = PageCache::new(Duration::from_millis(200));
        let page = || Compressed::new("<p>x".into());
        cache.put("demo", "en", "en", page(), None);
        assert!(cache.get("demo", |l| (*l).to_owned()).is_some());
        assert!(
            cache.get("demo", |_| "fr".into()).is_none(),
            "not kept in French"
        );
        assert!(cache.get("other", |l| (*l).to_owned()).is_none());
        cache.put("soon", "en", "en", page(), Some(Instant::now()));
        assert!(
            cache.get("soon", |l| (*l).to_owned()).is_none(),
            "its closing came"
        );
        std::thread::sleep(Duration::from_millis(250));
        assert!(
            cache.get("demo", |l| (*l).to_owned()).is_none(),
            "expired: render it"
        );
        assert!(
            cache.get("demo", |l| (*l).to_owned()).is_some(),
            "the others get the expired page while it is rendered"
        );
        assert!(
            cache.get("soon", |l| (*l).to_owned()).is_none(),
            "firm: renders"
        );
        assert!(
            cache.get("soon", |l| (*l).to_owned()).is_none(),
            "firm: never stale"
        );
        cache.put("demo", "en", "en", page(), None);
        assert!(cache.get("demo", |l| (*l).to_owned()).is_some(), "renewed");
        std::thread::sleep(Duration::from_millis(250));
        assert!(
            cache.get("demo", |l| (*l).to_owned()).is_none(),
            "expired again"
        );
        std::thread::sleep(Duration::from_millis(250));
        assert!(
            cache.get("demo", |l| (*l).to_owned()).is_none(),
            "a renewal that never came is given to another caller"
        );
        drop(cache.renewal("demo"));
        assert!(
            cache.get("demo", |l| (*l).to_owned()).is_none()
                && cache.get("demo", |l| (*l).to_owned()).is_none(),
            "a renewal dropped without a page forgets the expired one"
        );
        let off: PageCache<&str> = PageCache::new(Duration::ZERO);
        off.put("demo", "en", "en", page(), None);
        assert!(
            off.get("demo", |l| (*l).to_owned()).is_none(),
            "zero keeps nothing"
        );
    }
}
