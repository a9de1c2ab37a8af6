//! SQL for petitions, their texts and signatures.
//!
//! A signature's city and comment are encrypted here (bound to `signatures`, the column and the
//! random row id); country and language stay in clear for the tallies. Tallies are counted from
//! the `(petition_id, confirmed, country)` index, never kept in a row every signature updates.

use anyhow::Context;
use sqlx::{AnyConnection, AssertSqlSafe};

use super::model::{Petition, PetitionId, PetitionText, SignatureId, Signing, Status};
use crate::campaigns::model::CampaignId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::db::texts::{self, Expect, TextSave};
use crate::i18n::Lang;
use crate::staff::StaffId;
use crate::supporters::model::{Email, SupporterId};
use crate::supporters::store::{self as supporters, NewSupporter};

const TABLE: &str = "signatures";
/// Confirmation mails one person may be sent per UTC day, whatever they sign.
pub const CONFIRM_MAILS_PER_DAY: i64 = 3;

pub(super) fn at(column: &'static str, id: SignatureId) -> FieldRef<'static> {
    FieldRef::new(TABLE, column, id)
}


const PETITION_COLUMNS: &str = "id, campaign_id, slug, goal, status, created_at, opened_at, closed_at";

#[derive(sqlx::FromRow)]
struct PetitionRow {
    id: PetitionId,
    campaign_id: CampaignId,
    slug: String,
    goal: i64,
    status: Status,
    created_at: i64,
    opened_at: Option<i64>,
    closed_at: Option<i64>,
}

impl PetitionRow {
    fn into_petition(self) -> Petition {
        Petition {
            id: self.id,
            campaign_id: self.campaign_id,
            slug: self.slug,
            goal: self.goal,
            status: self.status,
            created_at: self.created_at,
            opened_at: self.opened_at,
            closed_at: self.closed_at,
        }
    }
}

/// A new draft petition; `None` when the campaign has one with this slug already.
pub async fn create(db: &Db, campaign_id: CampaignId, slug: &str, goal: i64, now: i64) -> anyhow::Result<Option<PetitionId>> {
    let row: Option<(PetitionId,)> = sqlx::query_as(
        "INSERT INTO petitions (campaign_id, slug, goal, status, created_at, updated_at) VALUES ($1, $2, $3, 'draft', $4, $4)
         ON CONFLICT (campaign_id, slug) DO NOTHING RETURNING id",
    )
    .bind(campaign_id)
    .bind(slug)
    .bind(goal)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("creating a petition")?;
    Ok(row.map(|(id,)| id))
}

pub async fn find(db: &Db, campaign_id: CampaignId, slug: &str) -> anyhow::Result<Option<Petition>> {
    let row: Option<PetitionRow> =
        sqlx::query_as(AssertSqlSafe(format!("SELECT {PETITION_COLUMNS} FROM petitions WHERE campaign_id = $1 AND slug = $2")))
            .bind(campaign_id)
            .bind(slug)
            .fetch_optional(&db.pool)
            .await
            .context("loading a petition")?;
    Ok(row.map(PetitionRow::into_petition))
}

pub async fn find_by_id(db: &Db, id: PetitionId) -> anyhow::Result<Option<Petition>> {
    let row: Option<PetitionRow> = sqlx::query_as(AssertSqlSafe(format!("SELECT {PETITION_COLUMNS} FROM petitions WHERE id = $1")))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a petition")?;
    Ok(row.map(PetitionRow::into_petition))
}

/// A campaign's petitions, newest first; only open and closed ones when `public`.
pub async fn list(db: &Db, campaign_id: CampaignId, public: bool) -> anyhow::Result<Vec<Petition>> {
    let filter = if public { "AND status <> 'draft'" } else { "" };
    let rows: Vec<PetitionRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {PETITION_COLUMNS} FROM petitions WHERE campaign_id = $1 {filter} ORDER BY created_at DESC, id DESC LIMIT 200"
    )))
    .bind(campaign_id)
    .fetch_all(&db.pool)
    .await
    .context("listing petitions")?;
    Ok(rows.into_iter().map(PetitionRow::into_petition).collect())
}

#[derive(sqlx::FromRow)]
struct TextRow {
    lang: Lang,
    title: String,
    addressee: String,
    body_md: String,
    body_html: String,
    revision: i64,
    updated_at: i64,
}

/// Every published text of a petition, per language.
pub async fn texts(db: &Db, id: PetitionId) -> anyhow::Result<Vec<(Lang, PetitionText)>> {
    read_texts(db, id, "petition_texts").await
}

/// The unpublished changes of a petition's texts, per language that has some.
pub async fn drafts(db: &Db, id: PetitionId) -> anyhow::Result<Vec<(Lang, PetitionText)>> {
    read_texts(db, id, "petition_texts_drafts").await
}

async fn read_texts(db: &Db, id: PetitionId, table: &'static str) -> anyhow::Result<Vec<(Lang, PetitionText)>> {
    // `table` is one of the two constants above.
    let rows: Vec<TextRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT lang, title, addressee, body_md, body_html, revision, updated_at FROM {table} WHERE petition_id = $1"
    )))
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading petition texts")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.lang,
                PetitionText {
                    title: r.title,
                    addressee: r.addressee,
                    body_md: r.body_md,
                    body_html: r.body_html,
                    revision: r.revision,
                    updated_at: r.updated_at,
                },
            )
        })
        .collect())
}

const TEXT_FIELDS: [&str; 4] = ["title", "addressee", "body_md", "body_html"];

/// Save one language's text (as a draft, when `draft`), as `expect` allows (see `db::texts`);
/// `false` when somebody saved in between.
#[allow(clippy::too_many_arguments)]
pub async fn save_text(db: &Db, id: PetitionId, lang: Lang, text: &PetitionText, by: Option<StaffId>, now: i64, draft: bool, expect: Expect) -> anyhow::Result<bool> {
    let fields = [("title", text.title.as_str()), ("addressee", &text.addressee), ("body_md", &text.body_md), ("body_html", &text.body_html)];
    let save = TextSave { table: "petition_texts", owner: "petition_id", id, lang, fields: &fields, by, now };
    let mut conn = db.pool.acquire().await.context("connecting to save a petition text")?;
    save.save(&mut conn, draft, expect).await
}

/// Make one language's draft the published text; `false` when there was no draft.
pub async fn publish_draft(db: &Db, id: PetitionId, lang: Lang, revision: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = texts::publish_draft(&mut tx, "petition_texts", "petition_id", &TEXT_FIELDS, id, lang, revision).await?;
    tx.commit().await.context("committing a publication")?;
    Ok(done)
}

pub async fn discard_draft(db: &Db, id: PetitionId, lang: Lang, revision: i64) -> anyhow::Result<bool> {
    let mut conn = db.pool.acquire().await.context("connecting to discard a draft")?;
    texts::discard_draft(&mut conn, "petition_texts", "petition_id", id, lang, revision).await
}

pub async fn set_goal(db: &Db, id: PetitionId, goal: i64, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE petitions SET goal = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(goal)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("saving a petition's goal")?;
    Ok(())
}

pub async fn set_status(db: &Db, id: PetitionId, status: Status, now: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE petitions SET status = $2, updated_at = $3,
           opened_at = CASE WHEN $2 = 'open' THEN COALESCE(opened_at, $3) ELSE opened_at END,
           closed_at = CASE WHEN $2 = 'closed' THEN $3 ELSE NULL END
         WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(now)
    .execute(&db.pool)
    .await
    .context("changing a petition's status")?;
    Ok(())
}

/// Confirmed signatures per country (ISO code), largest first, and their total.
pub async fn tally(db: &Db, id: PetitionId) -> anyhow::Result<(i64, Vec<(String, i64)>)> {
    let mut rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT country, COUNT(*) FROM signatures WHERE petition_id = $1 AND confirmed = 1 GROUP BY country")
            .bind(id)
            .fetch_all(&db.pool)
            .await
            .context("counting signatures per country")?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok((rows.iter().map(|(_, n)| n).sum(), rows))
}

/// (pending, confirmed) signatures of a petition.
pub async fn counts(db: &Db, id: PetitionId) -> anyhow::Result<(i64, i64)> {
    let rows: Vec<(i64, i64)> = sqlx::query_as("SELECT confirmed, COUNT(*) FROM signatures WHERE petition_id = $1 GROUP BY confirmed")
        .bind(id)
        .fetch_all(&db.pool)
        .await
        .context("counting signatures")?;
    let get = |c: i64| rows.iter().find(|(k, _)| *k == c).map(|(_, n)| *n).unwrap_or(0);
    Ok((get(0), get(1)))
}

/// What became of a signature sent through the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutcome {
    /// A new signature, waiting for its confirmation; `mail` says whether a mail was queued.
    New { signature: SignatureId, mail: bool },
    /// This person had signed already and not yet confirmed: the details were updated and
    /// another confirmation mail queued unless the day's allowance is spent.
    StillPending { signature: SignatureId, mail: bool },
    /// This person's signature counts already: nothing changes.
    AlreadyConfirmed,
    /// The form's token was used already (a double submit or a replay): nothing changes.
    TokenUsed,
}

/// The confirmation mail job for a signature: one per signature, person and day, within the
/// day's allowance.
#[derive(serde::Serialize, serde::Deserialize, Debug, Clone)]
pub struct ConfirmMail {
    pub signature: SignatureId,
    /// The details the mail's link confirms (jobs queued before revisions existed: the first).
    #[serde(default = "first_revision")]
    pub revision: i64,
    /// The day (UTC day number) and how many'th mail of that day this is, for the unique key.
    pub day: i64,
    pub nth: i64,
}

/// Record a signature inside the caller's transaction (the group-commit writer's on SQLite):
/// the form's token is marked used, the person found or created by their email, the signature
/// written or refreshed, and the confirmation mail queued, all or nothing.
#[allow(clippy::too_many_arguments)]
pub async fn sign(
    conn: &mut AnyConnection,
    keys: &FieldKeys,
    petition: PetitionId,
    signing: &Signing,
    lang: Lang,
    token_hash: &str,
    token_expires: i64,
    now: i64,
) -> anyhow::Result<SignOutcome> {
    if !crate::http::abuse::consume_form_token(conn, token_hash, token_expires).await? {
        return Ok(SignOutcome::TokenUsed);
    }
    let new = NewSupporter { email: signing.email.clone(), name: Some(signing.name.clone()), country: Some(signing.country.clone()), lang };
    let (supporter, _) = supporters::find_or_create(conn, keys, &new, now).await?;
    let id: SignatureId = crate::crypto::new_row_id();
    let encrypt = |column: &'static str, id: SignatureId, v: &Option<String>| v.as_ref().map(|v| keys.encrypt(at(column, id), v.as_bytes()));
    let inserted = sqlx::query(
        "INSERT INTO signatures (id, petition_id, supporter_id, confirmed, country, lang, city_ct, comment_ct, key_id, consent_lead, created_at, revised_at, via_org, consent_partner)
         VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12) ON CONFLICT (supporter_id, petition_id) DO NOTHING",
    )
    .bind(id)
    .bind(petition)
    .bind(supporter)
    .bind(signing.country.as_str())
    .bind(lang)
    .bind(encrypt("city", id, &signing.city))
    .bind(encrypt("comment", id, &signing.comment))
    .bind(i64::from(keys.current_id()))
    .bind(i64::from(signing.consent))
    .bind(now)
    .bind(signing.partner)
    .bind(i64::from(signing.consent_partner))
    .execute(&mut *conn)
    .await
    .context("adding a signature")?;
    let earlier = if inserted.rows_affected() == 1 {
        None
    } else {
        match earlier_signature(conn, petition, supporter).await? {
            (_, true) => return Ok(SignOutcome::AlreadyConfirmed),
            (existing, false) => Some(existing),
        }
    };
    let day = now.div_euclid(86_400);
    let (nth,): (i64,) = sqlx::query_as(
        "UPDATE supporters SET mails_that_day = CASE WHEN mail_day = $2 THEN mails_that_day + 1 ELSE 1 END, mail_day = $2
         WHERE id = $1 RETURNING mails_that_day",
    )
    .bind(supporter)
    .bind(day)
    .fetch_one(&mut *conn)
    .await
    .context("counting confirmation mails")?;
    let within = nth <= CONFIRM_MAILS_PER_DAY;
    let (signature, revision) = match earlier {
        None => (id, 1),
        // The day's mails are spent: the pending details stay as they were mailed.
        Some(existing) if !within => return Ok(SignOutcome::StillPending { signature: existing, mail: false }),
        Some(existing) => match refresh_pending(conn, keys, existing, supporter, signing, lang, now).await? {
            Some(revision) => (existing, revision),
            None => return Ok(SignOutcome::AlreadyConfirmed),
        },
    };
    let mail = within && crate::jobs::enqueue(conn, &ConfirmMail { signature, revision, day, nth }, now).await?;
    let new_signature = earlier.is_none();
    Ok(if new_signature { SignOutcome::New { signature, mail } } else { SignOutcome::StillPending { signature, mail } })
}

/// This person's earlier signature of this petition, and whether it is confirmed.
pub(super) async fn earlier_signature(conn: &mut AnyConnection, petition: PetitionId, supporter: SupporterId) -> anyhow::Result<(SignatureId, bool)> {
    let (existing, confirmed): (SignatureId, i64) = sqlx::query_as("SELECT id, confirmed FROM signatures WHERE petition_id = $1 AND supporter_id = $2")
        .bind(petition)
        .bind(supporter)
        .fetch_one(&mut *conn)
        .await
        .context("finding an earlier signature")?;
    Ok((existing, confirmed == 1))
}

/// A pending signature's details become what was typed last, under a new revision, returned;
/// `None` when it was confirmed meanwhile (by another connection): a confirmed signature is
/// never rewritten. Only a link mailed for the new revision confirms it, so whoever types
/// someone's email cannot have their details confirmed by a link mailed for other details.
/// Call it only when a confirmation mail for the new revision will be sent.
pub(super) async fn refresh_pending(
    conn: &mut AnyConnection,
    keys: &FieldKeys,
    existing: SignatureId,
    supporter: SupporterId,
    signing: &Signing,
    lang: Lang,
    now: i64,
) -> anyhow::Result<Option<i64>> {
    let encrypt = |column: &'static str, v: &Option<String>| v.as_ref().map(|v| keys.encrypt(at(column, existing), v.as_bytes()));
    let revision: Option<(i64,)> = sqlx::query_as(
        "UPDATE signatures SET country = $2, lang = $3, city_ct = $4, comment_ct = $5, key_id = $6, consent_lead = $7,
           revision = revision + 1, revised_at = $8, via_org = $9, consent_partner = $10 WHERE id = $1 AND confirmed = 0 RETURNING revision",
    )
    .bind(existing)
    .bind(signing.country.as_str())
    .bind(lang)
    .bind(encrypt("city", &signing.city))
    .bind(encrypt("comment", &signing.comment))
    .bind(i64::from(keys.current_id()))
    .bind(i64::from(signing.consent))
    .bind(now)
    .bind(signing.partner)
    .bind(i64::from(signing.consent_partner))
    .fetch_optional(&mut *conn)
    .await
    .context("refreshing a pending signature")?;
    // No row: confirmed between the read and the write.
    let Some((revision,)) = revision else { return Ok(None) };
    // The name the new details were typed with, too (the confirmation page shows it).
    supporters::rename_if_unconfirmed(conn, keys, supporter, &signing.name, TABLE).await?;
    Ok(Some(revision))
}

fn first_revision() -> i64 {
    1
}

/// A signature, with what its mails and pages need.
#[derive(Clone, Debug)]
pub struct SignatureInfo {
    pub id: SignatureId,
    pub revision: i64,
    pub petition: PetitionId,
    pub supporter: SupporterId,
    pub confirmed: bool,
    pub lang: Lang,
    pub consent_lead: bool,
}

pub async fn signature(db: &Db, id: SignatureId) -> anyhow::Result<Option<SignatureInfo>> {
    let row: Option<(PetitionId, SupporterId, i64, Lang, i64, i64)> =
        sqlx::query_as("SELECT petition_id, supporter_id, confirmed, lang, consent_lead, revision FROM signatures WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await
            .context("loading a signature")?;
    Ok(row.map(|(p, s, c, l, consent, revision)| SignatureInfo {
        id,
        revision,
        petition: p,
        supporter: s,
        confirmed: c == 1,
        lang: l,
        consent_lead: consent == 1,
    }))
}

/// What a pending signature will say once confirmed, decrypted: shown on the confirmation
/// page, so the person confirms details they can see.
#[derive(Clone, Debug)]
pub struct PendingDetails {
    pub name: Option<String>,
    pub country: String,
    pub city: Option<String>,
    pub comment: Option<String>,
    /// The box "send me news" as ticked with these details.
    pub consent_lead: bool,
    /// The partner whose page brought these details, when its own box was ticked: its name.
    pub consent_partner: Option<String>,
}

pub async fn pending_details(db: &Db, keys: &FieldKeys, id: SignatureId) -> anyhow::Result<Option<PendingDetails>> {
    let row: Option<(SupporterId, String, Option<Vec<u8>>, Option<Vec<u8>>, i64, Option<Vec<u8>>, Option<String>)> = sqlx::query_as(
        "SELECT g.supporter_id, g.country, g.city_ct, g.comment_ct, g.consent_lead, s.name_ct, o.name
         FROM signatures g JOIN supporters s ON s.id = g.supporter_id
           LEFT JOIN organisations o ON o.id = g.via_org AND g.consent_partner = 1 WHERE g.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("loading a signature's details")?;
    let Some((supporter, country, city, comment, consent, name, partner)) = row else { return Ok(None) };
    Ok(Some(PendingDetails {
        name: name.map(|ct| text(keys, crate::supporters::store::at("name", supporter), &ct)).transpose()?,
        country,
        city: city.map(|ct| text(keys, at("city", id), &ct)).transpose()?,
        comment: comment.map(|ct| text(keys, at("comment", id), &ct)).transpose()?,
        consent_lead: consent == 1,
        consent_partner: partner,
    }))
}

/// Confirm a signature at the revision `info` holds (the one its link was mailed for): it
/// counts from now on, and the consent it carried is recorded, in one transaction. Returns
/// false when nothing changed: confirmed already (a second press), or its details were
/// replaced since.
pub async fn confirm(db: &Db, info: &SignatureInfo, org: &str, source: &str, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    // The consents recorded are the ones of this revision, read in this transaction.
    let row: Option<(i64, Option<i64>, i64, Option<crate::organisations::model::OrganisationId>, i64)> = sqlx::query_as(
        "UPDATE signatures SET confirmed = 1, confirmed_at = $2 WHERE id = $1 AND confirmed = 0 AND revision = $3
         RETURNING consent_lead, revised_at, created_at, via_org, consent_partner",
    )
    .bind(info.id)
    .bind(now)
    .bind(info.revision)
    .fetch_optional(&mut *tx)
    .await
    .context("confirming a signature")?;
    let Some((consent, revised_at, created_at, via_org, consent_partner)) = row else { return Ok(false) };
    let typed_at = revised_at.unwrap_or(created_at);
    let partner = via_org.filter(|_| consent_partner == 1);
    crate::organisations::store::record_consents(&mut tx, info.supporter, org, consent == 1, partner, typed_at, source, info.lang, now).await?;
    tx.commit().await.context("committing a confirmation")?;
    Ok(true)
}


/// A signature as coordinators see it, decrypted.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SignatureRow {
    pub id: SignatureId,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub name: Option<String>,
    pub email: String,
    pub country: String,
    pub city: Option<String>,
    pub comment: Option<String>,
    /// Hidden from the petition page by a coordinator.
    pub comment_hidden: bool,
    /// Consent to hear from the lead organisation, as it is now.
    pub consent_lead: bool,
    pub lang: Lang,
}

const SIGNATURE_COLUMNS: &str = "g.id, g.created_at, g.confirmed_at, g.country, g.city_ct, g.comment_ct, g.comment_hidden, COALESCE(k.granted, 0) AS consent_lead, g.lang,
    s.id AS supporter_id, s.email_ct, s.name_ct";

/// The tables the signature columns come from. Consent is read as it is now, from the consents
/// table under the lead organisation's key (bound as `$key`), never from what the box said at
/// signing: someone who unsubscribed no longer consents, whatever they ticked then.
fn signature_tables(key: usize) -> String {
    format!("signatures g JOIN supporters s ON s.id = g.supporter_id LEFT JOIN consents k ON k.supporter_id = g.supporter_id AND k.org = ${key}")
}

#[derive(sqlx::FromRow)]
struct SignatureDbRow {
    id: SignatureId,
    created_at: i64,
    confirmed_at: Option<i64>,
    country: String,
    city_ct: Option<Vec<u8>>,
    comment_ct: Option<Vec<u8>>,
    comment_hidden: i64,
    consent_lead: i64,
    lang: Lang,
    supporter_id: SupporterId,
    email_ct: Vec<u8>,
    name_ct: Option<Vec<u8>>,
}

fn text(keys: &FieldKeys, place: FieldRef<'_>, ct: &[u8]) -> anyhow::Result<String> {
    String::from_utf8(keys.decrypt(place, ct)?).context("a field that is not text")
}

impl SignatureDbRow {
    fn decrypt(self, keys: &FieldKeys) -> anyhow::Result<SignatureRow> {
        let person = |column: &'static str| crate::supporters::store::at(column, self.supporter_id);
        Ok(SignatureRow {
            id: self.id,
            created_at: self.created_at,
            confirmed_at: self.confirmed_at,
            name: self.name_ct.as_deref().map(|ct| text(keys, person("name"), ct)).transpose()?,
            email: text(keys, person("email"), &self.email_ct)?,
            country: self.country,
            city: self.city_ct.as_deref().map(|ct| text(keys, at("city", self.id), ct)).transpose()?,
            comment: self.comment_ct.as_deref().map(|ct| text(keys, at("comment", self.id), ct)).transpose()?,
            comment_hidden: self.comment_hidden != 0,
            consent_lead: self.consent_lead == 1,
            lang: self.lang,
        })
    }
}

/// One page of a petition's signatures, newest first.
pub async fn list_signatures(db: &Db, keys: &FieldKeys, id: PetitionId, lead_key: &str, limit: i64, offset: i64) -> anyhow::Result<Vec<SignatureRow>> {
    let rows: Vec<SignatureDbRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {SIGNATURE_COLUMNS} FROM {}
         WHERE g.petition_id = $1 ORDER BY g.created_at DESC, g.id DESC LIMIT $2 OFFSET $3",
        signature_tables(4)
    )))
    .bind(id)
    .bind(limit)
    .bind(offset)
    .bind(lead_key)
    .fetch_all(&db.pool)
    .await
    .context("listing signatures")?;
    rows.into_iter().map(|r| r.decrypt(keys)).collect()
}

/// The signature of the person with this email, found through the blind index.
pub async fn find_signature_by_email(db: &Db, keys: &FieldKeys, id: PetitionId, lead_key: &str, email: &Email) -> anyhow::Result<Option<SignatureRow>> {
    let mut conn = db.pool.acquire().await.context("connecting to search signatures")?;
    let Some(supporter) = supporters::find_by_email(&mut conn, keys, email).await? else { return Ok(None) };
    let row: Option<SignatureDbRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {SIGNATURE_COLUMNS} FROM {} WHERE g.petition_id = $1 AND g.supporter_id = $2",
        signature_tables(3)
    )))
    .bind(id)
    .bind(supporter)
    .bind(lead_key)
    .fetch_optional(&mut *conn)
    .await
    .context("loading a signature")?;
    row.map(|r| r.decrypt(keys)).transpose()
}

/// Every signature of a petition, oldest first, read in batches (for the CSV export).
pub async fn all_signatures(db: &Db, keys: &FieldKeys, id: PetitionId, lead_key: &str) -> anyhow::Result<Vec<SignatureRow>> {
    let mut out = Vec::new();
    let (mut after_time, mut after_id) = (i64::MIN, None::<SignatureId>);
    loop {
        let rows: Vec<SignatureDbRow> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {SIGNATURE_COLUMNS} FROM {}
             WHERE g.petition_id = $1 AND (g.created_at > $2 OR (g.created_at = $2 AND g.id > $3))
             ORDER BY g.created_at, g.id LIMIT 1000",
            signature_tables(4)
        )))
        .bind(id)
        .bind(after_time)
        .bind(after_id)
        .bind(lead_key)
        .fetch_all(&db.pool)
        .await
        .context("reading signatures to export")?;
        let Some(last) = rows.last() else { break };
        (after_time, after_id) = (last.created_at, Some(last.id));
        let n = rows.len();
        for r in rows {
            out.push(r.decrypt(keys)?);
        }
        if n < 1000 {
            break;
        }
    }
    Ok(out)
}

/// The latest public comments of confirmed signatures: (country, comment, when).
pub async fn recent_comments(db: &Db, keys: &FieldKeys, id: PetitionId, n: i64) -> anyhow::Result<Vec<(String, String, i64)>> {
    let rows: Vec<(SignatureId, String, Vec<u8>, i64)> = sqlx::query_as(
        "SELECT id, country, comment_ct, confirmed_at FROM signatures
         WHERE petition_id = $1 AND confirmed = 1 AND comment_ct IS NOT NULL AND comment_hidden = 0 ORDER BY confirmed_at DESC, id DESC LIMIT $2",
    )
    .bind(id)
    .bind(n)
    .fetch_all(&db.pool)
    .await
    .context("loading comments")?;
    rows.into_iter().map(|(sid, country, ct, at_)| Ok((country, text(keys, at("comment", sid), &ct)?, at_))).collect()
}

/// A person's signatures, for their own page and their download.
#[derive(Clone, Debug, serde::Serialize)]
pub struct OwnSignature {
    /// For the own page's title lookup; the download names the petition by `petition`.
    #[serde(skip)]
    pub petition_id: PetitionId,
    pub petition: String,
    pub campaign: String,
    pub country: String,
    pub city: Option<String>,
    pub comment: Option<String>,
    pub confirmed: bool,
    pub signed_at: i64,
}

pub async fn signatures_of(db: &Db, keys: &FieldKeys, supporter: SupporterId) -> anyhow::Result<Vec<OwnSignature>> {
    let rows: Vec<(SignatureId, PetitionId, String, String, String, Option<Vec<u8>>, Option<Vec<u8>>, i64, i64)> = sqlx::query_as(
        "SELECT g.id, g.petition_id, p.slug, c.slug, g.country, g.city_ct, g.comment_ct, g.confirmed, g.created_at
         FROM signatures g JOIN petitions p ON p.id = g.petition_id JOIN campaigns c ON c.id = p.campaign_id
         WHERE g.supporter_id = $1 ORDER BY g.created_at",
    )
    .bind(supporter)
    .fetch_all(&db.pool)
    .await
    .context("loading a person's signatures")?;
    rows.into_iter()
        .map(|(id, petition_id, petition, campaign, country, city, comment, confirmed, signed_at)| {
            Ok(OwnSignature {
                petition_id,
                petition,
                campaign,
                country,
                city: city.map(|ct| text(keys, at("city", id), &ct)).transpose()?,
                comment: comment.map(|ct| text(keys, at("comment", id), &ct)).transpose()?,
                confirmed: confirmed == 1,
                signed_at,
            })
        })
        .collect()
}

/// Hide a signature's comment from the petition page; `false` when the petition has no such
/// signature with a comment still shown.
pub async fn hide_comment(db: &Db, petition: PetitionId, id: SignatureId) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE signatures SET comment_hidden = 1 WHERE id = $1 AND petition_id = $2 AND comment_hidden = 0")
        .bind(id)
        .bind(petition)
        .execute(&db.pool)
        .await
        .context("hiding a comment")?;
    Ok(done.rows_affected() == 1)
}

/// Delete signatures left unconfirmed since before `before`. Returns how many went (the
/// people left with nothing go in `supporters::service::purge`).
pub async fn purge_unconfirmed(db: &Db, before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM signatures WHERE confirmed = 0 AND created_at < $1")
        .bind(before)
        .execute(&db.pool)
        .await
        .context("purging unconfirmed signatures")?;
    Ok(done.rows_affected())
}

pub async fn count_on_old_keys(db: &Db, keys: &FieldKeys) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures WHERE key_id <> $1")
        .bind(i64::from(keys.current_id()))
        .fetch_one(&db.pool)
        .await
        .context("counting signatures on old keys")?;
    Ok(n)
}

/// Move up to `limit` signatures' city and comment to the current key, in one transaction.
pub async fn rotate_batch(db: &Db, keys: &FieldKeys, limit: i64) -> anyhow::Result<usize> {
    let current = i64::from(keys.current_id());
    let mut tx = db.begin_write().await?;
    let rows: Vec<(SignatureId, Option<Vec<u8>>, Option<Vec<u8>>)> =
        sqlx::query_as("SELECT id, city_ct, comment_ct FROM signatures WHERE key_id <> $1 ORDER BY id LIMIT $2")
            .bind(current)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await
            .context("reading a rotation batch of signatures")?;
    let n = rows.len();
    for (id, city, comment) in rows {
        sqlx::query("UPDATE signatures SET city_ct = $2, comment_ct = $3, key_id = $4 WHERE id = $1")
            .bind(id)
            .bind(city.map(|ct| keys.reencrypt(at("city", id), &ct)).transpose()?)
            .bind(comment.map(|ct| keys.reencrypt(at("comment", id), &ct)).transpose()?)
            .bind(current)
            .execute(&mut *tx)
            .await
            .context("re-encrypting a signature")?;
    }
    tx.commit().await.context("committing a rotation batch of signatures")?;
    Ok(n)
}
