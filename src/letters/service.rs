//! Letters: coordinators write an action; supporters write (the text editable within limits),
//! confirm by mail, and each letter takes its slot in its decision-maker's queue. Routing: a
//! writer writes to the action's decision-makers of their own country, or to those they choose
//! (when none is of their country, they choose). One letter per writer, decision-maker and
//! action, whatever is submitted again.

use super::model::{ActionDraft, ActionInput, BatchId, LetterActionId, MAX_RECIPIENTS, Mode, Status};
use super::store;
use crate::campaigns::model::Campaign;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::targets::model::TargetId;
use crate::text::Invalid;

pub async fn save(state: &AppState, staff: &Staff, campaign: &Campaign, id: Option<LetterActionId>, input: &ActionInput) -> AppResult<Result<LetterActionId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    // Only the campaign's own decision-makers count; an open action needs one writers can see
    // (letters go only to decision-makers marked public).
    let mut input = input.clone();
    let mut public = 0;
    let mut kept = Vec::new();
    for t in &input.targets {
        if let Some(target) = crate::targets::store::get(&state.db, campaign.id, *t).await? {
            public += target.public;
            kept.push(*t);
        }
    }
    input.targets = kept;
    let draft: ActionDraft = match input.parse(campaign.default_lang) {
        Ok(d) if d.status == Status::Open && public == 0 => {
            let mut e = Invalid::new();
            e.add("targets", "letter-error-no-public-targets");
            return Ok(Err(e));
        }
        Ok(d) => d,
        Err(e) => return Ok(Err(e)),
    };
    let id = store::save(&state.db, campaign.id, id, &draft, now()).await?.ok_or(AppError::NotFound)?;
    crate::audit::store::record(&state.db, staff, "letters-saved", Some(campaign.id), &id.to_string(), now()).await?;
    state.cache.clear();
    Ok(Ok(id))
}

/// A letter alert's form, prefilled from a watch item: open at once, aimed at the people
/// responsible, its subject and letter in every language the campaign offers.
pub async fn alert_input(state: &AppState, campaign: &Campaign, item: crate::watch::model::WatchId) -> AppResult<ActionInput> {
    let item = crate::watch::store::get(&state.db, campaign.id, item).await?.ok_or(AppError::NotFound)?;
    let texts = crate::watch::store::texts(&state.db, item.id).await?;
    let main = texts.iter().find(|t| t.0 == campaign.default_lang).or(texts.first()).map(|t| t.1.clone()).unwrap_or_default();
    let texts = campaign
        .languages
        .iter()
        .map(|l| {
            let title = texts.iter().find(|t| t.0 == *l).map(|t| t.1.clone()).unwrap_or_else(|| main.clone());
            let title: String = if title.chars().count() > 150 { title.chars().take(149).collect::<String>() + "…" } else { title };
            let named = [("item", crate::i18n::Arg::Str(&title))];
            (*l, state.i18n.tr(*l, "alert-letter-subject", &named), state.i18n.tr(*l, "alert-letter-body", &named))
        })
        .collect();
    Ok(ActionInput {
        status: Status::Open.as_str().into(),
        mode: Mode::Spread.as_str().into(),
        per_hour: "30".into(),
        day_start: "9".into(),
        day_end: "17".into(),
        test_mode: false,
        texts,
        targets: crate::watch::store::people_ids(&state.db, item.id).await?,
    })
}

/// Raise a letter alert from a watch item: the action saved and, open, live at once; the time
/// from the raise to live is kept.
pub async fn raise(state: &AppState, staff: &Staff, campaign: &Campaign, item: crate::watch::model::WatchId, input: &ActionInput, raised_at: i64) -> AppResult<Result<LetterActionId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    if crate::watch::store::get(&state.db, campaign.id, item).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let id = match save(state, staff, campaign, None, input).await? {
        Ok(id) => id,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let raised_at = if (now - 86_400..=now).contains(&raised_at) { raised_at } else { now };
    store::mark_alert(&state.db, id, item, raised_at, Status::parse(input.status.trim()) == Some(Status::Open), now).await?;
    crate::audit::store::record(&state.db, staff, "alert-raised", Some(campaign.id), &id.to_string(), now).await?;
    Ok(Ok(id))
}

/// What a writer typed.
#[derive(Clone, Debug, Default)]
pub struct WriteInput {
    pub name: String,
    pub email: String,
    pub city: String,
    pub country: String,
    pub subject: String,
    pub body: String,
    pub consent: bool,
    /// Decision-makers chosen by hand (else: those of the writer's country).
    pub chosen: Vec<String>,
    /// The referral code of the partner page that brought the writer, and its consent box.
    pub via: String,
    pub consent_partner: bool,
}

/// The decision-makers a writer from `country` writes to: those chosen (each one of the
/// action's), else the action's decision-makers of that country. Empty: they must choose.
/// Only decision-makers the page shows (marked public) are written to, chosen or routed: a
/// writer's name and city go to nobody they could not see. More than [`MAX_RECIPIENTS`] is for
/// the caller to refuse.
pub fn recipients(targets: &[crate::targets::store::Target], country: &str, chosen: &[String]) -> Vec<TargetId> {
    let shown = targets.iter().filter(|t| t.public == 1);
    if !chosen.is_empty() {
        return shown.filter(|t| chosen.iter().any(|c| c.trim() == t.id.to_string())).map(|t| t.id).collect();
    }
    shown.filter(|t| t.country.eq_ignore_ascii_case(country.trim())).map(|t| t.id).take(MAX_RECIPIENTS).collect()
}

/// A writer sends: the letters wait, pending, for the link mailed to confirm them. The answer
/// looks the same whether or not this address wrote before (nothing tells a stranger who
/// writes). `Err`: what to say about each field.
pub async fn write(state: &AppState, campaign: &Campaign, action: &store::Action, lang: Lang, input: &WriteInput, token: (&str, i64)) -> AppResult<Result<(), Invalid>> {
    use crate::supporters::model::{Email, PersonName};
    if action.status != Status::Open {
        return Err(AppError::NotFound);
    }
    let mut errors = Invalid::new();
    let name = PersonName::parse(&input.name).map_err(|e| errors.add("name", e)).ok();
    let email = Email::parse(&input.email).map_err(|e| errors.add("email", e)).ok();
    let city = errors.take("city", crate::text::single_line(&input.city, 100, false));
    // A signature is a name and a city, not an advertisement.
    if !super::model::links(&input.name).is_empty() {
        errors.add("name", "letter-error-links");
    }
    if !super::model::links(&city).is_empty() {
        errors.add("city", "letter-error-links");
    }
    let country = match crate::countries::countries().parse(&input.country) {
        Ok(c) => Some(c),
        Err(e) => {
            errors.add("country", if input.country.trim().is_empty() { "form-error-required" } else { e });
            None
        }
    };
    let texts = store::texts(&state.db, action.id).await?;
    let original = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).map(|t| t.2.clone()).unwrap_or_default();
    let letter = super::model::parse_letter(&input.subject, &input.body, &original).map_err(|e| errors.extend(e)).ok();
    let targets = store::targets(&state.db, action.id).await?;
    let to = country.as_ref().map(|c| recipients(&targets, c.as_str(), &input.chosen)).unwrap_or_default();
    if country.is_some() && to.is_empty() {
        errors.add("chosen", "letter-error-choose");
    }
    if to.len() > MAX_RECIPIENTS {
        errors.add("chosen", crate::text::Problem { id: "letter-error-too-many", count: Some(MAX_RECIPIENTS as i64) });
    }
    let (Some(name), Some(email), Some(country), Some((subject, body))) = (name, email, country, letter) else { return Ok(Err(errors)) };
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let consent = crate::petitions::service::consent_counts(state, campaign, lang, input.consent).await?;
    let partner = crate::organisations::service::partner_of(state, campaign, Some(&input.via)).await?;
    let choices = crate::organisations::model::Choices { lead: consent, via: partner.as_ref().map(|o| o.id), partner: input.consent_partner && partner.is_some() };
    let signed = if city.is_empty() { name.as_str().to_string() } else { format!("{}, {city}", name.as_str()) };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    if !crate::http::abuse::consume_form_token(&mut tx, token.0, token.1).await? {
        return Ok(Ok(()));
    }
    let new = crate::supporters::store::NewSupporter { email, name: Some(name), country: Some(country.clone()), lang };
    let (person, _) = crate::supporters::store::find_or_create(&mut tx, &state.keys.fields, &new, now).await?;
    // No mail can go to this address today (its few are spent): nothing is written or
    // rewritten, so a stranger writing again and again with someone's address cannot take
    // away the link that person was last mailed.
    let day = now.div_euclid(86_400);
    let (mail_day, sent): (i64, i64) = sqlx::query_as("SELECT mail_day, mails_that_day FROM supporters WHERE id = $1").bind(person).fetch_one(&mut *tx).await.map_err(anyhow::Error::from)?;
    if mail_day == day && sent >= crate::events::service::RSVP_MAILS_PER_DAY {
        tx.commit().await.map_err(anyhow::Error::from)?;
        return Ok(Ok(()));
    }
    let batch: BatchId = crate::crypto::new_row_id();
    let mut added = 0;
    for target in to {
        if store::add(&mut tx, &state.keys.fields, batch, action.id, target, person, lang, country.as_str(), &subject, &body, &signed, &choices, now).await?.is_some() {
            added += 1;
        }
    }
    // A mail only when something waits for it, and at most a few a day to one address.
    if added > 0 {
        let (nth,): (i64,) = sqlx::query_as(
            "UPDATE supporters SET mails_that_day = CASE WHEN mail_day = $2 THEN mails_that_day + 1 ELSE 1 END, mail_day = $2 WHERE id = $1 RETURNING mails_that_day",
        )
        .bind(person)
        .bind(day)
        .fetch_one(&mut *tx)
        .await
        .map_err(anyhow::Error::from)?;
        if nth <= crate::events::service::RSVP_MAILS_PER_DAY {
            crate::jobs::enqueue(&mut tx, &super::mail::LetterConfirm { batch }, now).await?;
        }
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    Ok(Ok(()))
}

/// Confirm a submission from its link: each letter takes its slot and its sending job (or its
/// day's digest). Returns how many were queued (0: already confirmed, or nothing left).
pub async fn confirm(state: &AppState, batch: BatchId) -> AppResult<usize> {
    let Some((action, _, _, _)) = store::batch(&state.db, batch).await? else { return Err(AppError::NotFound) };
    let action = store::by_id(&state.db, action).await?.ok_or(AppError::NotFound)?;
    if action.status != Status::Open {
        return Ok(0);
    }
    let now = now();
    let mut tx = state.db.begin_write().await?;
    // Read again under the write: a coordinator may have closed the action meanwhile.
    let (status,): (Status,) = sqlx::query_as("SELECT status FROM letter_actions WHERE id = $1").bind(action.id).fetch_one(&mut *tx).await.map_err(anyhow::Error::from)?;
    if status != Status::Open {
        return Ok(0);
    }
    let queued = store::confirm_batch(&mut tx, batch, action.window(), action.mode, action.test_mode == 1, now, state.db.backend == crate::db::Backend::Postgres).await?;
    for (letter, target, slot) in &queued {
        match action.mode {
            Mode::Spread => crate::jobs::enqueue(&mut tx, &super::mail::LetterSend { letter: *letter, at: *slot, moved: 0 }, *slot).await?,
            Mode::Digest => crate::jobs::enqueue(&mut tx, &super::mail::LetterDigest { action: action.id, target: *target, at: *slot }, *slot).await?,
        };
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    state.cache.clear();
    Ok(queued.len())
}

/// Letters are personal data: they keep a person, pending ones are purged, and they are in the
/// person's download (what they wrote, to whom, and where it stands).
pub struct Letters;

impl crate::supporters::service::PersonalData for Letters {
    fn keeps_people(&self) -> &'static [&'static str] {
        &["letters"]
    }

    fn purge_unconfirmed<'a>(&'a self, db: &'a crate::db::Db, before: i64) -> futures_util::future::BoxFuture<'a, anyhow::Result<u64>> {
        Box::pin(store::purge_pending(db, before))
    }

    /// The letters a person wrote: to whom, the subject, and where each stands.
    fn own_section<'a>(&'a self, state: &'a AppState, lang: crate::i18n::Lang, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, AppResult<Option<crate::supporters::service::OwnSection>>> {
        Box::pin(async move {
            let t = |id: &str| state.i18n.tr(lang, id, &[]);
            let mut items = Vec::new();
            for (l, slug, name, at) in store::of_person(&state.db, &state.keys.fields, person).await? {
                let details = vec![(t("me-letter-to"), name.unwrap_or_else(|| t("letter-recipient-hidden")))];
                items.push(crate::supporters::service::OwnItem { path: format!("/c/{slug}/letters/{}", l.action_id), label: l.subject, label_lang: l.lang, date: at, status: t(l.status.own_label_id()), details });
            }
            Ok(Some(crate::supporters::service::OwnSection { id: "letters", heading: t("me-letters-heading"), empty: t("me-no-letters"), items }))
        })
    }

    /// The letters go with the person (the database's cascade), their count stays (the tally
    /// is kept apart); a letter of theirs still in a file outbox goes too. A letter delivered
    /// over SMTP, or in a digest with others' letters, is with its decision-maker.
    fn erase<'a>(&'a self, state: &'a AppState, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            let sent: Vec<(super::model::LetterId,)> = sqlx::query_as("SELECT id FROM letters WHERE supporter_id = $1 AND status = 'sent'").bind(person).fetch_all(&state.db.pool).await?;
            for (id,) in sent {
                state.mailer.forget_message(&format!("letter-send:{id}")).await?;
            }
            Ok(())
        })
    }

    fn export<'a>(&'a self, state: &'a AppState, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, anyhow::Result<Option<(&'static str, serde_json::Value)>>> {
        Box::pin(async move {
            let mut out = Vec::new();
            for (l, _, name, at) in store::of_person(&state.db, &state.keys.fields, person).await? {
                out.push(serde_json::json!({ "to": name, "subject": l.subject, "body": l.body, "signed": l.signed, "status": l.status.as_str(), "written_at": at }));
            }
            Ok(Some(("letters", serde_json::Value::Array(out))))
        })
    }
}
