//! The rules of campaigns, shared by the coordinators' pages and (later) the API: what may be
//! published, which default language a published campaign may fall back to, and that every
//! change clears the page cache. Handlers call these and never touch the store for a write.

use super::model::{Campaign, CampaignId, CampaignText, Slug};
use super::store;
use crate::db::texts::TextBase;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::state::AppState;
use crate::supporters::model::lead_consent_campaign;
use crate::supporters::service::PersonalData;
use futures_util::future::BoxFuture;

/// The campaign with this slug, published or not (staff pages), or a 404.
pub async fn load(state: &AppState, slug: &str) -> AppResult<Campaign> {
    store::find_by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

/// The campaign with this slug if readers may see it, or a 404.
pub async fn published(state: &AppState, slug: &str) -> AppResult<Campaign> {
    store::find_by_slug(&state.db, slug).await?.filter(|c| c.published).ok_or(AppError::NotFound)
}

/// What a coordinators' route under `/{lang}/staff/campaigns/{slug}/…` is about: the reader's
/// language, the signed-in staff member, and the campaign (any status), loaded once for every
/// such route instead of by hand in each handler; a 404 for an unknown campaign, the sign-in
/// page without a session, a 403 for a role that may not manage campaigns (coordinators may).
pub struct StaffCampaign {
    pub lang: Lang,
    pub staff: Staff,
    pub campaign: Campaign,
}

impl axum::extract::FromRequestParts<AppState> for StaffCampaign {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let (lang, staff) = crate::http::session::staff_allowed(parts, state, crate::staff::Permission::ManageCampaigns).await?;
        let slug = crate::http::path_param(parts, state, "slug").await.map_err(IntoResponse::into_response)?;
        let campaign = load(state, &slug).await.map_err(IntoResponse::into_response)?;
        Ok(StaffCampaign { lang, staff, campaign })
    }
}

/// Whether a campaign can be shown with `default_lang` as its default language: the default is
/// what every reader falls back to, so it must hold a title and the call. `Err` names the
/// language that lacks them.
pub fn ready(texts: &[(Lang, CampaignText)], default_lang: Lang) -> Result<(), Lang> {
    let default = texts.iter().find(|(l, _)| *l == default_lang).map(|(_, t)| t);
    if default.is_some_and(|t| !t.title.trim().is_empty() && !t.call_md.trim().is_empty()) { Ok(()) } else { Err(default_lang) }
}

/// Why a change was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The language readers would fall back to has no title or call.
    Incomplete(Lang),
    /// The web address name is taken.
    SlugTaken,
}

/// Create a campaign (a draft). `Err(SlugTaken)` when the name is in use.
pub async fn create(state: &AppState, staff: &Staff, slug: &Slug, languages: &[Lang], default_lang: Lang) -> AppResult<Result<CampaignId, Refusal>> {
    let Some(id) = store::create(&state.db, slug, languages, default_lang, now()).await? else { return Ok(Err(Refusal::SlugTaken)) };
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, slug = slug.as_str(), "campaign created");
    Ok(Ok(id))
}

/// Change the languages offered and the default; a published campaign may not fall back to a
/// language without a title and call.
pub async fn save_settings(state: &AppState, staff: &Staff, campaign: &Campaign, languages: &[Lang], default_lang: Lang) -> AppResult<Result<(), Refusal>> {
    if campaign.published {
        let texts = store::texts(&state.db, campaign.id).await?;
        if let Err(l) = ready(&texts, default_lang) {
            return Ok(Err(Refusal::Incomplete(l)));
        }
    }
    store::save_settings(&state.db, campaign.id, languages, default_lang, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, slug = campaign.slug, "campaign settings saved");
    Ok(Ok(()))
}

/// Publish or unpublish. Publishing needs the default language's title and call.
pub async fn set_published(state: &AppState, staff: &Staff, campaign: &Campaign, publish: bool) -> AppResult<Result<(), Refusal>> {
    if publish {
        let texts = store::texts(&state.db, campaign.id).await?;
        if let Err(l) = ready(&texts, campaign.default_lang) {
            return Ok(Err(Refusal::Incomplete(l)));
        }
    }
    store::set_published(&state.db, campaign.id, publish, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, slug = campaign.slug, publish, "campaign publication changed");
    Ok(Ok(()))
}

/// Save one language's text. On a published campaign (or when this language has a draft
/// already) it is saved as a draft: readers see nothing of it until `publish_text`. `false`
/// when someone saved meanwhile: nothing was written.
pub async fn save_text(state: &AppState, staff: &Staff, campaign: &Campaign, text_lang: Lang, text: &CampaignText, base: TextBase) -> AppResult<bool> {
    let has_draft = store::drafts(&state.db, campaign.id).await?.iter().any(|(l, _)| *l == text_lang);
    let draft = campaign.published || has_draft;
    let published_now = async { Ok::<_, crate::error::AppError>(store::texts(&state.db, campaign.id).await?.into_iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t.revision).unwrap_or(0)) };
    let Some(expect) = base.expect(draft, published_now).await? else {
        return Ok(false);
    };
    if !store::save_text(&state.db, campaign.id, text_lang, text, Some(staff.id), now(), draft, expect).await? {
        tracing::info!(staff_id = %staff.id, slug = campaign.slug, "campaign text save conflict");
        return Ok(false);
    }
    if !draft {
        state.cache.clear();
    }
    tracing::info!(staff_id = %staff.id, slug = campaign.slug, text_lang = text_lang.code(), draft, "campaign text saved");
    Ok(true)
}

/// Readers see one language's unpublished changes from now on: the draft at `revision`, the
/// one the publisher saw. `false` when there is no such draft (none, or changed meanwhile).
pub async fn publish_text(state: &AppState, staff: &Staff, campaign: &Campaign, text_lang: Lang, revision: i64) -> AppResult<bool> {
    let done = store::publish_draft(&state.db, campaign.id, text_lang, revision, now()).await?;
    if done {
        state.cache.clear();
        tracing::info!(staff_id = %staff.id, slug = campaign.slug, text_lang = text_lang.code(), "campaign text published");
    }
    Ok(done)
}

/// Drop one language's unpublished changes; the published text stays.
pub async fn discard_draft(state: &AppState, staff: &Staff, campaign: &Campaign, text_lang: Lang, revision: i64) -> AppResult<bool> {
    let done = store::discard_draft(&state.db, campaign.id, text_lang, revision).await?;
    if done {
        tracing::info!(staff_id = %staff.id, slug = campaign.slug, text_lang = text_lang.code(), "campaign draft discarded");
    }
    Ok(done)
}

/// Consent keys `lead:{campaign}` name a campaign's lead organisation: campaigns tell the
/// supporter's own page what that name is.
pub struct LeadOrganisations;

impl PersonalData for LeadOrganisations {
    fn org_name<'a>(&'a self, state: &'a AppState, lang: Lang, key: &'a str) -> BoxFuture<'a, AppResult<Option<String>>> {
        Box::pin(async move {
            let Some(id) = lead_consent_campaign::<CampaignId>(key) else { return Ok(None) };
            let Some(c) = store::find_by_id(&state.db, id).await? else { return Ok(None) };
            Ok(Some(match super::view::lead_org(state, &c, lang).await? {
                Some((name, _)) => name,
                None => c.slug,
            }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_needs_title_and_call_in_the_default_language() {
        let full = CampaignText { title: "T".into(), call_md: "C".into(), ..Default::default() };
        let no_call = CampaignText { title: "T".into(), call_md: " ".into(), ..Default::default() };
        assert_eq!(ready(&[(Lang::Ar, full.clone())], Lang::Ar), Ok(()));
        assert_eq!(ready(&[(Lang::Ar, full)], Lang::En), Err(Lang::En));
        assert_eq!(ready(&[(Lang::Fr, no_call)], Lang::Fr), Err(Lang::Fr));
    }
}
