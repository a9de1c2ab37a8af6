//! The privacy core's contract with the capabilities that hold personal data. Supporters know
//! nothing of petitions, events or letters: each such capability registers a
//! [`PersonalData`] at start-up, saying what it adds to a supporter's own page, to the
//! download of their data, and to erasure, and which consent keys it can name. A new
//! capability that stores anything about a person must register here, or its data would be
//! missing from the person's own page and export.

use std::sync::Arc;

use futures_util::future::BoxFuture;

use super::model::SupporterId;
use super::store;
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::state::AppState;

/// One entry of a section on the supporter's own page.
pub struct OwnItem {
    /// The page it links to, after `/{lang}` (e.g. `/c/x/p/y`).
    pub path: String,
    pub label: String,
    pub label_lang: Lang,
    pub date: i64,
    /// Said in the reader's language (e.g. "confirmed").
    pub status: String,
    /// Further details the person gave (city, comment), each with its label.
    pub details: Vec<(String, String)>,
}

/// A section a capability adds to the supporter's own page.
pub struct OwnSection {
    /// A stable id for the section's heading anchor.
    pub id: &'static str,
    pub heading: String,
    /// Shown when `items` is empty.
    pub empty: String,
    pub items: Vec<OwnItem>,
}

/// What a capability holding personal data adds to the privacy core's pages.
pub trait PersonalData: Send + Sync + 'static {
    /// Its section of the supporter's own page, if it has one.
    fn own_section<'a>(&'a self, _state: &'a AppState, _lang: Lang, _person: SupporterId) -> BoxFuture<'a, AppResult<Option<OwnSection>>> {
        Box::pin(async { Ok(None) })
    }

    /// What it adds to the person's download, under a key of its own.
    fn export<'a>(&'a self, _state: &'a AppState, _person: SupporterId) -> BoxFuture<'a, anyhow::Result<Option<(&'static str, serde_json::Value)>>> {
        Box::pin(async { Ok(None) })
    }

    /// The readable name of a consent key (an organisation) in `lang`, when this capability
    /// owns the key.
    fn org_name<'a>(&'a self, _state: &'a AppState, _lang: Lang, _key: &'a str) -> BoxFuture<'a, AppResult<Option<String>>> {
        Box::pin(async { Ok(None) })
    }

    /// Tables whose rows keep a person (each with a `supporter_id` column): someone with a
    /// row in none of them and no consent given is deleted by the purge.
    fn keeps_people(&self) -> &'static [&'static str] {
        &[]
    }

    /// Delete what was never confirmed and is older than `before` (an unconfirmed signature;
    /// later an RSVP or a letter). Returns how many rows went.
    fn purge_unconfirmed<'a>(&'a self, _db: &'a Db, _before: i64) -> BoxFuture<'a, anyhow::Result<u64>> {
        Box::pin(async { Ok(0) })
    }

    /// Remove what erasing the person does not remove by itself (the database deletes rows that
    /// reference the person). Runs before the person's row goes.
    fn erase<'a>(&'a self, _state: &'a AppState, _person: SupporterId) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async { Ok(()) })
    }
}

/// Every registered holder of personal data, in registration order.
#[derive(Clone, Default)]
pub struct Holders(Arc<Vec<Arc<dyn PersonalData>>>);

impl Holders {
    pub fn new(holders: Vec<Arc<dyn PersonalData>>) -> Holders {
        Holders(Arc::new(holders))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Arc<dyn PersonalData>> {
        self.0.iter()
    }
}

fn holders(state: &AppState) -> &Holders {
    state.part::<Holders>()
}

/// The sections every capability adds to the person's own page.
pub async fn own_sections(state: &AppState, lang: Lang, person: SupporterId) -> AppResult<Vec<OwnSection>> {
    let mut out = Vec::new();
    for h in holders(state).iter() {
        if let Some(s) = h.own_section(state, lang, person).await? {
            out.push(s);
        }
    }
    Ok(out)
}

/// Everything held about a person, as the JSON they download; `None` when there is no such person.
pub async fn export(state: &AppState, person: SupporterId) -> anyhow::Result<Option<serde_json::Value>> {
    let Some(mut data) = store::export(&state.db, &state.keys.fields, person).await? else { return Ok(None) };
    for h in holders(state).iter() {
        if let Some((key, value)) = h.export(state, person).await? {
            data[key] = value;
        }
    }
    Ok(Some(data))
}

/// A readable name for a consent key: the first holder that knows it, else the key itself.
pub async fn org_name(state: &AppState, lang: Lang, key: &str) -> AppResult<String> {
    for h in holders(state).iter() {
        if let Some(name) = h.org_name(state, lang, key).await? {
            return Ok(name);
        }
    }
    Ok(key.to_string())
}

/// Erase a person and everything about them. `false` when there was no such person.
pub async fn erase(state: &AppState, person: SupporterId) -> AppResult<bool> {
    let email = store::load(&state.db, &state.keys.fields, person).await?.map(|p| p.email);
    for h in holders(state).iter() {
        h.erase(state, person).await?;
    }
    let erased = store::erase(&state.db, person).await?;
    // Mail to them still waiting in a file outbox goes too.
    if let Some(email) = email {
        state.mailer.forget(&email).await?;
    }
    if erased {
        state.cache.clear();
        tracing::info!("a supporter erased their data");
    }
    Ok(erased)
}

/// The pending-time purge: every capability drops what was never confirmed before `before`,
/// then the people with nothing left go. Returns (rows, people) deleted.
pub async fn purge(state: &AppState, before: i64) -> anyhow::Result<(u64, u64)> {
    let mut rows = 0;
    let mut tables = Vec::new();
    for h in holders(state).iter() {
        rows += h.purge_unconfirmed(&state.db, before).await?;
        tables.extend_from_slice(h.keeps_people());
    }
    let people = store::purge_unattached(&state.db, before, &tables).await?;
    if rows > 0 || people > 0 {
        state.cache.clear();
    }
    Ok((rows, people))
}

/// How long a link to one's own page (download, erase, withdraw) works after it was mailed.
/// Unsubscribe links have no end; a confirmation link ends with its signature.
pub const OWN_LINK_DAYS: i64 = 90;

/// The token of a link to a person's own page: it names the day it was made and the person's
/// link epoch, so it ends after `OWN_LINK_DAYS` or when the person ends all their links.
pub fn own_link_token(keys: &crate::crypto::Keys, person: &store::Supporter, now: i64) -> String {
    let version = now.div_euclid(86_400) * 1_000_000 + person.link_epoch.rem_euclid(1_000_000);
    keys.sign_versioned_link(crate::crypto::LinkPurpose::SelfService, person.id, version)
}

/// The person an own-page link names, while it is young enough and not ended.
pub async fn own_link_person(state: &AppState, token: &str, now: i64) -> anyhow::Result<Option<store::Supporter>> {
    let Some((id, Some(version))) = state.keys.verify_versioned_link::<SupporterId>(crate::crypto::LinkPurpose::SelfService, token) else {
        return Ok(None);
    };
    let (day, epoch) = (version.div_euclid(1_000_000), version.rem_euclid(1_000_000));
    if day + OWN_LINK_DAYS < now.div_euclid(86_400) {
        return Ok(None);
    }
    let person = store::load(&state.db, &state.keys.fields, id).await?;
    Ok(person.filter(|p| p.link_epoch.rem_euclid(1_000_000) == epoch))
}

/// The links every mail to a supporter carries: their own page and unsubscribing.
pub fn supporter_links(core: &crate::context::Core, lang: Lang, person: &store::Supporter, now: i64) -> (String, crate::mail::Unsubscribe) {
    let base = &core.cfg.base_url;
    let own = format!("{base}/{lang}/me/{}", own_link_token(&core.keys, person, now));
    let token = core.keys.sign_link(crate::crypto::LinkPurpose::Unsubscribe, person.id);
    let https = format!("{base}/{lang}/unsubscribe/{token}");
    let mailto = format!("mailto:{}?subject=unsubscribe%20{token}", core.mailer.from_address());
    (own, crate::mail::Unsubscribe { https, mailto })
}
