//! SQL for organisations, their texts and logos, and the supporters who chose them.

use anyhow::Context;

use super::model::{Choices, Endorsement, Kind, Organisation, OrganisationId, PageText, Status};
use crate::campaigns::model::CampaignId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::i18n::Lang;
use crate::staff::StaffId;
use crate::supporters::model::{Email, SupporterId};

/// Where an organisation's field is encrypted: bound to this table, column and row.
pub fn at(column: &'static str, id: OrganisationId) -> FieldRef<'static> {
    FieldRef::new("organisations", column, id)
}

const COLUMNS: &str = "id, campaign_id, name, kind, country, city, website, lang, status, referral,
    CASE WHEN logo IS NULL THEN 0 ELSE 1 END AS has_logo, age_recipient, reason, created_at";

/// The consent key under which supporters chose this organisation (see `supporters::store`).
pub fn consent_key(id: OrganisationId) -> String {
    format!("org:{id}")
}

/// Store a new endorsement (unconfirmed) with its statement in `lang`, inside the caller's
/// transaction (which queues the mail to its contact with it).
pub async fn insert(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, campaign: CampaignId, e: &Endorsement, lang: Lang, logo: Option<&[u8]>, now: i64) -> anyhow::Result<OrganisationId> {
    let id: OrganisationId = crate::crypto::new_row_id();
    // A referral code is random; the one in a million that is taken gets another try.
    let mut referral = super::model::new_referral();
    for _ in 0..3 {
        let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE referral = $1").bind(&referral).fetch_one(&mut *tx).await?;
        if taken == 0 {
            break;
        }
        referral = super::model::new_referral();
    }
    sqlx::query(
        "INSERT INTO organisations (id, campaign_id, name, kind, country, city, website, lang, contact_name_ct, contact_email_ct, key_id, status, referral, logo, created_at, contact_bidx)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(id)
    .bind(campaign)
    .bind(&e.name)
    .bind(e.kind)
    .bind(e.country.as_str())
    .bind(&e.city)
    .bind(&e.website)
    .bind(lang)
    .bind(keys.encrypt(at("contact_name", id), e.contact_name.as_str().as_bytes()))
    .bind(keys.encrypt(at("contact_email", id), e.contact_email.as_str().as_bytes()))
    .bind(i64::from(keys.current_id()))
    .bind(Status::Unconfirmed)
    .bind(&referral)
    .bind(logo.map(<[u8]>::to_vec))
    .bind(now)
    .bind(keys.blind_index(CONTACT_DOMAIN, e.contact_email.as_str()).to_vec())
    .execute(&mut *tx)
    .await
    .context("adding an organisation")?;
    sqlx::query("INSERT INTO organisation_texts (organisation_id, lang, statement, updated_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(lang)
        .bind(&e.statement)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("adding an organisation's statement")?;
    Ok(id)
}

const CONTACT_DOMAIN: &str = "organisation-contact";

/// How many endorsements named this contact address since `since` (any campaign).
pub async fn endorsements_by_contact(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, email: &Email, since: i64) -> anyhow::Result<i64> {
    let mut n = 0;
    for index in keys.blind_indexes(CONTACT_DOMAIN, email.as_str()) {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE contact_bidx = $1 AND created_at >= $2")
            .bind(index.to_vec())
            .bind(since)
            .fetch_one(&mut *tx)
            .await
            .context("counting endorsements by contact")?;
        n += count;
    }
    Ok(n)
}

pub async fn find(db: &Db, id: OrganisationId) -> anyhow::Result<Option<Organisation>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM organisations WHERE id = $1")))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading an organisation")
}

pub async fn find_by_referral(db: &Db, campaign: CampaignId, referral: &str) -> anyhow::Result<Option<Organisation>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM organisations WHERE campaign_id = $1 AND referral = $2")))
        .bind(campaign)
        .bind(referral)
        .fetch_optional(&db.pool)
        .await
        .context("reading an organisation by its code")
}

/// A campaign's organisations in one status, by name, a page at a time.
pub async fn list(db: &Db, campaign: CampaignId, status: Status, limit: i64, offset: i64) -> anyhow::Result<Vec<Organisation>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE campaign_id = $1 AND status = $2 ORDER BY country, kind, name, id LIMIT $3 OFFSET $4"
    )))
    .bind(campaign)
    .bind(status)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing organisations")
}

pub async fn count(db: &Db, campaign: CampaignId, status: Status) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE campaign_id = $1 AND status = $2")
        .bind(campaign)
        .bind(status)
        .fetch_one(&db.pool)
        .await
        .context("counting organisations")?;
    Ok(n)
}

/// Approved organisations per (country, kind): the public list's headings and counts.
pub async fn approved_counts(db: &Db, campaign: CampaignId) -> anyhow::Result<Vec<(String, Kind, i64)>> {
    sqlx::query_as("SELECT country, kind, COUNT(*) FROM organisations WHERE campaign_id = $1 AND status = 'approved' GROUP BY country, kind ORDER BY country, kind")
        .bind(campaign)
        .fetch_all(&db.pool)
        .await
        .context("counting endorsements")
}

/// The contact person's name and email, decrypted (for the mails to them).
pub async fn contact(db: &Db, keys: &FieldKeys, id: OrganisationId) -> anyhow::Result<Option<(String, Email)>> {
    let row: Option<(Vec<u8>, Vec<u8>)> = sqlx::query_as("SELECT contact_name_ct, contact_email_ct FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading an organisation's contact")?;
    let Some((name_ct, email_ct)) = row else { return Ok(None) };
    let name = String::from_utf8(keys.decrypt(at("contact_name", id), &name_ct)?)?;
    let email = String::from_utf8(keys.decrypt(at("contact_email", id), &email_ct)?)?;
    let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("a stored contact email does not parse: {e}"))?;
    Ok(Some((name, email)))
}

/// The contact confirmed from the mail: unconfirmed becomes pending (once).
pub async fn confirm(tx: &mut sqlx::AnyConnection, id: OrganisationId, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE organisations SET status = 'pending', confirmed_at = $2 WHERE id = $1 AND status = 'unconfirmed'")
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("confirming an organisation")?;
    Ok(done.rows_affected() == 1)
}

/// Approve or reject a pending organisation (or change a decision), with the reason given.
pub async fn decide(tx: &mut sqlx::AnyConnection, id: OrganisationId, to: Status, reason: &str, by: StaffId, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "UPDATE organisations SET status = $2, reason = $3, decided_at = $4, decided_by = $5 WHERE id = $1 AND status IN ('pending', 'approved', 'rejected') AND status <> $2",
    )
    .bind(id)
    .bind(to)
    .bind(reason)
    .bind(now)
    .bind(by)
    .execute(&mut *tx)
    .await
    .context("deciding on an organisation")?;
    Ok(done.rows_affected() == 1)
}

/// Every language's texts of an organisation.
pub async fn texts(db: &Db, id: OrganisationId) -> anyhow::Result<Vec<(Lang, PageText)>> {
    let rows: Vec<(Lang, String, String, String, String)> =
        sqlx::query_as("SELECT lang, statement, page_md, page_html, call_to_action FROM organisation_texts WHERE organisation_id = $1 ORDER BY lang")
            .bind(id)
            .fetch_all(&db.pool)
            .await
            .context("reading an organisation's texts")?;
    Ok(rows.into_iter().map(|(l, statement, page_md, page_html, call_to_action)| (l, PageText { statement, page_md, page_html, call_to_action })).collect())
}

pub async fn save_text(db: &Db, id: OrganisationId, lang: Lang, t: &PageText, now: i64) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO organisation_texts (organisation_id, lang, statement, page_md, page_html, call_to_action, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organisation_id, lang) DO UPDATE SET statement = excluded.statement, page_md = excluded.page_md, page_html = excluded.page_html,
           call_to_action = excluded.call_to_action, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(lang)
    .bind(&t.statement)
    .bind(&t.page_md)
    .bind(&t.page_html)
    .bind(&t.call_to_action)
    .bind(now)
    .execute(&db.pool)
    .await
    .context("saving an organisation's text")?;
    Ok(())
}

pub async fn logo(db: &Db, id: OrganisationId) -> anyhow::Result<Option<Vec<u8>>> {
    let row: Option<(Option<Vec<u8>>,)> = sqlx::query_as("SELECT logo FROM organisations WHERE id = $1 AND status = 'approved'")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading a logo")?;
    Ok(row.and_then(|(l,)| l))
}

/// The logo whatever the organisation's status (for moderators).
pub async fn any_logo(db: &Db, id: OrganisationId) -> anyhow::Result<Option<Vec<u8>>> {
    let row: Option<(Option<Vec<u8>>,)> = sqlx::query_as("SELECT logo FROM organisations WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading a logo")?;
    Ok(row.and_then(|(l,)| l))
}

pub async fn set_logo(db: &Db, id: OrganisationId, png: &[u8]) -> anyhow::Result<()> {
    sqlx::query("UPDATE organisations SET logo = $2 WHERE id = $1").bind(id).bind(png.to_vec()).execute(&db.pool).await.context("storing a logo")?;
    Ok(())
}

pub async fn set_age_recipient(db: &Db, id: OrganisationId, recipient: Option<&str>) -> anyhow::Result<()> {
    sqlx::query("UPDATE organisations SET age_recipient = $2 WHERE id = $1")
        .bind(id)
        .bind(recipient)
        .execute(&db.pool)
        .await
        .context("storing an organisation's key")?;
    Ok(())
}

/// Actions taken through the organisation's page and confirmed: signatures, letter actions
/// written (one per writer and action, whatever the number of decision-makers) and answers to
/// events that hold a place or wait for one. Its own tally.
pub async fn tally(db: &Db, id: OrganisationId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM signatures WHERE via_org = $1 AND confirmed = 1)
              + (SELECT COUNT(*) FROM (SELECT DISTINCT supporter_id, action_id FROM letters WHERE via_org = $1 AND status IN ('queued', 'sent', 'bounced')) AS w)
              + (SELECT COUNT(*) FROM rsvps WHERE via_org = $1 AND status IN ('attending', 'waiting'))",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .context("counting an organisation's actions")?;
    Ok(n)
}

/// One supporter who chose an organisation, as its staff see them.
#[derive(Clone, Debug)]
pub struct OrgSupporter {
    pub id: SupporterId,
    pub name: Option<String>,
    pub email: String,
    pub country: Option<String>,
    pub lang: Lang,
    /// When they gave the organisation their consent (as it stands now).
    pub since: i64,
}

#[derive(sqlx::FromRow)]
struct OrgSupporterRow {
    id: SupporterId,
    name_ct: Option<Vec<u8>>,
    email_ct: Vec<u8>,
    country: Option<String>,
    lang: Lang,
    changed_at: i64,
}

impl OrgSupporterRow {
    fn open(self, keys: &FieldKeys) -> anyhow::Result<OrgSupporter> {
        use crate::supporters::store::at as person;
        let name = match &self.name_ct {
            Some(ct) => Some(String::from_utf8(keys.decrypt(person("name", self.id), ct)?)?),
            None => None,
        };
        let email = String::from_utf8(keys.decrypt(person("email", self.id), &self.email_ct)?)?;
        Ok(OrgSupporter { id: self.id, name, email, country: self.country, lang: self.lang, since: self.changed_at })
    }
}

const SUPPORTER_SQL: &str = "SELECT s.id, s.name_ct, s.email_ct, s.country, s.lang, c.changed_at
    FROM consents c JOIN supporters s ON s.id = c.supporter_id WHERE c.org = $1 AND c.granted = 1";

/// Those who consent to the organisation now (withdrawn consent is not consent), newest first.
pub async fn supporters(db: &Db, keys: &FieldKeys, id: OrganisationId, limit: i64, offset: i64) -> anyhow::Result<Vec<OrgSupporter>> {
    let rows: Vec<OrgSupporterRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SUPPORTER_SQL} ORDER BY c.changed_at DESC, s.id DESC LIMIT $2 OFFSET $3")))
        .bind(consent_key(id))
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await
        .context("listing an organisation's supporters")?;
    rows.into_iter().map(|r| r.open(keys)).collect()
}

pub async fn supporter_count(db: &Db, id: OrganisationId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM consents WHERE org = $1 AND granted = 1")
        .bind(consent_key(id))
        .fetch_one(&db.pool)
        .await
        .context("counting an organisation's supporters")?;
    Ok(n)
}

/// The one supporter with this exact email, if they consent to the organisation.
pub async fn find_supporter(db: &Db, keys: &FieldKeys, id: OrganisationId, email: &Email) -> anyhow::Result<Option<OrgSupporter>> {
    let mut conn = db.pool.acquire().await.context("connecting to search supporters")?;
    let Some(person) = crate::supporters::store::find_by_email(&mut conn, keys, email).await? else { return Ok(None) };
    let row: Option<OrgSupporterRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SUPPORTER_SQL} AND s.id = $2")))
        .bind(consent_key(id))
        .bind(person)
        .fetch_optional(&mut *conn)
        .await
        .context("searching an organisation's supporters")?;
    row.map(|r| r.open(keys)).transpose()
}

/// Consents given to the organisation per month (UTC, `YYYY-MM`), as they stand now: its
/// supporters over time.
pub async fn monthly(db: &Db, id: OrganisationId) -> anyhow::Result<Vec<(String, i64)>> {
    let times: Vec<(i64,)> = sqlx::query_as("SELECT changed_at FROM consents WHERE org = $1 AND granted = 1")
        .bind(consent_key(id))
        .fetch_all(&db.pool)
        .await
        .context("counting an organisation's supporters over time")?;
    let mut months = std::collections::BTreeMap::<String, i64>::new();
    for (t,) in times {
        let month = jiff::Timestamp::from_second(t).map(|ts| ts.strftime("%Y-%m").to_string()).unwrap_or_default();
        *months.entry(month).or_default() += 1;
    }
    Ok(months.into_iter().collect())
}

/// Every organisation of a campaign whose staff may act, by name (for the coordinators'
/// invitation form).
pub async fn approved_names(db: &Db) -> anyhow::Result<Vec<(OrganisationId, String)>> {
    sqlx::query_as("SELECT id, name FROM organisations WHERE status = 'approved' ORDER BY name, id")
        .fetch_all(&db.pool)
        .await
        .context("listing approved organisations")
}

/// Delete endorsements never confirmed (made before `before`) and rejected ones (decided
/// before it): their contacts are kept no longer than unconfirmed signatures.
pub async fn purge_unconfirmed(db: &Db, before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM organisations WHERE (status = 'unconfirmed' AND created_at < $1) OR (status = 'rejected' AND decided_at < $1)")
        .bind(before)
        .execute(&db.pool)
        .await
        .context("purging endorsements")?;
    Ok(done.rows_affected())
}

/// Record the consents a person gives by confirming an action: the lead organisation's box
/// (under `lead_key`) and the box of the partner whose page brought them (`partner`: its id,
/// when ticked), as they were ticked at `typed_at`. A partner counts only while it is approved
/// (one rejected meanwhile gains no one), and a withdrawal or an unsubscribe after `typed_at`
/// wins over a box ticked then. Inside the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn record_consents(
    tx: &mut sqlx::AnyConnection,
    supporter: SupporterId,
    lead_key: &str,
    lead: bool,
    partner: Option<OrganisationId>,
    typed_at: i64,
    source: &str,
    lang: Lang,
    now: i64,
) -> anyhow::Result<()> {
    use crate::supporters::store::{set_consent, withdrawn_since};
    if lead && !withdrawn_since(tx, supporter, lead_key, typed_at).await? {
        set_consent(tx, supporter, lead_key, true, source, lang, now).await?;
    }
    let Some(partner) = partner else { return Ok(()) };
    let approved: Option<(i64,)> =
        sqlx::query_as("SELECT CAST(1 AS BIGINT) FROM organisations WHERE id = $1 AND status = 'approved'").bind(partner).fetch_optional(&mut *tx).await.context("checking a partner")?;
    let key = consent_key(partner);
    if approved.is_some() && !withdrawn_since(tx, supporter, &key, typed_at).await? {
        set_consent(tx, supporter, &key, true, &format!("{source}@org:{partner}"), lang, now).await?;
    }
    Ok(())
}

/// The boxes an action waiting for confirmation (or cancelled) keeps when it is submitted again
/// with the same address, by anyone: a box stays ticked only if it was ticked before and again
/// (for the same partner) and the person said no to nothing since it was first ticked at
/// `typed_at`; the partner is credited only if both writings came through it. Someone else's
/// boxes never become the person's.
pub async fn boxes_kept(tx: &mut sqlx::AnyConnection, supporter: SupporterId, lead_key: &str, old: Choices, new: Choices, typed_at: i64) -> anyhow::Result<Choices> {
    use crate::supporters::store::withdrawn_since;
    let lead = old.lead && new.lead && !withdrawn_since(tx, supporter, lead_key, typed_at).await?;
    let partner = match (old.via, new.via) {
        (Some(a), Some(b)) if a == b && old.partner && new.partner => !withdrawn_since(tx, supporter, &consent_key(a), typed_at).await?,
        _ => false,
    };
    // The credit stays only as the person left it: someone else's code credits no one.
    let via = if old.via == new.via { old.via } else { None };
    Ok(Choices { lead, via, partner: partner && via.is_some() })
}
