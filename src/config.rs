//! Configuration, layered: built-in defaults, then a TOML file (`--config`), then `TADAMUN_*`
//! environment variables, then command-line flags. Each option is documented once, on the
//! field below: that comment is the `--help` text, and the TOML key is the field's name.
//!
//! Unknown TOML keys are an error rather than a warning: a misspelt privacy setting that is
//! silently ignored is worse than a server that refuses to start.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use serde::Deserialize;

#[derive(Parser, Debug)]
#[command(name = "tadamun", version, about = "tadamun: self-hosted software for solidarity campaigns run by a coalition")]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Serving and mail options: global, so bare `tadamun` (as a service file or container
    /// runs it), `serve`, `worker` and `send-test-mail` all read them, from flag, environment
    /// and file alike.
    #[command(flatten)]
    pub serve: ServeArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every subcommand understands.
#[derive(Args, Debug, Default, Clone)]
pub struct CommonArgs {
    /// Configuration file (TOML). Its keys are the long option names with `_` for `-`.
    #[arg(long, env = "TADAMUN_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Folder for the SQLite database, the key file, the mail outbox and uploads [default: ./tadamun-data]
    #[arg(long, env = "TADAMUN_DATA_DIR", global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database: `sqlite:PATH` or `postgres://user@host/db` [default: SQLite file in the data folder]
    #[arg(long, env = "TADAMUN_DATABASE_URL", global = true, value_name = "URL")]
    pub database_url: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (the default when no subcommand is given)
    Serve,
    /// Run queued jobs only, no web server (beside `serve --workers 0` processes)
    Worker,
    /// Apply database migrations and exit
    Migrate,
    /// Staff accounts
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Send a test mail through the configured transport, to check the mail settings
    SendTestMail {
        /// Where to send it
        to: String,
        /// Language of the test mail (`ar`, `en`, `fr`, `es` or `de`)
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create a coordinator account and print its generated password once
    CreateCoordinator {
        /// Sign-in name (3 to 64 letters, digits, `.`, `_` or `-`)
        login: String,
    },
    /// Give an account a new generated password, print it once and end all its sessions
    ResetPassword {
        /// Sign-in name of the account
        login: String,
    },
    /// Turn off an account's two-factor sign-in (a lost phone and no recovery code left) and
    /// end its sessions; it can enrol again after signing in
    ResetTwoFactor {
        /// Sign-in name of the account
        login: String,
    },
    /// Add a new key to the key file and re-encrypt every personal field with it, in batches;
    /// run it again after a crash to finish. Stop every tadamun process using the key file first.
    RotateKeys {
        /// Rows re-encrypted per transaction
        #[arg(long, default_value_t = 500)]
        batch: i64,
    },
}

#[derive(Args, Debug, Default, Clone)]
pub struct ServeArgs {
    /// Address and port to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "TADAMUN_LISTEN", global = true, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Public address of the site, used in links, cookies and the Origin check [default: http://LISTEN]
    #[arg(long, env = "TADAMUN_BASE_URL", global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// Onion service address (http://….onion) announced in an `Onion-Location` header
    #[arg(long, env = "TADAMUN_ONION_LOCATION", global = true, value_name = "URL")]
    pub onion_location: Option<String>,
    /// Seed the demo campaign when the database holds no campaign [default: true]
    #[arg(long, env = "TADAMUN_DEMO", global = true, value_name = "BOOL")]
    pub demo: Option<bool>,
    /// Minutes without a request after which a staff session ends [default: 60]
    #[arg(long, env = "TADAMUN_SESSION_IDLE_MINUTES", global = true, value_name = "N")]
    pub session_idle_minutes: Option<u32>,
    /// Hours after sign-in at which a staff session ends whatever happens [default: 12]
    #[arg(long, env = "TADAMUN_SESSION_MAX_HOURS", global = true, value_name = "N")]
    pub session_max_hours: Option<u32>,
    /// Largest request body accepted, in kibibytes [default: 512]
    #[arg(long, env = "TADAMUN_MAX_BODY_KIB", global = true, value_name = "N")]
    pub max_body_kib: Option<u32>,
    /// Log filter, e.g. `info` or `tadamun=debug` [default: info]
    #[arg(long, env = "TADAMUN_LOG", global = true, value_name = "FILTER")]
    pub log: Option<String>,
    /// Job workers to run in this process; 0 serves the web only [default: 1]
    #[arg(long, env = "TADAMUN_WORKERS", global = true, value_name = "N")]
    pub workers: Option<u32>,
    /// Seconds a public form must be open before it is sent: quicker posts are bots [default: 2]
    #[arg(long, env = "TADAMUN_FORM_MIN_SECONDS", global = true, value_name = "N")]
    pub form_min_seconds: Option<u32>,
    /// Milliseconds a public page (campaign, petition, day of action) is served from memory
    /// before it is made again; 0 turns the cache off (for measuring) [default: 2000]
    #[arg(long, env = "TADAMUN_PAGE_CACHE_MS", global = true, value_name = "N")]
    pub page_cache_ms: Option<u64>,
    /// Signatures a minute from one client address (counted in memory only); 0 turns it off [default: 10]
    #[arg(long, env = "TADAMUN_SIGN_PER_MINUTE", global = true, value_name = "N")]
    pub sign_per_minute: Option<u32>,
    /// Staff sign-in attempts a minute from one client address (counted in memory only; each
    /// attempt costs a password hash); 0 turns it off [default: 10]
    #[arg(long, env = "TADAMUN_SIGN_IN_PER_MINUTE", global = true, value_name = "N")]
    pub sign_in_per_minute: Option<u32>,
    /// Seconds a client has to send a request's headers, and then its body; slower clients
    /// are cut off [default: 10]
    #[arg(long, env = "TADAMUN_REQUEST_TIMEOUT_SECONDS", global = true, value_name = "N")]
    pub request_timeout_seconds: Option<u32>,
    /// Connections served at once; more wait in the kernel's queue [default: 1000]
    #[arg(long, env = "TADAMUN_MAX_CONNECTIONS", global = true, value_name = "N")]
    pub max_connections: Option<u32>,
    /// Header holding the client's address, set by your reverse proxy (e.g. X-Real-IP); read for
    /// the rate limit only, never logged or stored. Without it the peer address counts, so
    /// behind a proxy (or a Tor onion service) everybody shares one allowance
    #[arg(long, env = "TADAMUN_CLIENT_ADDRESS_HEADER", global = true, value_name = "NAME")]
    pub client_address_header: Option<String>,
    /// Days after which unconfirmed signatures are deleted [default: 7]
    #[arg(long, env = "TADAMUN_PENDING_DAYS", global = true, value_name = "N")]
    pub pending_days: Option<u32>,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// How mail leaves.
#[derive(Args, Debug, Default, Clone)]
pub struct MailArgs {
    /// `file` (write .eml files to the data folder's outbox) or `smtp` [default: file]
    #[arg(long, env = "TADAMUN_MAIL_TRANSPORT", global = true, value_name = "KIND")]
    pub mail_transport: Option<String>,
    /// SMTP server: `smtps://user:pass@host:465` (TLS), `smtp://…:587?tls=required` (STARTTLS)
    #[arg(long, env = "TADAMUN_SMTP_URL", global = true, value_name = "URL")]
    pub smtp_url: Option<String>,
    /// Sender of every mail, e.g. `Defend Idlib <campaign@example.org>` [default: tadamun <noreply@HOST>]
    #[arg(long, env = "TADAMUN_MAIL_FROM", global = true, value_name = "MAILBOX")]
    pub mail_from: Option<String>,
    /// DKIM: the signing domain (with --dkim-selector and --dkim-key-file)
    #[arg(long, env = "TADAMUN_DKIM_DOMAIN", global = true, value_name = "DOMAIN")]
    pub dkim_domain: Option<String>,
    /// DKIM: the selector published in DNS
    #[arg(long, env = "TADAMUN_DKIM_SELECTOR", global = true, value_name = "NAME")]
    pub dkim_selector: Option<String>,
    /// DKIM: private key file, RSA (PKCS#1 PEM) or Ed25519 (base64 of the 32-byte key)
    #[arg(long, env = "TADAMUN_DKIM_KEY_FILE", global = true, value_name = "FILE")]
    pub dkim_key_file: Option<PathBuf>,
}

/// The TOML file: the same names as the options above.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    listen: Option<SocketAddr>,
    base_url: Option<String>,
    onion_location: Option<String>,
    demo: Option<bool>,
    session_idle_minutes: Option<u32>,
    session_max_hours: Option<u32>,
    max_body_kib: Option<u32>,
    log: Option<String>,
    workers: Option<u32>,
    form_min_seconds: Option<u32>,
    page_cache_ms: Option<u64>,
    sign_per_minute: Option<u32>,
    sign_in_per_minute: Option<u32>,
    max_connections: Option<u32>,
    request_timeout_seconds: Option<u32>,
    client_address_header: Option<String>,
    pending_days: Option<u32>,
    mail_transport: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    dkim_domain: Option<String>,
    dkim_selector: Option<String>,
    dkim_key_file: Option<PathBuf>,
}

/// The resolved configuration that the rest of the program reads.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub listen: SocketAddr,
    /// Without a trailing slash.
    pub base_url: String,
    pub onion_location: Option<String>,
    pub demo: bool,
    pub session_idle_secs: i64,
    pub session_max_secs: i64,
    pub max_body_bytes: usize,
    pub log: String,
    pub workers: u32,
    pub form_min_seconds: u32,
    pub page_cache: std::time::Duration,
    /// 0: no per-address limit.
    pub sign_per_minute: u32,
    /// 0: no per-address limit on staff sign-in.
    pub sign_in_per_minute: u32,
    pub max_connections: usize,
    pub request_timeout: std::time::Duration,
    /// Lower-case header name.
    pub client_address_header: Option<String>,
    pub pending_days: u32,
    pub mail: MailConfig,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailTransport {
    File,
    /// The SMTP URL (it may hold a password: never log it).
    Smtp(String),
}

#[derive(Debug, Clone)]
pub struct MailConfig {
    pub transport: MailTransport,
    pub from: String,
    /// (domain, selector, key file)
    pub dkim: Option<(String, String, PathBuf)>,
}

impl Config {
    /// Merge the layers. `serve` is `None` for callers that have no serving options (tests).
    pub fn resolve(common: &CommonArgs, serve: Option<&ServeArgs>) -> anyhow::Result<Config> {
        let file = match &common.config {
            Some(path) => read_file_config(path)?,
            None => FileConfig::default(),
        };
        let empty = ServeArgs::default();
        let serve = serve.unwrap_or(&empty);
        let data_dir = common.data_dir.clone().or(file.data_dir).unwrap_or_else(|| PathBuf::from("tadamun-data"));
        let database_url = common
            .database_url
            .clone()
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite:{}", data_dir.join("tadamun.sqlite3").display()));
        let listen = serve.listen.or(file.listen).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let base_url = serve.base_url.clone().or(file.base_url).unwrap_or_else(|| format!("http://{listen}"));
        let base_url = base_url.trim_end_matches('/').to_string();
        let Some(rest) = base_url.strip_prefix("http://").or_else(|| base_url.strip_prefix("https://")) else {
            bail!("base_url must start with http:// or https://, got {base_url:?}");
        };
        if rest.is_empty() || rest.contains('/') {
            // Links are root-relative; serving under a sub-path would need a prefix everywhere.
            bail!("base_url must be a bare origin such as https://example.org, got {base_url:?}");
        }
        let onion_location = serve.onion_location.clone().or(file.onion_location);
        if let Some(onion) = &onion_location {
            if !onion.starts_with("http://") && !onion.starts_with("https://") || !onion.trim_end_matches('/').ends_with(".onion") {
                bail!("onion_location must be an http(s) address ending in .onion, got {onion:?}");
            }
        }
        let idle = serve.session_idle_minutes.or(file.session_idle_minutes).unwrap_or(60);
        let max = serve.session_max_hours.or(file.session_max_hours).unwrap_or(12);
        if idle == 0 || max == 0 {
            bail!("session timeouts must be at least 1");
        }
        let body = serve.max_body_kib.or(file.max_body_kib).unwrap_or(512);
        if body < 16 {
            bail!("max_body_kib must be at least 16");
        }
        let mail_host = base_url.split("://").nth(1).unwrap_or("localhost").split(':').next().unwrap_or("localhost").to_string();
        Ok(Config {
            data_dir,
            database_url,
            listen,
            base_url,
            onion_location: onion_location.map(|o| o.trim_end_matches('/').to_string()),
            demo: serve.demo.or(file.demo).unwrap_or(true),
            session_idle_secs: i64::from(idle) * 60,
            session_max_secs: i64::from(max) * 3600,
            max_body_bytes: body as usize * 1024,
            log: serve.log.clone().or(file.log).unwrap_or_else(|| "info".into()),
            workers: serve.workers.or(file.workers).unwrap_or(1).min(64),
            form_min_seconds: serve.form_min_seconds.or(file.form_min_seconds).unwrap_or(2).min(600),
            page_cache: std::time::Duration::from_millis(serve.page_cache_ms.or(file.page_cache_ms).unwrap_or(2_000).min(60_000)),
            sign_per_minute: serve.sign_per_minute.or(file.sign_per_minute).unwrap_or(10),
            sign_in_per_minute: serve.sign_in_per_minute.or(file.sign_in_per_minute).unwrap_or(10),
            max_connections: serve.max_connections.or(file.max_connections).unwrap_or(1000).max(1) as usize,
            request_timeout: std::time::Duration::from_secs(u64::from(serve.request_timeout_seconds.or(file.request_timeout_seconds).unwrap_or(10).clamp(1, 300))),
            client_address_header: match serve.client_address_header.clone().or(file.client_address_header) {
                Some(h) if axum::http::HeaderName::from_bytes(h.as_bytes()).is_err() => bail!("client_address_header is not a header name: {h:?}"),
                Some(h) => Some(h.to_ascii_lowercase()),
                None => None,
            },
            pending_days: match serve.pending_days.or(file.pending_days).unwrap_or(7) {
                0 => bail!("pending_days must be at least 1"),
                d => d.min(365),
            },
            mail: MailConfig {
                transport: match serve.mail.mail_transport.clone().or(file.mail_transport).as_deref().unwrap_or("file") {
                    "file" => MailTransport::File,
                    "smtp" => MailTransport::Smtp(
                        serve.mail.smtp_url.clone().or(file.smtp_url).context("mail_transport = smtp needs smtp_url")?,
                    ),
                    other => bail!("mail_transport must be `file` or `smtp`, got {other:?}"),
                },
                from: serve.mail.mail_from.clone().or(file.mail_from).unwrap_or_else(|| format!("tadamun <noreply@{mail_host}>")),
                dkim: match (
                    serve.mail.dkim_domain.clone().or(file.dkim_domain),
                    serve.mail.dkim_selector.clone().or(file.dkim_selector),
                    serve.mail.dkim_key_file.clone().or(file.dkim_key_file),
                ) {
                    (Some(d), Some(s), Some(k)) => Some((d, s, k)),
                    (None, None, None) => None,
                    _ => bail!("DKIM needs all three of dkim_domain, dkim_selector and dkim_key_file"),
                },
            },
        })
    }

    /// Whether the site is served over HTTPS, which decides the cookie prefix and `Secure`.
    pub fn https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// `scheme://host[:port]`, compared with the `Origin` header (the base URL has no path).
    pub fn origin(&self) -> &str {
        &self.base_url
    }

    pub fn key_file(&self) -> PathBuf {
        self.data_dir.join("master.key")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    pub fn uploads_dir(&self) -> PathBuf {
        self.data_dir.join("uploads")
    }
}

fn read_file_config(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("in configuration file {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_file_below_flags() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        std::fs::write(&file, "listen = \"127.0.0.1:9999\"\nsession_idle_minutes = 5\n").unwrap();
        let common = CommonArgs { config: Some(file), ..Default::default() };
        let serve = ServeArgs { session_idle_minutes: Some(7), ..Default::default() };
        let cfg = Config::resolve(&common, Some(&serve)).unwrap();
        assert_eq!(cfg.listen.port(), 9999);
        assert_eq!(cfg.session_idle_secs, 7 * 60);
        assert_eq!(cfg.base_url, "http://127.0.0.1:9999");
        assert_eq!(cfg.origin(), "http://127.0.0.1:9999");
    }

    #[test]
    fn unknown_key_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        std::fs::write(&file, "listne = \"127.0.0.1:9999\"\n").unwrap();
        let common = CommonArgs { config: Some(file), ..Default::default() };
        let err = Config::resolve(&common, None).unwrap_err();
        assert!(format!("{err:#}").contains("listne"), "{err:#}");
    }

    #[test]
    fn base_url_is_a_bare_origin() {
        let common = CommonArgs::default();
        let serve = ServeArgs { base_url: Some("https://example.org/".into()), ..Default::default() };
        let cfg = Config::resolve(&common, Some(&serve)).unwrap();
        assert_eq!(cfg.origin(), "https://example.org");
        assert!(cfg.https());
        let serve = ServeArgs { base_url: Some("https://example.org/campaign".into()), ..Default::default() };
        assert!(Config::resolve(&common, Some(&serve)).is_err());
        let serve = ServeArgs { base_url: Some("ftp://example.org".into()), ..Default::default() };
        assert!(Config::resolve(&common, Some(&serve)).is_err());
    }
}
