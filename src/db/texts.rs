//! Saving one language's text of something (a campaign, a petition; later a day of action, a
//! letter) with its revision, the same way everywhere: an editor saves only over the revision
//! they started from, so two coordinators editing at once never overwrite each other unseen.

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

/// One language's text of one owner row. `table` has the columns `{owner}, lang, updated_at,
/// updated_by, revision` and those named in `fields`; the names are the code's constants.
pub struct TextSave<'a, Id> {
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
    /// Save; `false` when `expect` did not hold (somebody saved in between).
    pub async fn save(&self, conn: &mut sqlx::AnyConnection, expect: Expect) -> anyhow::Result<bool> {
        let (table, owner) = (self.table, self.owner);
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
