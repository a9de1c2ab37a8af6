//! An organiser writes to the people who have a place at their event: a meeting point moved,
//! bring warm clothes, thank you for coming. The organiser never sees the attendees' mail
//! addresses used on their behalf and the attendees never see the organiser's: the message goes
//! out from the campaign, one mail per attendee (a job each, so a restart repeats and loses
//! nothing). The text is the organiser's own words and may hold a phone number: it is kept
//! encrypted, like every personal field.

use anyhow::Context;

use super::model::EventId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::text::{self, Invalid};

crate::row_id!(
    /// One message of an organiser to their event's attendees.
    MessageId
);

/// The longest message: a few paragraphs, not a newsletter.
pub const MAX_CHARS: usize = 2_000;

/// At most this many messages a day for one event: attendees gave their address to come, not
/// to be written to every hour.
pub const PER_DAY: i64 = 3;

/// The message as typed, checked: `Err` says what is wrong with the field `message`.
pub fn parse(input: &str) -> Result<String, Invalid> {
    let mut errors = Invalid::new();
    let body = errors.take("message", text::multi_line(input.trim_start(), MAX_CHARS, true));
    errors.or(|| body)
}

fn at(id: MessageId) -> FieldRef<'static> {
    FieldRef::new("event_messages", "body", id)
}

/// Keep a message, inside the caller's transaction.
pub async fn add(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, event: EventId, body: &str, now: i64) -> anyhow::Result<MessageId> {
    let id: MessageId = crate::crypto::new_row_id();
    sqlx::query("INSERT INTO event_messages (id, event_id, body_ct, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(event)
        .bind(keys.encrypt(at(id), body.as_bytes()))
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("keeping an organiser's message")?;
    Ok(id)
}

/// How many messages an event's organiser wrote since `since` (under the caller's write lock).
pub async fn count_since(tx: &mut sqlx::AnyConnection, event: EventId, since: i64) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM event_messages WHERE event_id = $1 AND created_at >= $2")
        .bind(event)
        .bind(since)
        .fetch_one(&mut *tx)
        .await
        .context("counting an organiser's messages")?;
    Ok(n)
}

/// A message's text, decrypted, and the event it belongs to.
pub async fn load(db: &crate::db::Db, keys: &FieldKeys, id: MessageId) -> anyhow::Result<Option<(EventId, String)>> {
    let row: Option<(EventId, Vec<u8>)> = sqlx::query_as("SELECT event_id, body_ct FROM event_messages WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading an organiser's message")?;
    match row {
        None => Ok(None),
        Some((event, ct)) => Ok(Some((event, String::from_utf8(keys.decrypt(at(id), &ct)?)?))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_required_bounded_and_cleaned() {
        assert!(parse("  ").is_err());
        assert!(parse(&"a".repeat(MAX_CHARS + 1)).is_err());
        assert_eq!(parse(" Meet at the north gate.\r\n\r\nBring water. ").unwrap(), "Meet at the north gate.\n\nBring water.");
        assert!(parse(&format!("a{}", "\u{0301}".repeat(500))).is_err(), "a combining-mark flood");
        assert!(parse("x\u{202E}gnp.exe").is_err(), "a text turned around");
        assert!(parse("a\u{0}b").is_err(), "a control character");
    }
}
