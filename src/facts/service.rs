//! The rules of facts, shared by the coordinators' pages and (later) the API: a correction or
//! withdrawal carries a reason and is made against the revision the person saw; a correction
//! must change something; a withdrawn value cannot be withdrawn twice. Every change clears the
//! page cache.

use super::model::{Point, SeriesId, SeriesSettings};
use crate::text::Invalid;
use super::store::{self, Series, StoredPoint};
use crate::campaigns::model::Campaign;
use crate::campaigns::service::StaffCampaign;
use crate::i18n::Lang;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::staff::Staff;
use crate::state::AppState;

pub async fn create_series(state: &AppState, staff: &Staff, campaign: &Campaign, settings: &SeriesSettings) -> AppResult<SeriesId> {
    let id = store::create_series(&state.db, campaign.id, settings, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, series = %id, "fact series created");
    Ok(id)
}

pub async fn update_series(state: &AppState, staff: &Staff, series: &Series, settings: &SeriesSettings) -> AppResult<()> {
    store::update_series(&state.db, series.id, settings, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, series = %series.id, "fact series saved");
    Ok(())
}

/// Add one typed value. A series has one value per date: a date that has one already is
/// refused (correct that value instead, and its history shows the change).
pub async fn add_point(state: &AppState, staff: &Staff, series: &Series, point: &Point) -> AppResult<Result<(), Invalid>> {
    if store::live_point_on(&state.db, series.id, &point.day).await?.is_some() {
        let mut errors = Invalid::new();
        errors.add("day", "fact-error-day-taken");
        return Ok(Err(errors));
    }
    store::add_points(&state.db, series.id, std::slice::from_ref(point), Some(staff.id), now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, series = %series.id, "fact point added");
    Ok(Ok(()))
}

/// Import a file's values as an upsert (see `store::import_points`): re-importing changes
/// nothing, a changed value becomes a correction with its history.
pub async fn import(state: &AppState, staff: &Staff, series: &Series, points: &[Point], reason: &str) -> AppResult<store::ImportReport> {
    let report = store::import_points(&state.db, series.id, points, reason, staff.id, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, series = %series.id, added = report.added, corrected = report.corrected, "fact points imported");
    Ok(report)
}

/// What a coordinators' route under `…/facts/{id}/…` is about: the campaign's (see
/// [`StaffCampaign`]) and the series of that campaign; a 404 for an unknown one.
pub struct StaffSeries {
    pub lang: Lang,
    pub staff: Staff,
    pub campaign: Campaign,
    pub series: Series,
}

impl axum::extract::FromRequestParts<AppState> for StaffSeries {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let StaffCampaign { lang, staff, campaign } = StaffCampaign::from_request_parts(parts, state).await?;
        let id = crate::http::path_param(parts, state, "id").await.map_err(IntoResponse::into_response)?;
        let series = load_series(state, &campaign, &id).await.map_err(IntoResponse::into_response)?;
        Ok(StaffSeries { lang, staff, campaign, series })
    }
}

/// A series of this campaign by the id in a URL, or a 404.
pub async fn load_series(state: &AppState, campaign: &Campaign, id: &str) -> AppResult<Series> {
    let id: SeriesId = id.parse().map_err(|_| AppError::NotFound)?;
    store::find_series(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)
}

/// The reason for a correction or withdrawal: required, one line, at most 500 characters.
fn reason(typed: &str) -> Result<String, crate::text::TextError> {
    crate::text::single_line(typed, 500, true)
}

/// Correct a value. `seen` is the revision the form was made from: if someone changed the
/// value since, nothing is written. Errors name form fields (`reason`, `value`, …).
pub async fn correct(
    state: &AppState,
    staff: &Staff,
    stored: &StoredPoint,
    new: Result<Point, Invalid>,
    typed_reason: &str,
    seen: Option<i64>,
) -> AppResult<Result<(), Invalid>> {
    let mut errors = Invalid::new();
    let why = reason(typed_reason).map_err(|e| errors.add("reason", e)).unwrap_or_default();
    let new = match new {
        Ok(point) => Some(point),
        Err(found) => {
            errors.extend(found);
            None
        }
    };
    if seen != Some(stored.revision) {
        errors.add("reason", "point-error-changed");
    }
    if let (Some(new), true) = (&new, errors.is_empty()) {
        if *new == stored.point && !stored.withdrawn {
            errors.add("value", "point-error-unchanged");
        } else {
            store::correct_point(&state.db, stored, new, &why, staff.id, now()).await?;
            state.cache.clear();
            tracing::info!(staff_id = %staff.id, point = %stored.id, "fact point corrected");
            return Ok(Ok(()));
        }
    }
    Ok(Err(errors))
}

/// Withdraw a value (it stays in the history); same rules on the reason and revision.
pub async fn withdraw(state: &AppState, staff: &Staff, stored: &StoredPoint, typed_reason: &str, seen: Option<i64>) -> AppResult<Result<(), Invalid>> {
    let mut errors = Invalid::new();
    let why = reason(typed_reason).map_err(|e| errors.add("withdraw_reason", e)).unwrap_or_default();
    if seen != Some(stored.revision) {
        errors.add("withdraw_reason", "point-error-changed");
    }
    if stored.withdrawn {
        errors.add("withdraw_reason", "point-error-already-withdrawn");
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    store::withdraw_point(&state.db, stored, &why, staff.id, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = %staff.id, point = %stored.id, "fact point withdrawn");
    Ok(Ok(()))
}
