//! What coordinators do with the watch list (keep items, with their people responsible) and
//! what the public reads of it. Every change is written to the audit log.

use super::model::{WatchDraft, WatchId, WatchInput};
use super::store;
use crate::campaigns::model::Campaign;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::text::Invalid;

/// Add an item (`id` none) or change one. `Err`: what to say about each field; nothing changed.
pub async fn save(state: &AppState, staff: &Staff, campaign: &Campaign, id: Option<WatchId>, input: &WatchInput) -> AppResult<Result<WatchId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let draft: WatchDraft = match input.parse(campaign.default_lang) {
        Ok(d) => d,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let id = match id {
        None => store::insert(&state.db, campaign.id, &draft, now).await?,
        Some(id) => {
            if !store::update(&state.db, campaign.id, id, &draft, now).await? {
                return Err(AppError::NotFound);
            }
            id
        }
    };
    let title = draft.texts.iter().find(|t| t.0 == campaign.default_lang).map(|t| t.1.clone()).unwrap_or_default();
    crate::audit::store::record(&state.db, staff, "watch-saved", Some(campaign.id), &title, now).await?;
    state.cache.clear();
    Ok(Ok(id))
}

pub async fn delete(state: &AppState, staff: &Staff, campaign: &Campaign, id: WatchId) -> AppResult<bool> {
    staff.require(Permission::ManageCampaigns)?;
    let done = store::delete(&state.db, campaign.id, id).await?;
    if done {
        crate::audit::store::record(&state.db, staff, "watch-deleted", Some(campaign.id), &id.to_string(), now()).await?;
        state.cache.clear();
    }
    Ok(done)
}

/// Today's date in UTC, as items' dates are compared.
pub fn today() -> String {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}
