//! Two-factor sign-in codes (RFC 6238 time-based one-time passwords) and recovery codes: the
//! rules only. The store keeps the secret (encrypted) and the last step a code was used for;
//! nothing here reads or writes the database.
//!
//! Why a second factor: the staff of a campaign a state targets are the people it phishes. A
//! password typed into a look-alike page, seen over a shoulder or taken from a seized laptop
//! opens the account on its own; a code from an app on the staff member's phone changes every
//! 30 seconds and its secret never leaves the phone after enrolment.
//!
//! The choices, and why:
//! - SHA-1, 6 digits, 30-second steps: the only parameters every authenticator app honours
//!   (some apps read `algorithm=SHA256` and silently compute SHA-1 anyway). HMAC-SHA-1 is not
//!   weakened by SHA-1 collisions (RFC 4226, appendix B.2).
//! - A 160-bit secret (the length RFC 4226 §4 recommends) from the operating system's generator.
//! - One step either side of now is accepted (RFC 6238 §5.2), for a phone's clock a little off
//!   and for slow typing. A guess is thus right three times in a million: the caller must
//!   throttle attempts, as it does for passwords.
//! - A code is good once: `verify` answers the step it matched, the caller stores it, and a code
//!   for that step or an earlier one is refused. A code seen over a shoulder, or replayed by a
//!   phishing page after its owner signed in with it, opens nothing. (A phishing proxy that
//!   relays the code *before* its owner uses it is not stopped by any one-time code; only the
//!   address the staff member types, or a hardware key, stops that.)
//! - Codes are typed on phones: spaces are ignored (apps show `287 082`), and so are the
//!   direction marks an Arabic keyboard or a paste leaves behind (U+200E, U+200F, U+061C).
//!   Arabic-Indic digits (`٢٨٧٠٨٢`, U+0660–U+0669) and the Persian/Urdu forms (`۲۸۷۰۸۲`,
//!   U+06F0–U+06F9) are **accepted**, read as the ASCII digits they are: a phone set to Arabic
//!   types them from its number pad, and refusing them would lock out exactly the people this
//!   software is for. It is the same six digits, so no more guesses succeed. Any other
//!   character (letters, dashes, signs, other scripts' digits such as full-width ones) refuses
//!   the code, and so does input longer than 64 bytes, before it is read.
//! - The expected codes are compared with `crypto::constant_time_eq`, all three every time, so
//!   the time taken says nothing about how close a guess came.
//! - The QR code is drawn on the server as inline SVG, so enrolment works with JavaScript off
//!   and under our Content-Security-Policy (`img-src 'self'` refuses `data:` images and
//!   `style-src 'self'` refuses `style` attributes, so the SVG uses presentation attributes
//!   only). Dark modules on white with a four-module quiet zone, as scanners expect, whatever
//!   the page's theme.
//! - Recovery codes, for a lost phone: ten, each 50 random bits written as ten characters from
//!   a 32-character alphabet without `0 o 1 l`, grouped `xxxx-xxxx-xx` to read aloud or copy.
//!   They are compared as `token_hash(normalise_recovery_code(typed))`, forgiving case, spaces,
//!   dashes, Arabic-Indic digits and `1`/`l` typed for `i`.

use std::fmt::Write as _;

use qrcode::{EcLevel, QrCode};

use crate::crypto::{constant_time_eq, random_bytes};

/// Digits in a code.
pub const DIGITS: usize = 6;
/// Seconds a code lasts.
pub const STEP_SECONDS: u64 = 30;
/// Bytes in a new secret (160 bits).
pub const SECRET_LEN: usize = 20;
/// Recovery codes given at a time.
pub const RECOVERY_CODES: usize = 10;

/// Typed input longer than this is refused before it is read: a code with spaces and
/// direction marks around it fits in a fraction of it.
const MAX_TYPED_BYTES: usize = 64;
/// Modules of white around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;
/// Default size of a module on the page, in CSS pixels (the page may scale the SVG).
const MODULE_PX: usize = 4;
/// The recovery codes' alphabet: 32 characters, so five random bits each; no `0 o 1 l`.
const RECOVERY_ALPHABET: &[u8; 32] = b"23456789abcdefghijkmnpqrstuvwxyz";
/// Characters in a recovery code (without its dashes): 10 × 5 = 50 bits.
const RECOVERY_CHARS: usize = 10;

/// A new 160-bit secret.
pub fn new_secret() -> Vec<u8> {
    random_bytes::<SECRET_LEN>().to_vec()
}

/// The secret as people type it into an app: base32 without padding, in groups of 4 for reading.
pub fn secret_text(secret: &[u8]) -> String {
    let plain = base32(secret);
    let mut out = String::with_capacity(plain.len() + plain.len() / 4);
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// `otpauth://totp/...` URI for the app, with issuer and account label (percent-encoded; the label
/// may contain non-ASCII e.g. Arabic).
///
/// The Key URI format forbids a colon in either name (it separates them in the label, even
/// percent-encoded), so each colon becomes a space; runs of spaces and control characters are
/// tidied away. An empty issuer is left out.
pub fn otpauth_uri(secret: &[u8], issuer: &str, account: &str) -> String {
    let issuer = percent_encode(&label_part(issuer));
    let account = percent_encode(&label_part(account));
    let label = match (issuer.is_empty(), account.is_empty()) {
        (true, _) => account,
        (false, true) => issuer.clone(),
        (false, false) => format!("{issuer}:{account}"),
    };
    let mut uri = format!("otpauth://totp/{label}?secret={}", base32(secret));
    if !issuer.is_empty() {
        write!(uri, "&issuer={issuer}").expect("writing to a String cannot fail");
    }
    write!(uri, "&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}").expect("writing to a String cannot fail");
    uri
}

/// The URI as an inline SVG QR code, valid inside an HTML5 page (no XML declaration, no DOCTYPE),
/// with role="img" and an aria-label/title given by the caller, dark modules on a light
/// background with a quiet zone, scalable (viewBox), no external references.
///
/// Error correction level M, or L when the URI is too long for M. A URI too long for any QR
/// code (about 2,900 bytes; ours are a few hundred) gives an empty string: the page still
/// shows `secret_text` to type.
pub fn qr_svg(uri: &str, label: &str) -> String {
    let Some(code) = [EcLevel::M, EcLevel::L].into_iter().find_map(|ec| QrCode::with_error_correction_level(uri, ec).ok())
    else {
        return String::new();
    };
    let width = code.width();
    let colors = code.to_colors();
    let dark = |x: usize, y: usize| colors[y * width + x] == qrcode::Color::Dark;
    // One path: each run of dark modules in a row is one rectangle.
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark(x, y) {
                x += 1;
            }
            let (left, top) = (start + QUIET_ZONE, y + QUIET_ZONE);
            write!(path, "M{left} {top}h{}v1H{left}z", x - start).expect("writing to a String cannot fail");
        }
    }
    let size = width + 2 * QUIET_ZONE;
    let px = size * MODULE_PX;
    let label = xml_escape(label);
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{px}" height="{px}""#,
            r#" role="img" aria-label="{label}" shape-rendering="crispEdges">"#,
            r#"<title>{label}</title>"#,
            r##"<rect width="{size}" height="{size}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/>"##,
            r#"</svg>"#,
        ),
        size = size,
        px = px,
        label = label,
        path = path,
    )
}

/// Check a typed code at `now` (unix seconds): accepts the current step and one step either side;
/// spaces are ignored; anything but 6 ASCII digits is refused. Returns the step it matched, and
/// only if that step is later than `last_used_step` (a code is good once: replay refused).
///
/// Arabic-Indic and Persian digits are read as ASCII digits, and direction marks are ignored
/// like spaces (see the module documentation). A secret shorter than 128 bits, a time before
/// 1970, or a `last_used_step` in the future (a clock set back) refuse every code.
pub fn verify(secret: &[u8], typed: &str, now: i64, last_used_step: Option<i64>) -> Option<i64> {
    let typed = typed_digits(typed)?;
    let now = u64::try_from(now).ok()?;
    let totp = totp(secret)?;
    let current = now / STEP_SECONDS;
    let candidates = [current.checked_sub(1), Some(current), current.checked_add(1)];
    // Compute and compare every candidate before deciding, so that the time taken does not
    // depend on which one matched.
    let matched = candidates.map(|step| step.map(|step| (step, constant_time_eq(&code_at(&totp, step), &typed))));
    matched
        .into_iter()
        .flatten()
        .filter(|&(_, ok)| ok)
        .filter_map(|(step, _)| i64::try_from(step).ok())
        .find(|&step| last_used_step.is_none_or(|last| step > last))
}

/// Ten single-use recovery codes, e.g. "k7qf-2mzp-9d", from random bytes (at least 50 bits each),
/// in a form easy to read aloud (no 0/o/1/l confusion).
pub fn recovery_codes() -> Vec<String> {
    let mut codes: Vec<String> = Vec::with_capacity(RECOVERY_CODES);
    while codes.len() < RECOVERY_CODES {
        let code = recovery_code();
        // Two equal codes out of 2^50 will not happen; if they did, one would be worth nothing.
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// The form a typed recovery code is compared in (lower case, no spaces or dashes), for hashing
/// with crate::crypto::token_hash.
///
/// Also dropped: direction marks, and the other dashes a phone's keyboard may put in (en and em
/// dashes, minus signs). Arabic-Indic digits become ASCII ones, and `1` and `l`, which no code
/// contains, become the `i` they were misread from. A code as `recovery_codes` gave it
/// normalises to itself without its dashes.
pub fn normalise_recovery_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_direction_mark(c) && !is_dash(c))
        .map(|c| ascii_digit(c).unwrap_or(c))
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, '1' | 'l') { 'i' } else { c })
        .collect()
}

/// The secret in base32 (RFC 4648), upper case, without padding.
fn base32(secret: &[u8]) -> String {
    // `to_base32` writes no padding; the trim keeps that promise should the crate change.
    totp_rs::Secret::from(secret.to_vec()).to_base32().trim_end_matches('=').to_owned()
}

/// The generator for a stored secret, or None for a secret too short to be one of ours.
fn totp(secret: &[u8]) -> Option<totp_rs::Totp> {
    totp_rs::Builder::new()
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(DIGITS as u8)
        .with_step_duration(STEP_SECONDS)
        .with_secret(secret.to_vec())
        .build()
        .ok()
}

/// The code for one step, as six ASCII digits.
fn code_at(totp: &totp_rs::Totp, step: u64) -> String {
    // `step` is at most i64::MAX / 30 + 1, so this cannot overflow a u64.
    totp.generate(step * STEP_SECONDS).to_string()
}

/// The six digits of a typed code, in ASCII, or None when it is anything else.
fn typed_digits(typed: &str) -> Option<String> {
    if typed.len() > MAX_TYPED_BYTES {
        return None;
    }
    let mut digits = String::with_capacity(DIGITS);
    for c in typed.chars() {
        if c.is_whitespace() || is_direction_mark(c) {
            continue;
        }
        let digit = ascii_digit(c)?;
        if digits.len() == DIGITS {
            return None;
        }
        digits.push(digit);
    }
    (digits.len() == DIGITS).then_some(digits)
}

/// An ASCII, Arabic-Indic or Persian digit as its ASCII digit.
fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(value, 10)
}

/// Left-to-right, right-to-left and Arabic letter marks, which Arabic keyboards and pastes add.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A hyphen, a dash or a minus sign, as keyboards type them.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// One name of the label: colons (the label's separator) become spaces, control characters
/// go, and runs of spaces become one.
fn label_part(name: &str) -> String {
    let cleaned: String = name.chars().filter(|c| !c.is_control()).map(|c| if c == ':' { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Percent-encode every byte but RFC 3986's unreserved characters (so a space is `%20`, which
/// every app reads, never `+`).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            write!(out, "%{b:02X}").expect("writing to a String cannot fail");
        }
    }
    out
}

/// Text made safe inside an attribute value or an element of SVG or HTML.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\t' | '\n') => {}
            c => out.push(c),
        }
    }
    out
}

/// One recovery code, `xxxx-xxxx-xx`: 50 bits of a random 64, five bits a character (32 is a
/// power of two, so every character is equally likely).
fn recovery_code() -> String {
    let mut bits = u64::from_le_bytes(random_bytes::<8>());
    let mut code = String::with_capacity(RECOVERY_CHARS + 2);
    for i in 0..RECOVERY_CHARS {
        if i == 4 || i == 8 {
            code.push('-');
        }
        code.push(char::from(RECOVERY_ALPHABET[(bits & 31) as usize]));
        bits >>= 5;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secret of RFC 4226 appendix D and RFC 6238 appendix B (SHA-1).
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_6238_sha1_vectors() {
        let totp = totp(RFC_SECRET).unwrap();
        // (T, the RFC's 8-digit code): ours is its last six digits.
        for (time, eight) in [
            (59_i64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            let six = &eight[2..];
            assert_eq!(code_at(&totp, time as u64 / STEP_SECONDS), six, "T={time}");
            assert_eq!(verify(RFC_SECRET, six, time, None), Some(time / STEP_SECONDS as i64), "T={time}");
        }
        assert_eq!(verify(RFC_SECRET, "287082", 59, None), Some(1));
        assert_eq!(verify(RFC_SECRET, "081804", 1_111_111_109, None), Some(37_037_036));
        assert_eq!(verify(RFC_SECRET, "005924", 1_234_567_890, None), Some(41_152_263));
        assert_eq!(verify(RFC_SECRET, "279037", 2_000_000_000, None), Some(66_666_666));
    }

    #[test]
    fn a_wrong_code_is_refused() {
        assert_eq!(verify(RFC_SECRET, "287083", 59, None), None);
        assert_eq!(verify(RFC_SECRET, "000000", 59, None), None);
        assert_eq!(verify(&new_secret(), "287082", 59, None), None, "another secret");
    }

    #[test]
    fn one_step_either_side_and_no_further() {
        // RFC 4226 appendix D: the codes for steps 0 to 3.
        let (step0, step1, step2, step3) = ("755224", "287082", "359152", "969429");
        let now = 45; // step 1
        assert_eq!(verify(RFC_SECRET, step0, now, None), Some(0), "the previous step");
        assert_eq!(verify(RFC_SECRET, step1, now, None), Some(1), "the current step");
        assert_eq!(verify(RFC_SECRET, step2, now, None), Some(2), "the next step");
        assert_eq!(verify(RFC_SECRET, step3, now, None), None, "two steps ahead");
        assert_eq!(verify(RFC_SECRET, step0, 3 * 30 + 5, None), None, "three steps behind");
        assert_eq!(verify(RFC_SECRET, step1, 3 * 30 + 5, None), None, "two steps behind");
        // The edges of a step.
        assert_eq!(verify(RFC_SECRET, step2, 30, None), Some(2));
        assert_eq!(verify(RFC_SECRET, step3, 59, None), None);
        assert_eq!(verify(RFC_SECRET, step3, 60, None), Some(3));
        // At the epoch there is no step before.
        assert_eq!(verify(RFC_SECRET, step0, 0, None), Some(0));
        assert_eq!(verify(RFC_SECRET, step1, 0, None), Some(1));
    }

    #[test]
    fn a_code_is_good_once() {
        assert_eq!(verify(RFC_SECRET, "287082", 59, Some(1)), None, "the same step again");
        assert_eq!(verify(RFC_SECRET, "287082", 59, Some(2)), None, "a step older than the last used");
        assert_eq!(verify(RFC_SECRET, "755224", 59, Some(1)), None, "the previous step, after the current was used");
        assert_eq!(verify(RFC_SECRET, "287082", 59, Some(0)), Some(1), "a later step");
        assert_eq!(verify(RFC_SECRET, "359152", 59, Some(1)), Some(2), "the next step, after the current was used");
        assert_eq!(verify(RFC_SECRET, "287082", 59, Some(i64::MAX)), None, "a last step in the future");
    }

    #[test]
    fn how_a_code_may_be_typed() {
        for typed in [
            "287082",
            "287 082",
            " 287082\n",
            "2 8 7 0 8 2",
            "287\u{00A0}082",
            "\u{200F}287082\u{200E}",
            // Arabic-Indic and Persian digits are accepted, read as ASCII digits.
            "٢٨٧٠٨٢",
            "٢٨٧ ٠٨٢",
            "\u{061C}٢٨٧٠٨٢",
            "۲۸۷۰۸۲",
        ] {
            assert_eq!(verify(RFC_SECRET, typed, 59, None), Some(1), "{typed:?}");
        }
        let huge_digits = "2".repeat(1_000_000);
        let huge_spaces = format!("{}287082", " ".repeat(100_000));
        for typed in [
            "",
            "      ",
            "28708a",
            "a87082",
            "28708",
            "2870820",
            "0287082",
            "+28708",
            "-28708",
            "287-082",
            "287.082",
            "٢٨٧٠٨",
            "٢٨٧٠٨٢٢",
            "２８７０８２", // full-width digits: refused
            "२८७०८२",       // Devanagari digits: refused
            "28708²",
            huge_digits.as_str(),
            huge_spaces.as_str(),
        ] {
            assert_eq!(verify(RFC_SECRET, typed, 59, None), None, "{typed:?}");
        }
    }

    #[test]
    fn odd_secrets_and_times_refuse_without_panicking() {
        assert_eq!(verify(&[], "287082", 59, None), None);
        assert_eq!(verify(&[7; 10], "287082", 59, None), None, "under 128 bits");
        assert_eq!(verify(RFC_SECRET, "287082", -1, None), None, "before 1970");
        assert_eq!(verify(RFC_SECRET, "287082", i64::MIN, None), None);
        // The last second there is: no overflow working out the steps around it.
        let totp = totp(RFC_SECRET).unwrap();
        let last = i64::MAX as u64 / STEP_SECONDS;
        let code = code_at(&totp, last + 1);
        assert_eq!(verify(RFC_SECRET, &code, i64::MAX, None), Some(last as i64 + 1));
    }

    #[test]
    fn new_secrets_are_160_random_bits() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 20);
        assert_ne!(a, b);
        assert!(totp(&a).is_some());
    }

    #[test]
    fn secret_text_is_base32_in_fours() {
        assert_eq!(secret_text(RFC_SECRET), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        let secret = new_secret();
        let text = secret_text(&secret);
        assert_eq!(text.len(), 32 + 7);
        assert!(text.chars().all(|c| c == ' ' || c.is_ascii_uppercase() || ('2'..='7').contains(&c)));
        let back = totp_rs::Secret::try_from_base32(text.replace(' ', "")).unwrap();
        assert_eq!(back.as_bytes(), secret.as_slice());
        // A length that base32 would pad: no padding.
        assert!(!secret_text(&[1; 16]).contains('='));
    }

    #[test]
    fn otpauth_uri_has_the_parameters_and_encodes_the_label() {
        let uri = otpauth_uri(RFC_SECRET, "Tadamun Idlib", "مريم");
        assert_eq!(
            uri,
            "otpauth://totp/Tadamun%20Idlib:%D9%85%D8%B1%D9%8A%D9%85\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Tadamun%20Idlib&algorithm=SHA1&digits=6&period=30"
        );
        assert!(uri.is_ascii());
        // The crate reads back what we wrote.
        let read = totp_rs::Totp::from_url(&uri).unwrap();
        assert_eq!(read.account_name(), "مريم");
        assert_eq!(read.issuer(), Some("Tadamun Idlib"));
        assert_eq!(read.secret().as_bytes(), RFC_SECRET);
        assert_eq!(read.digits() as usize, DIGITS);
        assert_eq!(read.step(), STEP_SECONDS);
        // Colons, ampersands and the like cannot break the label or the query.
        let uri = otpauth_uri(RFC_SECRET, "Campaign: A&B", "a:b?c#d/e\n f");
        assert!(uri.starts_with("otpauth://totp/Campaign%20A%26B:a%20b%3Fc%23d%2Fe%20f?"), "{uri}");
        let read = totp_rs::Totp::from_url(&uri).unwrap();
        assert_eq!(read.issuer(), Some("Campaign A&B"));
        assert_eq!(read.account_name(), "a b?c#d/e f");
        // No issuer: none in the label or the query.
        let uri = otpauth_uri(RFC_SECRET, "", "sara");
        assert!(uri.starts_with("otpauth://totp/sara?secret="), "{uri}");
        assert!(!uri.contains("issuer="));
    }

    /// A small check that `svg` is well formed: tags nest and close, attributes are quoted,
    /// and no bare `&` or `<` appears in text.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<&str> = Vec::new();
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            let text = &rest[..open];
            assert!(!text.contains('>'), "a stray > in {text:?}");
            assert_entities(text);
            let close = rest[open..].find('>').expect("an unclosed tag") + open;
            let tag = &rest[open + 1..close];
            assert!(!tag.contains('<'), "a < inside a tag: {tag:?}");
            assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in {tag:?}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "closing {name}");
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().unwrap());
            } else {
                assert_entities(tag);
            }
            rest = &rest[close + 1..];
        }
        assert!(rest.is_empty(), "text after the root: {rest:?}");
        assert!(stack.is_empty(), "left open: {stack:?}");
    }

    fn assert_entities(text: &str) {
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |end| i + end + 1)];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&entity), "a bare & in {text:?}");
        }
    }

    #[test]
    fn qr_svg_is_inline_accessible_and_self_contained() {
        let uri = otpauth_uri(&new_secret(), "Tadamun", "مريم الأحمد");
        let svg = qr_svg(&uri, "رمز QR للتطبيق \"<&>'");
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert_well_formed(&svg);
        assert!(svg.contains(r#"viewBox="0 0 "#));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-label="رمز QR للتطبيق &quot;&lt;&amp;&gt;&#39;""#), "{svg}");
        assert!(svg.contains("<title>رمز QR للتطبيق &quot;&lt;&amp;&gt;&#39;</title>"));
        assert!(!svg.contains("<?xml") && !svg.contains("<!DOCTYPE") && !svg.contains("<!doctype"));
        assert_eq!(svg.matches("http").count(), 1, "only the SVG namespace");
        assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg""#));
        for banned in ["href", "style", "<script", "url(", "<image", "<foreignObject"] {
            assert!(!svg.contains(banned), "{banned}");
        }
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##), "dark on light");
    }

    #[test]
    fn qr_svg_draws_the_code_with_a_quiet_zone() {
        let uri = otpauth_uri(RFC_SECRET, "Tadamun", "sara");
        let svg = qr_svg(&uri, "QR");
        let code = QrCode::new(&uri).unwrap();
        let width = code.width();
        let size = width + 2 * QUIET_ZONE;
        assert!(svg.contains(&format!(r#"viewBox="0 0 {size} {size}""#)));
        assert!(svg.contains(&format!(r##"<rect width="{size}" height="{size}" fill="#fff"/>"##)));
        // Read the path back into modules: it must be exactly the code, inside the quiet zone.
        let d = svg.split(r#" d=""#).nth(1).unwrap().split('"').next().unwrap();
        let mut drawn = vec![false; width * width];
        for run in d.split('M').filter(|r| !r.is_empty()) {
            let run = run.strip_suffix('z').unwrap();
            let (at, rest) = run.split_once('h').unwrap();
            let (x, y) = at.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let (len, back) = rest.split_once("v1H").unwrap();
            let len: usize = len.parse().unwrap();
            assert_eq!(back.parse::<usize>().unwrap(), x);
            assert!(x >= QUIET_ZONE && y >= QUIET_ZONE && x + len <= QUIET_ZONE + width && y < QUIET_ZONE + width);
            for dx in 0..len {
                let i = (y - QUIET_ZONE) * width + x - QUIET_ZONE + dx;
                assert!(!drawn[i], "drawn twice");
                drawn[i] = true;
            }
        }
        let expected: Vec<bool> = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
        assert_eq!(drawn, expected);
    }

    #[test]
    fn qr_svg_of_a_uri_too_long_is_empty() {
        assert_eq!(qr_svg(&"x".repeat(10_000), "QR"), "");
        // Long for level M, still fine at level L.
        let long = "a".repeat(2_500);
        assert!(QrCode::with_error_correction_level(&long, EcLevel::M).is_err());
        assert!(qr_svg(&long, "QR").starts_with("<svg"));
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_well_formed() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        for code in &codes {
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.iter().map(|g| g.len()).collect::<Vec<_>>(), [4, 4, 2], "{code}");
            assert!(groups.concat().bytes().all(|b| RECOVERY_ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', 'o', '1', 'l']), "{code}");
            assert_eq!(normalise_recovery_code(code), code.replace('-', ""));
        }
        // 50 bits each: 32 symbols to a character, and all of them turn up.
        assert!(RECOVERY_CHARS * (RECOVERY_ALPHABET.len().ilog2() as usize) >= 50);
        let seen: std::collections::BTreeSet<char> =
            (0..10).flat_map(|_| recovery_codes()).flat_map(|c| c.chars().collect::<Vec<_>>()).filter(|&c| c != '-').collect();
        assert_eq!(seen.len(), 32);
    }

    #[test]
    fn recovery_codes_normalise_as_typed() {
        for typed in [
            "k7qf-2mzp-9d",
            "K7QF-2MZP-9D",
            "k7qf 2mzp 9d",
            " K7qf2mzp9D ",
            "k7qf – 2mzp — 9d",
            "k7qf\u{2212}2mzp\u{2010}9d",
            "\u{200F}k7qf-2mzp-9d\u{200E}",
            "k٧qf-٢mzp-٩d",
        ] {
            assert_eq!(normalise_recovery_code(typed), "k7qf2mzp9d", "{typed:?}");
        }
        // `1` and `l` are never in a code; they are an `i` misread.
        assert_eq!(normalise_recovery_code("ab1c-dlef-gh"), "abicdiefgh");
        assert_eq!(normalise_recovery_code("ABIC-DIEF-GH"), "abicdiefgh");
        // What is not a code's character stays, so it cannot match.
        assert_eq!(normalise_recovery_code("k7qf-2mzp-9d!"), "k7qf2mzp9d!");
        assert_eq!(normalise_recovery_code(""), "");
        assert_eq!(
            crate::crypto::token_hash(&normalise_recovery_code("K7QF 2MZP 9D")),
            crate::crypto::token_hash(&normalise_recovery_code("k7qf-2mzp-9d"))
        );
    }
}
