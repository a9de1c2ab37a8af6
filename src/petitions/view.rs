//! What petition pages and mails show: the text in the reader's language (with the language
//! it is in), and tallies per country.

use super::model::PetitionText;
use super::store::SignatureRow;
use crate::i18n::Lang;

/// The text a reader gets: theirs when it has a title, else the campaign's default language's
/// (else any); with the language it is in.
pub fn pick_text(texts: &[(Lang, PetitionText)], lang: Lang, default: Lang) -> (PetitionText, Lang) {
    crate::i18n::pick(texts, lang, default, |t| !t.title.trim().is_empty())
        .map(|(t, l)| (t.clone(), l))
        .unwrap_or_else(|| (PetitionText::default(), default))
}

/// One line of the per-country table.
pub struct CountryRow {
    pub name: String,
    pub count: i64,
}

/// The columns of the signatures export, in order.
pub const EXPORT_COLUMNS: [&str; 10] = ["signed_at", "confirmed_at", "status", "name", "email", "country", "city", "comment", "consent_lead", "language"];

fn iso_time(epoch: i64) -> String {
    jiff::Timestamp::from_second(epoch).map(|t| t.to_string()).unwrap_or_default()
}

/// The signatures as CSV, every cell a spreadsheet would run as a formula neutralised.
pub fn signatures_csv(rows: &[SignatureRow]) -> anyhow::Result<Vec<u8>> {
    use crate::facts::csv_io::{neutralise, spreadsheet_writer};
    let mut w = spreadsheet_writer();
    w.write_record(EXPORT_COLUMNS)?;
    for r in rows {
        w.write_record([
            iso_time(r.created_at),
            r.confirmed_at.map(iso_time).unwrap_or_default(),
            if r.confirmed_at.is_some() { "confirmed".into() } else { "pending".into() },
            neutralise(r.name.as_deref().unwrap_or("")),
            neutralise(&r.email),
            r.country.clone(),
            neutralise(r.city.as_deref().unwrap_or("")),
            neutralise(r.comment.as_deref().unwrap_or("")),
            if r.consent_lead { "yes".into() } else { "no".into() },
            r.lang.code().to_string(),
        ])?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("finishing the CSV: {e}"))
}

