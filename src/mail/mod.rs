//! Mail out: built with lettre, signed with DKIM when configured, and delivered through one of
//! two transports: `file` (the default: `.eml` files in the data folder's outbox, for a
//! newcomer's machine and for tests) or `smtp` (a lettre connection pool, TLS or STARTTLS, with
//! authentication from the URL).
//!
//! Every mail to a supporter carries `List-Unsubscribe` (an https link and a mailto) and
//! `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058); when DKIM is on, both
//! headers are in the signature, as RFC 8058 asks. The Message-ID is derived from the job that
//! sends the mail, so a retried job sends recognisably the same mail (and the file transport
//! overwrites the same file). No tracking pixel, no rewritten link: nothing in a mail reports
//! back when it is opened or clicked.

use std::path::PathBuf;

use anyhow::{Context, bail};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::message::dkim::{DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm, DkimSigningKey};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailConfig, MailTransport};
use crate::i18n::Lang;

/// Where an unsubscribe request goes: an https link (one-click POST, or a page with a button
/// for GET) and a mailto address.
#[derive(Clone, Debug)]
pub struct Unsubscribe {
    pub https: String,
    pub mailto: String,
}

/// A mail ready to go.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub to: String,
    pub lang: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Stable per job: see [`message_id`].
    pub message_id: String,
    pub unsubscribe: Option<Unsubscribe>,
    /// A file that goes with the mail (an event's calendar file).
    pub attachment: Option<Attachment>,
}

/// A file attached to a mail: its name, its media type, its bytes.
#[derive(Clone, Debug)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// A Message-ID made from a stable key (the job's unique key), at the sender's domain.
pub fn message_id(key: &str, from: &str) -> String {
    let domain = from.rsplit('@').next().unwrap_or("localhost").trim_end_matches('>').trim();
    let hash = blake3::hash(key.as_bytes()).to_hex();
    format!("<{}@{}>", &hash[..32], domain)
}

/// `smtp://` without `tls=required` sends everything, the password too, in clear: allowed only
/// to this machine (a local relay, a test listener).
fn refuse_plaintext(url: &str) -> anyhow::Result<()> {
    let Some(rest) = url.strip_prefix("smtp://") else { return Ok(()) };
    // `tls=opportunistic` falls back to clear text when the server (or someone between) does
    // not offer STARTTLS: the password would go in clear. Only `required` counts.
    if url.contains("tls=required") && !url.contains("tls=opportunistic") {
        return Ok(());
    }
    let host = rest.rsplit('@').next().unwrap_or(rest).split(['/', '?']).next().unwrap_or("");
    let host = host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host).trim_matches(['[', ']']);
    if host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()) {
        return Ok(());
    }
    anyhow::bail!("smtp_url: plain smtp:// to another machine would send mail and password in clear; use smtps:// or add ?tls=required")
}

enum Transport {
    File(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    dkim: Option<DkimConfig>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.transport {
            Transport::File(_) => "file",
            Transport::Smtp(_) => "smtp",
        };
        f.debug_struct("Mailer").field("transport", &kind).field("dkim", &self.dkim.is_some()).finish()
    }
}

fn header(name: &'static str, value: String) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
}

impl Mailer {
    pub fn new(cfg: &MailConfig, outbox: PathBuf) -> anyhow::Result<Mailer> {
        let from: Mailbox = cfg.from.parse().with_context(|| format!("mail_from {:?} is not a mailbox", cfg.from))?;
        let transport = match &cfg.transport {
            MailTransport::File => Transport::File(outbox),
            MailTransport::Smtp(url) => Transport::Smtp({
                refuse_plaintext(url)?;
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    // The URL may hold a password: say what is wrong without repeating it.
                    .map_err(|e| anyhow::anyhow!("smtp_url is not a usable SMTP URL: {e}"))?
                    .build()
            }),
        };
        let dkim = match &cfg.dkim {
            None => None,
            Some((domain, selector, key_file)) => {
                let text = std::fs::read_to_string(key_file).with_context(|| format!("reading DKIM key {}", key_file.display()))?;
                let algorithm = if text.contains("BEGIN RSA PRIVATE KEY") { DkimSigningAlgorithm::Rsa } else { DkimSigningAlgorithm::Ed25519 };
                let key = DkimSigningKey::new(text.trim(), algorithm)
                    .map_err(|e| anyhow::anyhow!("DKIM key {} is not a usable key: {e}", key_file.display()))?;
                let headers = ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post"]
                    .into_iter()
                    .map(HeaderName::new_from_ascii_str)
                    .collect();
                let canonicalization =
                    DkimCanonicalization { header: DkimCanonicalizationType::Relaxed, body: DkimCanonicalizationType::Relaxed };
                Some(DkimConfig::new(selector.clone(), domain.clone(), key, headers, canonicalization))
            }
        };
        Ok(Mailer { from, transport, dkim })
    }

    pub fn from_address(&self) -> String {
        self.from.email.to_string()
    }

    /// The full message, signed when DKIM is configured.
    pub fn build(&self, mail: &Outgoing) -> anyhow::Result<Message> {
        let to: Mailbox = mail.to.parse().context("a recipient address that does not parse")?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(mail.message_id.clone()))
            .raw_header(header("Content-Language", mail.lang.code().to_string()))
            .raw_header(header("Auto-Submitted", "auto-generated".into()));
        if let Some(u) = &mail.unsubscribe {
            builder = builder
                .raw_header(header("List-Unsubscribe", format!("<{}>, <{}>", u.https, u.mailto)))
                .raw_header(header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into()));
        }
        let body = MultiPart::alternative()
            .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.text.clone()))
            .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(mail.html.clone()));
        let body = match &mail.attachment {
            None => body,
            Some(a) => {
                let kind = ContentType::parse(&a.content_type).with_context(|| format!("an attachment's media type {:?}", a.content_type))?;
                MultiPart::mixed().multipart(body).singlepart(lettre::message::Attachment::new(a.name.clone()).body(a.body.clone(), kind))
            }
        };
        let mut message = builder.multipart(body).context("building a mail")?;
        if let Some(dkim) = &self.dkim {
            message.sign(dkim);
        }
        Ok(message)
    }

    /// Remove every mail to `address` still in the file outbox (someone erased their data: the
    /// outbox holds their address in clear). Nothing to do over SMTP. Returns how many went.
    pub async fn forget(&self, address: &str) -> anyhow::Result<usize> {
        let Transport::File(dir) = &self.transport else { return Ok(0) };
        let dir = dir.clone();
        let wanted = format!("to: {}", address.to_lowercase());
        tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
            let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(0) };
            let mut n = 0;
            for entry in entries {
                let path = entry.context("reading the outbox")?.path();
                if path.extension().is_none_or(|e| e != "eml") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // The header block only: a body may quote an address.
                let headers = text.split("\r\n\r\n").next().unwrap_or("");
                if headers.lines().any(|l| l.trim().to_lowercase() == wanted) {
                    std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
                    n += 1;
                }
            }
            Ok(n)
        })
        .await
        .context("forgetting mails")?
    }

    /// Remove the mail sent under `key` from the file outbox, if it is still there (a letter
    /// whose writer erased their data names them in its body). Nothing to do over SMTP.
    pub async fn forget_message(&self, key: &str) -> anyhow::Result<bool> {
        let Transport::File(dir) = &self.transport else { return Ok(false) };
        let name = message_id(key, &self.from_address()).trim_matches(['<', '>']).replace(['/', '\\'], "_");
        match tokio::fs::remove_file(dir.join(format!("{name}.eml"))).await {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e).context("removing a mail from the outbox"),
        }
    }

    /// Deliver one mail. Returns where it went (a file path, or the SMTP server's answer).
    pub async fn send(&self, mail: &Outgoing) -> anyhow::Result<String> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::File(dir) => {
                let name = mail.message_id.trim_matches(['<', '>']).replace(['/', '\\'], "_");
                if name.is_empty() || name.starts_with('.') {
                    bail!("unusable Message-ID for a file name");
                }
                let path = dir.join(format!("{name}.eml"));
                let tmp = dir.join(format!(".{name}.eml.tmp"));
                tokio::fs::create_dir_all(dir).await.with_context(|| format!("creating {}", dir.display()))?;
                // A mail holds an address in clear: only the server's own user may read it.
                // A new file, never one found there: a leftover of a crash goes first, and
                // `create_new` will not follow a link someone planted under the name.
                match tokio::fs::remove_file(&tmp).await {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e).context("clearing a leftover outbox file"),
                    _ => {}
                }
                let mut options = tokio::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                options.mode(0o600);
                let mut file = options.open(&tmp).await.context("writing a mail to the outbox")?;
                tokio::io::AsyncWriteExt::write_all(&mut file, &message.formatted()).await.context("writing a mail to the outbox")?;
                file.sync_all().await.context("writing a mail to the outbox")?;
                tokio::fs::rename(&tmp, &path).await.context("moving a mail into the outbox")?;
                // The rename is durable only once the folder is synced.
                tokio::fs::File::open(dir).await.context("opening the outbox")?.sync_all().await.context("syncing the outbox")?;
                Ok(path.display().to_string())
            }
            Transport::Smtp(smtp) => {
                let response = smtp.send(message).await.context("sending a mail over SMTP")?;
                Ok(response.message().collect::<Vec<_>>().join(" "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plaintext_smtp_only_to_this_machine() {
        assert!(refuse_plaintext("smtp://127.0.0.1:2525").is_ok());
        assert!(refuse_plaintext("smtp://u:p@localhost:25").is_ok());
        assert!(refuse_plaintext("smtp://mail.example.org:587?tls=required").is_ok());
        assert!(refuse_plaintext("smtps://u:p@mail.example.org").is_ok());
        assert!(refuse_plaintext("smtp://u:p@mail.example.org:587").is_err());
        assert!(refuse_plaintext("smtp://127.evil.example.org").is_err());
        assert!(refuse_plaintext("smtp://[::1]:25").is_ok());
        assert!(refuse_plaintext("smtp://u:p@mail.example.org:587?tls=opportunistic").is_err(), "a downgrade would send the password in clear");
    }

    #[tokio::test]
    async fn the_outbox_writes_a_new_file_and_never_follows_a_planted_link() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = dir.path().join("outbox");
        std::fs::create_dir(&outbox).unwrap();
        let cfg = MailConfig { transport: MailTransport::File, from: "t <t@example.org>".into(), dkim: None };
        let mailer = Mailer::new(&cfg, outbox.clone()).unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "untouched").unwrap();
        let id = message_id("k:1", "t <t@example.org>");
        let name = id.trim_matches(['<', '>']);
        std::os::unix::fs::symlink(&target, outbox.join(format!(".{name}.eml.tmp"))).unwrap();
        let mail = Outgoing {
            to: "a@example.org".into(),
            lang: Lang::En,
            subject: "s".into(),
            text: "t".into(),
            html: "<p>t</p>".into(),
            message_id: id.clone(),
            unsubscribe: None,
            attachment: None,
        };
        mailer.send(&mail).await.unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
        let written = outbox.join(format!("{name}.eml"));
        assert!(std::fs::read_to_string(&written).unwrap().contains("To: a@example.org"));
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&written).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn message_ids_are_stable_and_at_the_senders_domain() {
        let a = message_id("confirm:42", "Campaign <c@example.org>");
        assert_eq!(a, message_id("confirm:42", "Campaign <c@example.org>"));
        assert_ne!(a, message_id("confirm:43", "Campaign <c@example.org>"));
        assert!(a.starts_with('<') && a.ends_with("@example.org>"), "{a}");
    }
}

/// A plain notice (an endorsement to confirm, a decision, an invitation): a greeting, a few
/// paragraphs, at most one link, in one language; both parts of the mail render it.
pub struct Notice {
    pub lang: Lang,
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// The one thing to do: its label and address.
    pub link: Option<(String, String)>,
}

#[derive(askama::Template)]
#[template(path = "mail/notice.txt")]
struct NoticeText<'a> {
    m: &'a Notice,
}

#[derive(askama::Template)]
#[template(path = "mail/notice.html")]
struct NoticeHtml<'a> {
    m: &'a Notice,
}

impl Notice {
    /// The mail to `to`, with a Message-ID made from `key` (stable per job).
    pub fn outgoing(&self, to: &str, key: &str, from: &str) -> anyhow::Result<Outgoing> {
        use askama::Template;
        Ok(Outgoing {
            to: to.to_string(),
            lang: self.lang,
            subject: self.subject.clone(),
            text: NoticeText { m: self }.render()?,
            html: NoticeHtml { m: self }.render()?,
            message_id: message_id(key, from),
            unsubscribe: None,
            attachment: None,
        })
    }
}
