//! Building the HTTP application: `Application::build(settings)` binds (port 0 in tests),
//! `run_until_stopped()` serves until SIGTERM/SIGINT, letting in-flight requests finish.
use std::{net::TcpListener, sync::Arc, time::Duration};

use actix_web::{
    App, HttpServer,
    dev::Server,
    middleware::{Compress, from_fn},
    web,
};
use sea_orm::DatabaseConnection;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::{
    config::Settings,
    consultations::repo::DefinitionCache,
    db,
    live::Hub,
    mail::Mailer,
    participation::{LandingCache, writer::Writer},
    secrets::{InstanceKeys, SealingKey},
    state::AppState,
    web::{self as site, Shell},
};

/// Every route of the app, feature by feature (each adds its pages and documented API).
fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    site::routes(cfg);
    crate::accounts::routes(cfg);
    crate::moderation::routes(cfg);
    crate::participation::routes(cfg);
    crate::consultations::routes(cfg);
    crate::imports::routes(cfg);
    crate::aggregation::routes(cfg);
    crate::exports::routes(cfg);
    crate::publishing::routes(cfg);
    crate::reports::routes(cfg);
    crate::record::routes(cfg);
    crate::live::routes(cfg);
    crate::home::routes(cfg);
    crate::channels::routes(cfg);
}

/// The features' own handles, shared by every worker.
#[derive(Clone)]
struct Handles {
    shell: web::Data<Shell>,
    live: web::Data<Hub>,
    definitions: web::Data<DefinitionCache>,
    landings: web::Data<LandingCache>,
    responses: web::Data<Writer>,
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
    shell: web::Data<Shell>,
}

impl Application {
    /// Connects to the database (migrating it) and binds the listener.
    ///
    /// # Errors
    /// When the database cannot be reached or migrated, or the address cannot be bound.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = db::connect(&settings).await?;
        Self::build_with_db(settings, db)
    }

    /// Binds the listener around an existing connection.
    ///
    /// # Errors
    /// When the address cannot be bound.
    pub fn build_with_db(settings: Settings, db: DatabaseConnection) -> anyhow::Result<Self> {
        let listener = TcpListener::bind((settings.host.as_str(), settings.port)).map_err(|e| {
            anyhow::anyhow!("Cannot listen on {}:{}: {e}", settings.host, settings.port)
        })?;
        let port = listener.local_addr()?.port();
        let mailer = Arc::new(Mailer::from_settings(&settings)?);
        let keys = Arc::new(InstanceKeys::new(db.clone()));
        let sealing = Arc::new(SealingKey::from_settings(&settings).map_err(|e| {
            anyhow::anyhow!(
                "Cannot read or make the key file in {}: {e}",
                settings.data_dir.display()
            )
        })?);
        let (changes, changed) = tokio::sync::broadcast::channel(64);
        let handles = Handles {
            shell: web::Data::new(Shell::new(&settings)),
            live: web::Data::from(Hub::start(
                db.clone(),
                settings.live_streams_per_client,
                changed,
            )),
            definitions: web::Data::new(DefinitionCache::default()),
            landings: web::Data::new(LandingCache::new(Duration::from_millis(
                settings.page_cache_ms,
            ))),
            responses: web::Data::from(Writer::start(db.clone(), settings.db_max_connections)),
        };
        let state = web::Data::new(AppState {
            mailer,
            base_url: settings.base_url(port),
            keys,
            sealing,
            changes,
            settings: Arc::new(settings),
            db,
        });
        tokio::spawn(seal_stored_secrets(state.clone()));
        crate::channels::spawn_forgetting(state.clone(), Duration::from_secs(600));
        let shell = handles.shell.clone();
        // The disclosure classifier trains on first use: train it now, off the request path,
        // so the first young person to write a text does not wait for it (a request needing
        // it would hold a server thread meanwhile). Until then `/readyz` says "starting".
        let warming = shell.warming.clone();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            crate::moderation::classifier::model();
            // Training's features (some 50 MB) are garbage now; without this the allocator
            // keeps their pages: the idle release server took 180 MiB instead of 114 MiB.
            // SAFETY: mi_collect only returns this thread's free pages to the system.
            unsafe { libmimalloc_sys::mi_collect(true) };
            warming.store(false, std::sync::atomic::Ordering::Relaxed);
            tracing::info!(
                ms = started.elapsed().as_millis(),
                "the moderation model is trained: ready"
            );
        });
        let server = serve(listener, state.clone(), handles)?;
        Ok(Self {
            port,
            server,
            state,
            shell,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// The HTTP shell's handles (its limits and metrics).
    pub fn shell(&self) -> web::Data<Shell> {
        self.shell.clone()
    }

    /// A handle to stop the server (gracefully with `stop(true)`).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until the process is asked to stop.
    ///
    /// # Errors
    /// When the server fails.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let handle = self.server.handle();
        let draining = self.shell.draining.clone();
        let drain = Duration::from_secs(self.state.settings.drain_seconds);
        tokio::spawn(async move {
            stop_signal().await;
            draining.store(true, std::sync::atomic::Ordering::Relaxed);
            if !drain.is_zero() {
                tracing::info!(
                    seconds = drain.as_secs(),
                    "asked to stop: /readyz answers 503 while the proxy moves new requests away"
                );
                tokio::time::sleep(drain).await;
            }
            handle.stop(true).await;
        });
        self.server.await
    }
}

/// Waits for SIGTERM or Ctrl-C (SIGINT).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                tokio::signal::ctrl_c().await.ok();
            }
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.ok();
}

/// Seals second-factor secrets that an earlier version stored as they were.
async fn seal_stored_secrets(state: web::Data<AppState>) {
    match crate::accounts::second_factor::seal_stored_secrets(&state.db, &state.sealing).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(sealed = n, "second-factor secrets sealed"),
        Err(e) => tracing::error!(error = %e, "second-factor secrets could not be sealed"),
    }
}

fn serve(
    listener: TcpListener,
    state: web::Data<AppState>,
    handles: Handles,
) -> anyhow::Result<Server> {
    let max_body = state.settings.max_body_kb * 1024;
    let workers = match state.settings.workers {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    let connections = handles.shell.connections.clone();
    let server = HttpServer::new(move || {
        let (payload, json, form) = site::body_limits(max_body);
        let (app, api) = App::new()
            .into_utoipa_app()
            .openapi(site::ApiDoc::openapi())
            .app_data(state.clone())
            .app_data(handles.shell.clone())
            .app_data(handles.live.clone())
            .app_data(handles.definitions.clone())
            .app_data(handles.landings.clone())
            .app_data(handles.responses.clone())
            .app_data(payload)
            .app_data(json)
            .app_data(form)
            .configure(routes)
            .split_for_parts();
        app.app_data(web::Data::new(site::ApiMethods::of(&api)))
            .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", api))
            .default_service(web::to(site::no_route))
            .wrap(from_fn(site::overload::shed))
            .wrap(from_fn(site::same_origin_writes))
            .wrap(from_fn(site::remember_language))
            .wrap(from_fn(site::error_pages))
            .wrap(from_fn(site::security_headers))
            .wrap(Compress::default())
            .wrap(from_fn(site::metrics::record))
    })
    .on_connect(move |connection, data| connections.on_connect(connection, data))
    .workers(workers)
    // SIGTERM and Ctrl-C are handled by `run_until_stopped` (drain first, then stop).
    .disable_signals()
    .shutdown_timeout(30)
    .client_request_timeout(Duration::from_secs(30))
    .listen(listener)?
    .run();
    Ok(server)
}
