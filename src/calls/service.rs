//! What coordinators do with call actions (write, open, close; raise one from a watch item as a
//! rapid-response alert) and what supporters do (report a call). Reports need a fresh form
//! token, spent in the same transaction, so a page cannot be replayed into the tally.

use super::model::{CallDraft, CallId, CallInput, Outcome, Status};
use super::store;
use crate::campaigns::model::Campaign;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::text::Invalid;
use crate::watch::model::WatchId;

/// Add (`id` none) or change an action. `Err`: what to say about each field; nothing changed.
/// Only the campaign's own decision-makers count: another's id is dropped before the check
/// that someone is to be called.
async fn own_targets(state: &AppState, campaign: &Campaign, input: &CallInput) -> AppResult<CallInput> {
    let mut input = input.clone();
    let mut kept = Vec::new();
    for t in &input.targets {
        if crate::targets::store::get(&state.db, campaign.id, *t).await?.is_some() {
            kept.push(*t);
        }
    }
    input.targets = kept;
    Ok(input)
}

pub async fn save(state: &AppState, staff: &Staff, campaign: &Campaign, id: Option<CallId>, input: &CallInput) -> AppResult<Result<CallId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let input = own_targets(state, campaign, input).await?;
    let draft: CallDraft = match input.parse(campaign.default_lang) {
        Ok(d) => d,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let id = match id {
        None => {
            let mut tx = state.db.begin_write().await?;
            let id = store::insert(&mut tx, campaign.id, &draft, None, None, now).await?;
            tx.commit().await.map_err(anyhow::Error::from)?;
            id
        }
        Some(id) => {
            if !store::update(&state.db, campaign.id, id, &draft, now).await? {
                return Err(AppError::NotFound);
            }
            id
        }
    };
    crate::audit::store::record(&state.db, staff, "call-saved", Some(campaign.id), &id.to_string(), now).await?;
    state.cache.clear();
    Ok(Ok(id))
}

/// The form of an alert raised from a watch item: a call action aimed at the people
/// responsible, its title and script prefilled in every language the campaign offers, from the
/// item's own title in that language (or its main one).
pub async fn alert_input(state: &AppState, campaign: &Campaign, item: WatchId) -> AppResult<CallInput> {
    let item = crate::watch::store::get(&state.db, campaign.id, item).await?.ok_or(AppError::NotFound)?;
    let texts = crate::watch::store::texts(&state.db, item.id).await?;
    let people = crate::watch::store::people_ids(&state.db, item.id).await?;
    let main = texts.iter().find(|t| t.0 == campaign.default_lang).or(texts.first()).map(|t| t.1.clone()).unwrap_or_default();
    let texts = campaign
        .languages
        .iter()
        .map(|l| {
            let title = texts.iter().find(|t| t.0 == *l).map(|t| t.1.clone()).unwrap_or_else(|| main.clone());
            // Room for the words around it within the title's limit.
            let title: String = if title.chars().count() > 150 { title.chars().take(149).collect::<String>() + "…" } else { title };
            let named = [("item", crate::i18n::Arg::Str(&title))];
            (*l, state.i18n.tr(*l, "alert-call-title", &named), state.i18n.tr(*l, "alert-call-script", &named))
        })
        .collect();
    Ok(CallInput { status: Status::Open.as_str().into(), texts, targets: people })
}

/// The message an alert's mailing proposes, per language: the action's title and a line to
/// go and call, prefilled like the action itself.
pub fn alert_messages(state: &AppState, campaign: &Campaign, input: &CallInput) -> Vec<(crate::i18n::Lang, String)> {
    campaign.languages.iter().map(|l| {
        let title = input.texts.iter().find(|t| t.0 == *l).map(|t| t.1.clone()).unwrap_or_default();
        (*l, state.i18n.tr(*l, "alert-mailing-text", &[("title", crate::i18n::Arg::Str(&title))]))
    }).collect()
}

/// Raise an alert from a watch item in one step: the call action goes live at once (or as the
/// coordinator left it). The time from the raise to live is kept and shown.
pub async fn raise(state: &AppState, staff: &Staff, campaign: &Campaign, item: WatchId, input: &CallInput, alert: &super::model::AlertInput, raised_at: i64) -> AppResult<Result<CallId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    if crate::watch::store::get(&state.db, campaign.id, item).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let input = own_targets(state, campaign, input).await?;
    let (draft, (segment, messages)) = match (input.parse(campaign.default_lang), alert.parse(campaign.default_lang)) {
        (Ok(d), Ok(a)) => (d, a),
        (d, a) => {
            let mut errors = Invalid::new();
            if let Err(e) = d {
                errors.extend(e);
            }
            if let Err(e) = a {
                errors.extend(e);
            }
            return Ok(Err(errors));
        }
    };
    let now = now();
    // A raise time from the future or from long ago is not believed.
    let raised_at = if (now - 86_400..=now).contains(&raised_at) { raised_at } else { now };
    let mut tx = state.db.begin_write().await?;
    let id = store::insert(&mut tx, campaign.id, &draft, Some(item), Some(raised_at), now).await?;
    // The mailing it will start (the mailings capability reads it when it comes).
    store::save_alert(&mut tx, id, segment, &messages).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    crate::audit::store::record(&state.db, staff, "alert-raised", Some(campaign.id), &id.to_string(), now).await?;
    state.cache.clear();
    Ok(Ok(id))
}

/// A supporter reports a call to one of the action's decision-makers. `Ok(false)`: the form
/// was sent already (a replay or a double click), and nothing more is counted.
pub async fn report(state: &AppState, campaign: &Campaign, action: CallId, target: &str, outcome: &str, country: &str, token: (&str, i64)) -> AppResult<Result<bool, Invalid>> {
    let call = store::get(&state.db, campaign.id, action).await?.filter(|c| c.status == Status::Open).ok_or(AppError::NotFound)?;
    let mut errors = Invalid::new();
    // Only the decision-makers the page shows (marked public) can be reported.
    let target = store::targets(&state.db, call.id).await?.into_iter().filter(|t| t.public == 1).map(|t| t.id).find(|t| t.to_string() == target.trim());
    if target.is_none() {
        errors.add("target", "call-error-target");
    }
    let outcome = Outcome::parse(outcome.trim());
    if outcome.is_none() {
        errors.add("outcome", "call-error-outcome");
    }
    let country = if country.trim().is_empty() {
        None
    } else {
        match crate::countries::countries().parse(country) {
            Ok(c) => Some(c.as_str().to_string()),
            Err(e) => {
                errors.add("country", e);
                None
            }
        }
    };
    let (Some(target), Some(outcome)) = (target, outcome) else { return Ok(Err(errors)) };
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let now = now();
    let mut tx = state.db.begin_write().await?;
    if !crate::http::abuse::consume_form_token(&mut tx, token.0, token.1).await? {
        return Ok(Ok(false));
    }
    store::report(&mut tx, call.id, target, outcome, country.as_deref(), now).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    // No cached page shows a tally: nothing to clear.
    Ok(Ok(true))
}
