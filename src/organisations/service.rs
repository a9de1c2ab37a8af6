//! The rules of the coalition, apart from the pages: what an endorsement must carry, who may
//! decide on it, what the public sees of an organisation, and what an organisation's staff may
//! read of the supporters (only those who chose that organisation, each reading written to the
//! audit log; an export sealed to the organisation's key when it registered one).

use super::mail::{ContactMail, What};
use super::model::{EndorseInput, Kind, Organisation, OrganisationId, PageInput, Status};
use super::store::{self, OrgSupporter};
use crate::campaigns::model::Campaign;
use crate::crypto::LinkPurpose;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::supporters::model::Email;
use crate::text::Invalid;

/// The most endorsements a day that may name one contact address: each sends it a mail.
pub const ENDORSEMENTS_PER_CONTACT_PER_DAY: i64 = 3;

/// Take an endorsement: checked, its logo made safe, stored unconfirmed, and the mail to its
/// contact queued in the same transaction, which also uses up the form's token (`token`: its
/// hash and expiry). `Ok(None)`: nothing was stored, and nothing said about it outside: the
/// token was used already, or the contact address was named too often today (the form would
/// otherwise mail anyone, again and again). `Err` holds what to say about each field.
pub async fn endorse(state: &AppState, campaign: &Campaign, lang: Lang, input: &EndorseInput, logo: Option<Vec<u8>>, token: (&str, i64)) -> AppResult<Result<Option<OrganisationId>, Invalid>> {
    let mut errors = Invalid::new();
    let parsed = input.parse(crate::countries::countries()).map_err(|e| errors.extend(e));
    let logo = match logo.filter(|l| !l.is_empty()) {
        None => None,
        Some(bytes) => {
            let clean = crate::images::sanitise_one_at_a_time(bytes, &crate::images::Limits::LOGO, crate::images::Output::Png { max_side: 512 }).await?;
            match clean {
                Ok(image) => Some(image.bytes),
                Err(e) => {
                    errors.add("logo", e.problem());
                    None
                }
            }
        }
    };
    let Ok(endorsement) = parsed else { return Ok(Err(errors)) };
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let now = now();
    let mut tx = state.db.begin_write().await?;
    if !crate::http::abuse::consume_form_token(&mut tx, token.0, token.1).await? {
        return Ok(Ok(None));
    }
    if store::endorsements_by_contact(&mut tx, &state.keys.fields, &endorsement.contact_email, now - 86_400).await? >= ENDORSEMENTS_PER_CONTACT_PER_DAY {
        tx.commit().await.map_err(anyhow::Error::from)?;
        tracing::info!("endorsement not stored: its contact address was named too often today");
        return Ok(Ok(None));
    }
    let id = store::insert(&mut tx, &state.keys.fields, campaign.id, &endorsement, lang, logo.as_deref(), now).await?;
    crate::jobs::enqueue(&mut tx, &ContactMail { organisation: id, what: What::Confirm, at: now }, now).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    tracing::info!(organisation = %id, "endorsement received");
    Ok(Ok(Some(id)))
}

/// The organisation a confirmation link names, while its endorsement waits for it.
pub async fn confirm_link(state: &AppState, token: &str) -> AppResult<Option<Organisation>> {
    let Some(id) = state.keys.verify_link::<OrganisationId>(LinkPurpose::Endorse, token) else { return Ok(None) };
    Ok(store::find(&state.db, id).await?)
}

/// The contact confirmed: the endorsement goes to the moderators. Once.
pub async fn confirm(state: &AppState, org: &Organisation) -> AppResult<bool> {
    let mut tx = state.db.begin_write().await?;
    let done = store::confirm(&mut tx, org.id, now()).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    Ok(done)
}

/// Approve, or reject with a reason (required, mailed back). Coordinators and moderators only;
/// written to the audit log, the organisation's too.
pub async fn decide(state: &AppState, staff: &Staff, campaign: &Campaign, org: &Organisation, approve: bool, reason: &str) -> AppResult<Result<bool, Invalid>> {
    staff.require(Permission::Moderate)?;
    if org.campaign_id != campaign.id {
        return Err(AppError::NotFound);
    }
    let mut errors = Invalid::new();
    let reason = errors.take("reason", crate::text::multi_line(&reason.replace("\r\n", "\n"), super::model::REASON_MAX, !approve));
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let (to, what, action) = if approve { (Status::Approved, What::Approved, "org-approved") } else { (Status::Rejected, What::Rejected, "org-rejected") };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    let changed = store::decide(&mut tx, org.id, to, &reason, staff.id, now).await?;
    if changed {
        crate::jobs::enqueue(&mut tx, &ContactMail { organisation: org.id, what, at: now }, now).await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    if changed {
        crate::audit::store::record_about(&state.db, staff, action, Some(campaign.id), Some(org.id), &org.name, now).await?;
        state.job_notify.notify_waiters();
        state.cache.clear();
    }
    Ok(Ok(changed))
}

/// One country of the public list: its organisations by kind, with counts.
pub struct CountryGroup {
    pub country: String,
    pub name: String,
    pub count: i64,
    pub kinds: Vec<KindGroup>,
}

pub struct KindGroup {
    pub kind: Kind,
    pub count: i64,
    pub organisations: Vec<Organisation>,
}

/// The public list of endorsers, one page of it (in country, kind and name order), with the
/// counts of the whole list per country and kind.
pub async fn endorsers(state: &AppState, campaign: &Campaign, lang: Lang, limit: i64, offset: i64) -> AppResult<(i64, Vec<CountryGroup>)> {
    let counts = store::approved_counts(&state.db, campaign.id).await?;
    let total = counts.iter().map(|(_, _, n)| n).sum();
    let orgs = store::list(&state.db, campaign.id, Status::Approved, limit, offset).await?;
    let mut groups: Vec<CountryGroup> = Vec::new();
    for org in orgs {
        if groups.last().is_none_or(|g| g.country != org.country) {
            let count = counts.iter().filter(|(c, _, _)| *c == org.country).map(|(_, _, n)| n).sum();
            groups.push(CountryGroup { country: org.country.clone(), name: crate::countries::country_name(lang, &org.country), count, kinds: Vec::new() });
        }
        let group = groups.last_mut().expect("pushed above");
        if group.kinds.last().is_none_or(|k| k.kind != org.kind) {
            let count = counts.iter().find(|(c, k, _)| *c == org.country && *k == org.kind).map(|(_, _, n)| *n).unwrap_or(0);
            group.kinds.push(KindGroup { kind: org.kind, count, organisations: Vec::new() });
        }
        group.kinds.last_mut().expect("pushed above").organisations.push(org);
    }
    Ok((total, groups))
}

/// An approved organisation of a published campaign, by its referral code: its partner page.
pub async fn partner(state: &AppState, campaign: &Campaign, referral: &str) -> AppResult<Organisation> {
    if !super::model::is_referral(referral) {
        return Err(AppError::NotFound);
    }
    store::find_by_referral(&state.db, campaign.id, referral).await?.filter(|o| o.status == Status::Approved).ok_or(AppError::NotFound)
}

/// The approved partner of this campaign a referral code (`?via=`, a form's `via`) names, if it
/// names one: every action form shows that partner's own consent box and credits it.
pub async fn partner_of(state: &AppState, campaign: &Campaign, via: Option<&str>) -> AppResult<Option<Organisation>> {
    let Some(code) = via.map(str::trim).filter(|v| super::model::is_referral(v)) else { return Ok(None) };
    Ok(store::find_by_referral(&state.db, campaign.id, code).await?.filter(|o| o.status == Status::Approved))
}

/// What confirming an action will record, as its confirmation page says it before anyone
/// presses the button: whether the lead organisation's box was ticked, and the name of the
/// partner whose box was (only while it is approved: otherwise nothing would be recorded).
pub async fn consents_shown(state: &AppState, lead: bool, partner: Option<OrganisationId>) -> AppResult<(bool, Option<String>)> {
    let name = match partner {
        Some(id) => store::find(&state.db, id).await?.filter(|o| o.status == Status::Approved).map(|o| o.name),
        None => None,
    };
    Ok((lead, name))
}

/// The organisation an organisation's staff member works for, approved (a rejected one's
/// staff can do nothing).
pub async fn own(state: &AppState, staff: &Staff, permission: Permission) -> AppResult<Organisation> {
    let id = staff.own_organisation(permission)?;
    store::find(&state.db, id).await?.filter(|o| o.status == Status::Approved).ok_or(AppError::Forbidden)
}

/// Save the partner page's texts in one language.
pub async fn save_page(state: &AppState, staff: &Staff, org: &Organisation, lang: Lang, input: &PageInput) -> AppResult<Result<(), Invalid>> {
    staff.require(Permission::EditOrgPage)?;
    let text = match input.parse() {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    store::save_text(&state.db, org.id, lang, &text, now()).await?;
    crate::audit::store::record(&state.db, staff, "org-page-saved", Some(org.campaign_id), lang.code(), now()).await?;
    state.cache.clear();
    Ok(Ok(()))
}

/// Register (or remove) the organisation's public key: its exports are sealed to it.
pub async fn set_key(state: &AppState, staff: &Staff, org: &Organisation, typed: &str) -> AppResult<Result<(), Invalid>> {
    staff.require(Permission::ManageOrgStaff)?;
    let mut errors = Invalid::new();
    let key = errors.take("age_recipient", super::model::age_recipient(typed));
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    store::set_age_recipient(&state.db, org.id, key.as_deref()).await?;
    let action = if key.is_some() { "org-key-set" } else { "org-key-removed" };
    crate::audit::store::record(&state.db, staff, action, Some(org.campaign_id), &org.name, now()).await?;
    Ok(Ok(()))
}

/// One page of the supporters who chose the organisation (the reading is audited).
pub async fn supporters(state: &AppState, staff: &Staff, org: &Organisation, limit: i64, offset: i64) -> AppResult<(i64, Vec<OrgSupporter>)> {
    staff.require(Permission::ReadOrgSupporters)?;
    if staff.organisation != Some(org.id) {
        return Err(AppError::Forbidden);
    }
    let total = store::supporter_count(&state.db, org.id).await?;
    let rows = store::supporters(&state.db, &state.keys.fields, org.id, limit, offset).await?;
    crate::audit::store::record(&state.db, staff, "org-supporters-read", Some(org.campaign_id), &format!("{} rows", rows.len()), now()).await?;
    Ok((total, rows))
}

/// Exact-email search among the organisation's supporters (audited, never with the address).
pub async fn search(state: &AppState, staff: &Staff, org: &Organisation, email: &Email) -> AppResult<Option<OrgSupporter>> {
    staff.require(Permission::ReadOrgSupporters)?;
    if staff.organisation != Some(org.id) {
        return Err(AppError::Forbidden);
    }
    let found = store::find_supporter(&state.db, &state.keys.fields, org.id, email).await?;
    crate::audit::store::record(&state.db, staff, "org-supporters-searched", Some(org.campaign_id), if found.is_some() { "found" } else { "not found" }, now()).await?;
    Ok(found)
}

/// A file to download.
pub struct Download {
    pub name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The organisation's supporters as CSV (formula-guarded), or sealed to its age key when it
/// registered one: then the clear file never exists on the server, not even in memory beyond
/// this function. Written to the audit log before it is made.
pub async fn export(state: &AppState, staff: &Staff, org: &Organisation) -> AppResult<Download> {
    staff.require(Permission::ExportOrgSupporters)?;
    if staff.organisation != Some(org.id) {
        return Err(AppError::Forbidden);
    }
    let total = store::supporter_count(&state.db, org.id).await?;
    let sealed = org.age_recipient.is_some();
    let detail = format!("{total} rows{}", if sealed { ", sealed" } else { "" });
    crate::audit::store::record(&state.db, staff, "org-supporters-exported", Some(org.campaign_id), &detail, now()).await?;
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = store::supporters(&state.db, &state.keys.fields, org.id, 1_000, offset).await?;
        let n = page.len() as i64;
        rows.extend(page);
        if n < 1_000 {
            break;
        }
        offset += n;
    }
    let csv = supporters_csv(&rows)?;
    let stem = format!("supporters-{}", org.referral);
    match &org.age_recipient {
        None => Ok(Download { name: format!("{stem}.csv"), content_type: "text/csv; charset=utf-8", bytes: csv }),
        Some(key) => {
            let recipient: age::x25519::Recipient = key.parse().map_err(|e| AppError::Internal(anyhow::anyhow!("a stored age key does not parse: {e}")))?;
            let bytes = seal(&recipient, &csv)?;
            Ok(Download { name: format!("{stem}.csv.age"), content_type: "application/octet-stream", bytes })
        }
    }
}

fn seal(recipient: &age::x25519::Recipient, clear: &[u8]) -> AppResult<Vec<u8>> {
    use std::io::Write;
    let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient)).map_err(|e| AppError::Internal(anyhow::anyhow!("sealing: {e}")))?;
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| AppError::Internal(e.into()))?;
    writer.write_all(clear).map_err(|e| AppError::Internal(e.into()))?;
    writer.finish().map_err(|e| AppError::Internal(e.into()))?;
    Ok(out)
}

pub const EXPORT_COLUMNS: [&str; 5] = ["consented_at", "name", "email", "country", "language"];

fn supporters_csv(rows: &[OrgSupporter]) -> anyhow::Result<Vec<u8>> {
    use crate::facts::csv_io::{neutralise, spreadsheet_writer};
    let mut w = spreadsheet_writer();
    w.write_record(EXPORT_COLUMNS)?;
    for r in rows {
        w.write_record([
            jiff::Timestamp::from_second(r.since).map(|t| t.to_string()).unwrap_or_default(),
            neutralise(r.name.as_deref().unwrap_or("")),
            neutralise(&r.email),
            r.country.clone().unwrap_or_default(),
            r.lang.code().to_string(),
        ])?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("finishing the CSV: {e}"))
}

/// What a staff route under `/{lang}/staff/campaigns/{slug}/organisations…` is about, for the
/// coalition's moderators and coordinators: the campaign; a 403 for anyone else.
pub struct Moderation {
    pub lang: Lang,
    pub staff: Staff,
    pub campaign: Campaign,
}

impl axum::extract::FromRequestParts<AppState> for Moderation {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let (lang, staff) = crate::http::session::staff_allowed(parts, state, Permission::Moderate).await?;
        let slug = crate::http::path_param(parts, state, "slug").await.map_err(IntoResponse::into_response)?;
        let campaign = crate::campaigns::service::load(state, &slug).await.map_err(IntoResponse::into_response)?;
        Ok(Moderation { lang, staff, campaign })
    }
}

/// What a route under `/{lang}/staff/org…` is about: the signed-in staff member's own
/// organisation (approved), never one named in the address; a 403 for the coalition's staff.
pub struct OwnOrganisation {
    pub lang: Lang,
    pub staff: Staff,
    pub org: Organisation,
}

impl axum::extract::FromRequestParts<AppState> for OwnOrganisation {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let (lang, staff) = crate::http::session::staff_allowed(parts, state, Permission::ReadOrgSupporters).await?;
        let org = own(state, &staff, Permission::ReadOrgSupporters).await.map_err(IntoResponse::into_response)?;
        Ok(OwnOrganisation { lang, staff, org })
    }
}

/// Consent keys `org:{organisation}` name a partner organisation: organisations tell the
/// supporter's own page its name (so each consent can be withdrawn by name).
pub struct PartnerOrganisations;

impl crate::supporters::service::PersonalData for PartnerOrganisations {
    fn org_name<'a>(&'a self, state: &'a AppState, _lang: Lang, key: &'a str) -> futures_util::future::BoxFuture<'a, AppResult<Option<String>>> {
        Box::pin(async move {
            let Some(id) = key.strip_prefix("org:").and_then(|n| n.parse::<OrganisationId>().ok()) else { return Ok(None) };
            Ok(store::find(&state.db, id).await?.map(|o| o.name))
        })
    }

    /// Endorsements never confirmed, and rejected ones, go after `--pending-days` with their
    /// contact person (anyone could have typed that address).
    fn purge_unconfirmed<'a>(&'a self, db: &'a crate::db::Db, before: i64) -> futures_util::future::BoxFuture<'a, anyhow::Result<u64>> {
        Box::pin(store::purge_unconfirmed(db, before))
    }
}
