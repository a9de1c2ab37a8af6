//! The rules of petitions, shared by the pages, the mail jobs and (later) the API: which
//! petitions readers may see, what a petition needs before it is shown, and that every change
//! clears the page cache.

use super::model::{Petition, PetitionId, PetitionText, Status};
use super::store;
use crate::db::texts::TextBase;
use crate::campaigns::model::Campaign;
use crate::campaigns::service::StaffCampaign;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::state::AppState;
use crate::crypto::LinkPurpose;
use crate::supporters::model::{SupporterId, lead_consent_key};
use crate::supporters::service::{OwnItem, OwnSection, PersonalData};
use futures_util::future::BoxFuture;

/// Why a change was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Readers would find no title, addressee and text in this language (the default).
    Incomplete(Lang),
    /// The campaign already has a petition with this web address name.
    SlugTaken,
}

/// Whether readers may be shown a petition with these texts: a title, an addressee and a text
/// in the campaign's default language at least. Whatever status is asked for (open or closed),
/// a petition is public only when this holds.
pub fn ready(texts: &[(Lang, PetitionText)], default_lang: Lang) -> Result<(), Refusal> {
    let complete = texts
        .iter()
        .any(|(l, t)| *l == default_lang && !t.title.trim().is_empty() && !t.addressee.trim().is_empty() && !t.body_md.trim().is_empty());
    if complete { Ok(()) } else { Err(Refusal::Incomplete(default_lang)) }
}

/// An open (or closed) petition of a published campaign, or a 404; drafts are not public.
/// Kept in the page cache's short memory: every signature needs it.
pub async fn public_petition(state: &AppState, slug: &str, petition: &str) -> AppResult<(Campaign, Petition)> {
    let key = format!("petition:{slug}/{petition}");
    if let Some(found) = state.cache.get_object::<(Campaign, Petition)>(&key) {
        return Ok(found);
    }
    let campaign = crate::campaigns::service::published(state, slug).await?;
    let petition = store::find(&state.db, campaign.id, petition).await?.filter(|p| p.status != Status::Draft).ok_or(AppError::NotFound)?;
    state.cache.put_object(key, (campaign.clone(), petition.clone()));
    Ok((campaign, petition))
}


/// A petition of this campaign, whatever its status (staff pages), or a 404.
pub async fn load(state: &AppState, campaign: &Campaign, slug: &str) -> AppResult<Petition> {
    store::find(&state.db, campaign.id, slug).await?.ok_or(AppError::NotFound)
}

/// What a coordinators' route under `…/petitions/{petition}/…` is about: the campaign's
/// (see [`StaffCampaign`]) and the petition of that campaign, whatever its status; a 404 for an
/// unknown one.
pub struct StaffPetition {
    pub lang: Lang,
    pub staff: Staff,
    pub campaign: Campaign,
    pub petition: Petition,
}

impl axum::extract::FromRequestParts<AppState> for StaffPetition {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let StaffCampaign { lang, staff, campaign } = StaffCampaign::from_request_parts(parts, state).await?;
        let slug = crate::http::path_param(parts, state, "petition").await.map_err(IntoResponse::into_response)?;
        let petition = load(state, &campaign, &slug).await.map_err(IntoResponse::into_response)?;
        Ok(StaffPetition { lang, staff, campaign, petition })
    }
}

/// A ticked consent box counts only when the form named the organisation it consents to (the
/// lead organisation, in the reader's language or the campaign's): a forged `consent=yes`
/// on a form that showed no box records nothing.
pub async fn consent_counts(state: &AppState, campaign: &Campaign, lang: Lang, ticked: bool) -> AppResult<bool> {
    Ok(ticked && crate::campaigns::view::lead_org(state, campaign, lang).await?.is_some())
}

/// Hide a comment from the petition page (the signature still counts), written to the audit
/// log once. `false` when this petition has no such signature; hiding a hidden one again
/// changes nothing and logs nothing.
pub async fn hide_comment(state: &AppState, staff: &Staff, campaign: &Campaign, petition: &Petition, signature: super::model::SignatureId) -> AppResult<bool> {
    if !store::hide_comment(&state.db, petition.id, signature).await? {
        return Ok(store::signature(&state.db, signature).await?.is_some_and(|s| s.petition == petition.id));
    }
    // Which signature, by its number in this database (never whose).
    let detail = format!("{}/{} #{signature}", campaign.slug, petition.slug);
    crate::audit::store::record(&state.db, staff, "hide-comment", Some(campaign.id), &detail, now()).await?;
    state.cache.clear();
    Ok(true)
}

/// What a confirmation link finds.
pub enum LinkFinds {
    /// The details it was mailed for, waiting for the button.
    Pending(store::PendingDetails),
    /// Confirmed already: it counts.
    Confirmed,
    /// Someone signed again with this email since: these details were replaced, and only the
    /// newest mail's link confirms the new ones.
    Superseded,
    /// The petition is no longer open: nothing more is counted.
    Closed,
}

/// A confirmation link's signature (at the revision the link names), its petition, campaign,
/// and what the link finds.
pub struct ConfirmLink {
    pub info: store::SignatureInfo,
    pub petition: Petition,
    pub campaign: Campaign,
    pub finds: LinkFinds,
}

/// Read a confirmation link; `None` when it is not ours or its signature is gone.
pub async fn confirm_link(state: &AppState, token: &str) -> AppResult<Option<ConfirmLink>> {
    let Some((id, version)) = state.keys.verify_versioned_link(LinkPurpose::Confirm, token) else { return Ok(None) };
    let Some(mut info) = store::signature(&state.db, id).await? else { return Ok(None) };
    let Some(petition) = store::find_by_id(&state.db, info.petition).await? else { return Ok(None) };
    let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, petition.campaign_id).await? else { return Ok(None) };
    // Links mailed before revisions existed name the first.
    let link_revision = version.unwrap_or(1);
    let finds = if link_revision != info.revision {
        // Also when the newer details were confirmed: this link's were not.
        LinkFinds::Superseded
    } else if info.confirmed {
        LinkFinds::Confirmed
    } else if petition.status != Status::Open || !campaign.published {
        // A closed petition, or a campaign taken offline, counts nothing more.
        LinkFinds::Closed
    } else {
        match store::pending_details(&state.db, &state.keys.fields, id).await? {
            Some(details) => LinkFinds::Pending(details),
            None => return Ok(None),
        }
    };
    info.revision = link_revision;
    Ok(Some(ConfirmLink { info, petition, campaign, finds }))
}

/// Press the button: the signature counts, with the details and consent of the link's
/// revision, if those are still what is pending and the petition is open. `true` when it
/// changed something.
pub async fn confirm(state: &AppState, link: &ConfirmLink) -> AppResult<bool> {
    if !matches!(link.finds, LinkFinds::Pending(_)) {
        return Ok(false);
    }
    let source = format!("petition:{}/{}", link.campaign.slug, link.petition.slug);
    let done = store::confirm(&state.db, &link.info, &lead_consent_key(link.campaign.id), &source, now()).await?;
    if done {
        state.cache.clear();
        // No id in the log: it is the number in the confirmation link.
        tracing::info!("signature confirmed");
    }
    Ok(done)
}

/// Create a petition (a draft).
pub async fn create(state: &AppState, staff: &Staff, campaign: &Campaign, slug: &str, goal: i64) -> AppResult<Result<PetitionId, Refusal>> {
    match store::create(&state.db, campaign.id, slug, goal, now()).await? {
        Some(id) => {
            tracing::info!(staff_id = %staff.id, "petition created");
            Ok(Ok(id))
        }
        None => Ok(Err(Refusal::SlugTaken)),
    }
}

pub async fn set_goal(state: &AppState, staff: &Staff, petition: &Petition, goal: i64) -> AppResult<()> {
    store::set_goal(&state.db, petition.id, goal, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, "petition goal changed");
    Ok(())
}

/// Open, close or take back to draft. Open and closed petitions are public, so both need
/// [`ready`] texts.
pub async fn set_status(state: &AppState, staff: &Staff, campaign: &Campaign, petition: &Petition, status: Status) -> AppResult<Result<(), Refusal>> {
    if status != Status::Draft {
        let texts = store::texts(&state.db, petition.id).await?;
        if let Err(r) = ready(&texts, campaign.default_lang) {
            return Ok(Err(r));
        }
    }
    store::set_status(&state.db, petition.id, status, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, status = status.code(), "petition status changed");
    Ok(Ok(()))
}

/// Save one language's text. On a petition readers can see (open or closed), or when this
/// language has a draft already, it is saved as a draft: readers see nothing of it until
/// `publish_text`. `false` when someone saved meanwhile: nothing was written.
pub async fn save_text(state: &AppState, staff: &Staff, petition: &Petition, text_lang: Lang, text: &PetitionText, base: TextBase) -> AppResult<bool> {
    let has_draft = store::drafts(&state.db, petition.id).await?.iter().any(|(l, _)| *l == text_lang);
    let draft = petition.status != Status::Draft || has_draft;
    let published_now = async { Ok::<_, crate::error::AppError>(store::texts(&state.db, petition.id).await?.into_iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t.revision).unwrap_or(0)) };
    let Some(expect) = base.expect(draft, published_now).await? else {
        return Ok(false);
    };
    if !store::save_text(&state.db, petition.id, text_lang, text, Some(staff.id), now(), draft, expect).await? {
        return Ok(false);
    }
    if !draft {
        state.cache.clear();
    }
    tracing::info!(staff_id = %staff.id, text_lang = text_lang.code(), draft, "petition text saved");
    Ok(true)
}

/// Readers see one language's unpublished changes from now on: the draft at `revision`, the
/// one the publisher saw. `false` when there is no such draft (none, or changed meanwhile).
pub async fn publish_text(state: &AppState, staff: &Staff, petition: &Petition, text_lang: Lang, revision: i64) -> AppResult<bool> {
    let done = store::publish_draft(&state.db, petition.id, text_lang, revision).await?;
    if done {
        state.cache.clear();
        tracing::info!(staff_id = %staff.id, text_lang = text_lang.code(), "petition text published");
    }
    Ok(done)
}

/// Drop one language's unpublished changes; the published text stays.
pub async fn discard_draft(state: &AppState, staff: &Staff, petition: &Petition, text_lang: Lang, revision: i64) -> AppResult<bool> {
    let done = store::discard_draft(&state.db, petition.id, text_lang, revision).await?;
    if done {
        tracing::info!(staff_id = %staff.id, text_lang = text_lang.code(), "petition draft discarded");
    }
    Ok(done)
}

/// Signatures are personal data: they show on the signer's own page and in their download.
/// (Erasing the person deletes them: the database cascades.)
pub struct Signatures;

impl PersonalData for Signatures {
    fn keeps_people(&self) -> &'static [&'static str] {
        &["signatures"]
    }

    fn purge_unconfirmed<'a>(&'a self, db: &'a crate::db::Db, before: i64) -> BoxFuture<'a, anyhow::Result<u64>> {
        Box::pin(store::purge_unconfirmed(db, before))
    }

    fn own_section<'a>(&'a self, state: &'a AppState, lang: Lang, person: SupporterId) -> BoxFuture<'a, AppResult<Option<OwnSection>>> {
        Box::pin(async move {
            let t = |id: &str| state.i18n.tr(lang, id, &[]);
            let mut items = Vec::new();
            // A person's signatures are one per petition, but many share a campaign.
            let mut defaults = std::collections::BTreeMap::new();
            for s in store::signatures_of(&state.db, &state.keys.fields, person).await? {
                // The petition by its title in the reader's language (or the campaign's).
                let default = match defaults.get(&s.campaign) {
                    Some(&d) => d,
                    None => {
                        let d = crate::campaigns::store::find_by_slug(&state.db, &s.campaign).await?.map(|c| c.default_lang).unwrap_or(lang);
                        *defaults.entry(s.campaign.clone()).or_insert(d)
                    }
                };
                let texts = store::texts(&state.db, s.petition_id).await?;
                let (text, title_lang) = super::view::pick_text(&texts, lang, default);
                let (label, label_lang) = if text.title.is_empty() { (s.petition.clone(), lang) } else { (text.title, title_lang) };
                let mut details = vec![(t("col-country"), crate::countries::country_name(lang, &s.country))];
                if let Some(city) = s.city.filter(|c| !c.is_empty()) {
                    details.push((t("detail-city"), city));
                }
                if let Some(comment) = s.comment.filter(|c| !c.is_empty()) {
                    details.push((t("detail-comment"), comment));
                }
                items.push(OwnItem {
                    path: format!("/c/{}/p/{}", s.campaign, s.petition),
                    label,
                    label_lang,
                    date: s.signed_at,
                    status: t(if s.confirmed { "me-confirmed" } else { "me-pending" }),
                    details,
                });
            }
            Ok(Some(OwnSection { id: "signatures", heading: t("me-signatures-heading"), empty: t("me-no-signatures"), items }))
        })
    }

    fn export<'a>(&'a self, state: &'a AppState, person: SupporterId) -> BoxFuture<'a, anyhow::Result<Option<(&'static str, serde_json::Value)>>> {
        Box::pin(async move {
            let signatures = store::signatures_of(&state.db, &state.keys.fields, person).await?;
            Ok(Some(("signatures", serde_json::to_value(signatures)?)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_complete_default_text_may_be_public() {
        let full = PetitionText { title: "T".into(), addressee: "A".into(), body_md: "B".into(), ..Default::default() };
        let blank_body = PetitionText { body_md: " ".into(), ..full.clone() };
        assert_eq!(ready(&[(Lang::Ar, full.clone())], Lang::Ar), Ok(()));
        assert_eq!(ready(&[(Lang::En, full)], Lang::Ar), Err(Refusal::Incomplete(Lang::Ar)));
        assert_eq!(ready(&[(Lang::Ar, blank_body)], Lang::Ar), Err(Refusal::Incomplete(Lang::Ar)));
        assert_eq!(ready(&[], Lang::De), Err(Refusal::Incomplete(Lang::De)));
    }
}
