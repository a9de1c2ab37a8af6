//! Serving connections, with the bounds a public server needs and `axum::serve` does not set:
//! a client must send its request headers within the request timeout (a slow client holding
//! hundreds of half-open connections would otherwise keep them for ever), and at most
//! `max_connections` are served at once (beyond, new ones wait in the kernel's queue instead of
//! exhausting file descriptors). Request bodies have their own deadline where they are read
//! (`session::read_body`). The same holds behind an onion service, where no proxy sits in
//! front to do it.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;

/// How long connections in progress get to finish at shutdown.
const DRAIN: Duration = Duration::from_secs(10);

/// Serve `app` on `listener` until `stop` resolves, then let connections finish (for at most
/// `DRAIN`). The peer address goes into each request's extensions as `ConnectInfo`.
/// `header_timeout` applies on a new connection and on a kept-alive one between requests.
pub async fn serve(listener: TcpListener, app: Router, max_connections: usize, header_timeout: Duration, stop: impl std::future::Future<Output = ()>) {
    let slots = Arc::new(tokio::sync::Semaphore::new(max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        // Wait for a free slot first: while all are taken, connections queue in the kernel.
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of descriptors or similar: wait a moment rather than spin.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            let mut app = app.clone();
            async move { tower_service::Service::call(&mut app, req.map(axum::body::Body::new)).await }
        });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::info!("connections still open after the drain time were cut");
    }
}
