//! Mail through both transports: files in the outbox, and SMTP to a real listener on loopback;
//! DKIM signing that covers both List-Unsubscribe headers; a Message-ID that stays the same for
//! the same job; the `send-test-mail` command; bad mail settings refused.


use crate::common::smtp::SmtpSink;
use std::path::PathBuf;
use tadamun::config::{MailConfig, MailTransport};
use tadamun::i18n::Lang;
use tadamun::mail::{Mailer, Outgoing, Unsubscribe, message_id};

fn mail(key: &str) -> Outgoing {
    Outgoing {
        to: "Amal <amal@example.org>".into(),
        lang: Lang::Ar,
        subject: "أكّدوا توقيعكم".into(),
        text: "اضغطوا الرابط لتأكيد توقيعكم.".into(),
        html: "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><p>اضغطوا الرابط</p></body></html>".into(),
        message_id: message_id(key, "campaign@example.org"),
        unsubscribe: Some(Unsubscribe { https: "https://example.org/u/abc".into(), mailto: "mailto:unsubscribe@example.org?subject=abc".into() }),
        attachment: None,
    }
}

fn config(transport: MailTransport, dkim: Option<(String, String, PathBuf)>) -> MailConfig {
    MailConfig { transport, from: "Defend Idlib <campaign@example.org>".into(), dkim }
}

/// Standard base64 with padding (the form lettre reads an Ed25519 DKIM key in).
fn base64(bytes: &[u8]) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            out.push(if i <= chunk.len() { B64[((n >> shift) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

fn ed25519_key_file(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("dkim.key");
    std::fs::write(&path, base64(&tadamun::crypto::random_bytes::<32>())).unwrap();
    path
}

#[tokio::test]
async fn the_file_outbox_keeps_one_file_per_message_id() {
    let dir = tempfile::tempdir().unwrap();
    let mailer = Mailer::new(&config(MailTransport::File, None), dir.path().join("outbox")).unwrap();
    let first = mailer.send(&mail("confirm:1")).await.unwrap();
    let again = mailer.send(&mail("confirm:1")).await.unwrap();
    assert_eq!(first, again, "a retried job writes the same file");
    mailer.send(&mail("confirm:2")).await.unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path().join("outbox")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&first).unwrap().permissions().mode() & 0o777, 0o600, "an address in clear: owner only");
    }
    // Headers may be folded over lines; unfold them before reading.
    let text = std::fs::read_to_string(&first).unwrap().replace("\r\n ", " ");
    assert!(text.contains("Date: "));
    assert!(text.contains("List-Unsubscribe: <https://example.org/u/abc>, <mailto:unsubscribe@example.org?subject=abc>"), "{text}");
    assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    assert!(text.contains("Content-Language: ar"));
    assert!(text.contains("multipart/alternative"));
    assert!(text.contains("Subject: =?utf-8?"), "Arabic subject is encoded: {text}");
    assert!(text.contains(&format!("Message-ID: {}", message_id("confirm:1", "campaign@example.org"))));
}

#[tokio::test]
async fn smtp_delivers_a_dkim_signed_mail_covering_the_unsubscribe_headers() {
    let sink = SmtpSink::start().await;
    let dir = tempfile::tempdir().unwrap();
    let key = ed25519_key_file(dir.path());
    let cfg = config(MailTransport::Smtp(sink.url()), Some(("example.org".into(), "t1".into(), key)));
    let mailer = Mailer::new(&cfg, dir.path().join("outbox")).unwrap();
    mailer.send(&mail("confirm:9")).await.unwrap();
    let got = sink.wait_for(1).await;
    let m = &got[0];
    assert_eq!(m.from, "<campaign@example.org>");
    assert_eq!(m.to, vec!["<amal@example.org>".to_string()]);
    assert_eq!(m.header("Message-ID").unwrap(), message_id("confirm:9", "campaign@example.org"));
    let dkim = m.header("DKIM-Signature").expect("signed");
    assert!(dkim.contains("d=example.org") && dkim.contains("s=t1") && dkim.contains("a=ed25519-sha256"), "{dkim}");
    let signed = dkim.split("h=").nth(1).unwrap().split(';').next().unwrap().to_ascii_lowercase();
    assert!(signed.contains("list-unsubscribe") && signed.contains("list-unsubscribe-post"), "{dkim}");
    assert_eq!(m.header("List-Unsubscribe-Post").unwrap(), "List-Unsubscribe=One-Click");
    // Every link in the mail is one we put there: nothing was added or rewritten.
    let links: Vec<&str> = m.data.match_indices("http").map(|(i, _)| m.data[i..].split(|c: char| c.is_whitespace() || matches!(c, '>' | '"' | '<')).next().unwrap()).collect();
    assert!(!links.is_empty() && links.iter().all(|l| *l == "https://example.org/u/abc"), "{links:?}");
}

fn bin() -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_tadamun"));
    for (k, _) in std::env::vars() {
        if k.starts_with("TADAMUN_") {
            cmd.env_remove(k);
        }
    }
    cmd
}

#[tokio::test(flavor = "multi_thread")]
async fn send_test_mail_uses_the_configured_transport() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().args(["send-test-mail", "coordinator@example.org", "--lang", "ar", "--data-dir"]).arg(dir.path()).output().await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout.trim().strip_prefix("Test mail sent: ").expect("says where it went");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("To: coordinator@example.org") && text.contains("Content-Language: ar"));

    let sink = SmtpSink::start().await;
    let out = bin()
        .args(["send-test-mail", "coordinator@example.org", "--mail-transport", "smtp", "--smtp-url", &sink.url(), "--data-dir"])
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = sink.wait_for(1).await;
    assert!(got[0].data.contains("This is a test email from tadamun"));
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_mail_settings_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    for (args, expect) in [
        (vec!["--mail-transport", "pigeon"], "mail_transport must be"),
        (vec!["--mail-transport", "smtp"], "needs smtp_url"),
        (vec!["--mail-transport", "smtp", "--smtp-url", "gopher://x"], "not a usable SMTP URL"),
        (vec!["--dkim-domain", "example.org"], "DKIM needs all three"),
        (vec!["--mail-from", "not a mailbox"], "is not a mailbox"),
    ] {
        let out = bin().args(["send-test-mail", "a@example.org", "--data-dir"]).arg(dir.path()).args(&args).output().await.unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains(expect), "{args:?}: {stderr}");
    }
    let key = dir.path().join("bad.key");
    std::fs::write(&key, "not a key").unwrap();
    let cfg = config(MailTransport::File, Some(("example.org".into(), "s".into(), key)));
    let err = Mailer::new(&cfg, dir.path().to_path_buf()).unwrap_err();
    assert!(format!("{err:#}").contains("not a usable key"), "{err:#}");
    // A password in the SMTP URL is never repeated in an error.
    let out = bin()
        .args(["send-test-mail", "a@example.org", "--mail-transport", "smtp", "--smtp-url", "smtp://user:s3cret-pw@127.0.0.1:1", "--data-dir"])
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("s3cret-pw"));
}
