//! Saving one language's text of something (a campaign, a petition; later a day of action, a
//! letter) with its revision, the same way everywhere: an editor saves only over the revision
//! they started from, so two coordinators editing at once never overwrite each other unseen.
//!
//! Texts readers can see are edited as drafts: a save goes to `{table}_drafts` (same columns),
//! the preview shows the draft over the published text, and `publish_draft` moves it into
//! `{table}` in one transaction. The public page changes only then.

use anyhow::Context;
use sqlx::AssertSqlSafe;

use crate::i18n::Lang;
use crate::staff::StaffId;

/// Which row a save may write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// The editor started from no text: save only if there is still none.
    New,
    /// The editor started from this revision: save only if it is still the current one.
    Revision(i64),
    /// Write whatever is there (seeding, imports).
    Any,
}

impl Expect {
    /// From a form's hidden revision field (0 or absent: there was no text).
    pub fn from_form(revision: i64) -> Expect {
        if revision > 0 { Expect::Revision(revision) } else { Expect::New }
    }
}

/// What an editor's form was made from: the revision (0: no text yet), and whether it was a
/// draft's (the hidden fields `revision` and `draft`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TextBase {
    pub revision: i64,
    pub draft: bool,
}

impl TextBase {
    pub fn from_form(revision: &str, draft: &str) -> TextBase {
        TextBase { revision: revision.parse::<i64>().ok().filter(|r| *r >= 0).unwrap_or(0), draft: draft == "1" }
    }

    /// The condition a save from this form is written under, `None` when the form is stale.
    /// `draft`: whether the save writes a draft. A form made from the published text starts a
    /// new draft, but only from the published text as it is now (`published_now`, awaited only
    /// then), or a publication made meanwhile would be undone when this draft is published.
    pub async fn expect<E>(self, draft: bool, published_now: impl std::future::Future<Output = Result<i64, E>>) -> Result<Option<Expect>, E> {
        if draft && !self.draft {
            return Ok((published_now.await? == self.revision).then_some(Expect::New));
        }
        Ok(Some(Expect::from_form(self.revision)))
    }
}

/// One language's text of one owner row. `table` has the columns `{owner}, lang, updated_at,
/// updated_by, revision` and those named in `fields`; the names are the code's constants.
pub struct TextSave<'a, Id> {
    /// The published texts' table; drafts live in `{table}_drafts`.
    pub table: &'static str,
    pub owner: &'static str,
    pub id: Id,
    pub lang: Lang,
    pub fields: &'a [(&'static str, &'a str)],
    pub by: Option<StaffId>,
    pub now: i64,
}

impl<Id> TextSave<'_, Id>
where
    Id: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Copy + Send,
{
    /// Save; `false` when `expect` did not hold (somebody saved in between). `draft`: into the
    /// drafts table, leaving the published text as it is.
    pub async fn save(&self, conn: &mut sqlx::AnyConnection, draft: bool, expect: Expect) -> anyhow::Result<bool> {
        let drafts = format!("{}_drafts", self.table);
        let (table, owner) = (if draft { drafts.as_str() } else { self.table }, self.owner);
        let names: Vec<&str> = self.fields.iter().map(|(c, _)| *c).collect();
        let n = names.len();
        // $1 owner, $2 lang, $3.. fields, then updated_at, updated_by, and the expected revision.
        let (at, by, rev) = (n + 3, n + 4, n + 5);
        let insert = format!(
            "INSERT INTO {table} ({owner}, lang, {}, updated_at, updated_by) VALUES ($1, $2, {}, ${at}, ${by})",
            names.join(", "),
            (3..3 + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
        );
        let sql = match expect {
            Expect::Revision(_) => format!(
                "UPDATE {table} SET {}, updated_at = ${at}, updated_by = ${by}, revision = revision + 1
                 WHERE {owner} = $1 AND lang = $2 AND revision = ${rev}",
                names.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 3)).collect::<Vec<_>>().join(", ")
            ),
            Expect::New => format!("{insert} ON CONFLICT ({owner}, lang) DO NOTHING"),
            Expect::Any => format!(
                "{insert} ON CONFLICT ({owner}, lang) DO UPDATE SET {}, updated_at = excluded.updated_at,
                   updated_by = excluded.updated_by, revision = {table}.revision + 1",
                names.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", ")
            ),
        };
        // Only the code's table and column names are spliced in; every value is bound.
        let mut q = sqlx::query(AssertSqlSafe(sql)).bind(self.id).bind(self.lang);
        for (_, value) in self.fields {
            q = q.bind(*value);
        }
        q = q.bind(self.now).bind(self.by);
        if let Expect::Revision(r) = expect {
            q = q.bind(r);
        }
        let done = q.execute(&mut *conn).await.with_context(|| format!("saving a text in {table}"))?;
        Ok(done.rows_affected() == 1)
    }
}

/// Which languages of one owner have a draft waiting.
pub async fn draft_languages<Id>(conn: &mut sqlx::AnyConnection, table: &'static str, owner: &'static str, id: Id) -> anyhow::Result<Vec<Lang>>
where
    Id: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Send,
{
    let rows: Vec<(Lang,)> = sqlx::query_as(AssertSqlSafe(format!("SELECT lang FROM {table}_drafts WHERE {owner} = $1 ORDER BY lang")))
        .bind(id)
        .fetch_all(&mut *conn)
        .await
        .with_context(|| format!("listing drafts in {table}"))?;
    Ok(rows.into_iter().map(|(l,)| l).collect())
}

/// Make one language's draft the published text (its fields, who and when), and drop the
/// draft, in the caller's transaction; only the draft at `revision` (the one the publisher saw).
/// `false` when there was no such draft.
pub async fn publish_draft<Id>(
    tx: &mut sqlx::AnyConnection,
    table: &'static str,
    owner: &'static str,
    fields: &[&'static str],
    id: Id,
    lang: Lang,
    revision: i64,
) -> anyhow::Result<bool>
where
    Id: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Copy + Send,
{
    let columns = fields.join(", ");
    let updates: Vec<String> = fields.iter().map(|c| format!("{c} = excluded.{c}")).collect();
    // Only the code's table and column names are spliced in.
    let copied = sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO {table} ({owner}, lang, {columns}, updated_at, updated_by)
         SELECT {owner}, lang, {columns}, updated_at, updated_by FROM {table}_drafts WHERE {owner} = $1 AND lang = $2 AND revision = $3
         ON CONFLICT ({owner}, lang) DO UPDATE SET {}, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
           revision = {table}.revision + 1",
        updates.join(", ")
    )))
    .bind(id)
    .bind(lang)
    .bind(revision)
    .execute(&mut *tx)
    .await
    .with_context(|| format!("publishing a draft of {table}"))?;
    if copied.rows_affected() != 1 {
        return Ok(false);
    }
    discard_draft(tx, table, owner, id, lang, revision).await?;
    Ok(true)
}

/// Drop one language's draft at `revision` (the one the person saw: a colleague's newer draft
/// stays); `false` when there is no such draft.
pub async fn discard_draft<Id>(conn: &mut sqlx::AnyConnection, table: &'static str, owner: &'static str, id: Id, lang: Lang, revision: i64) -> anyhow::Result<bool>
where
    Id: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Send,
{
    let done = sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}_drafts WHERE {owner} = $1 AND lang = $2 AND revision = $3")))
        .bind(id)
        .bind(lang)
        .bind(revision)
        .execute(&mut *conn)
        .await
        .with_context(|| format!("discarding a draft of {table}"))?;
    Ok(done.rows_affected() == 1)
}
