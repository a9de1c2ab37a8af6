//! Letters' mails: the link that confirms a writer's letters (in their language), each letter
//! to its decision-maker at its slot, and the daily digest. A decision-maker's mail is in
//! their own language around the writer's words: who wrote (name, city, country) and through
//! which campaign. A letter's job checks, when it runs, that the letter is still queued; its
//! Message-ID is the letter's, so a job run twice (a crash between sending and recording)
//! sends a mail the receiving server can recognise as the same one.

use serde::{Deserialize, Serialize};

use super::model::{BatchId, LetterActionId, LetterId, LetterStatus};
use super::store;
use crate::crypto::LinkPurpose;
use crate::i18n::Arg;
use crate::jobs::Job;
use crate::mail::Notice;
use crate::targets::model::TargetId;

/// The mail that asks a writer to confirm their letters.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LetterConfirm {
    pub batch: BatchId,
}

impl Job for LetterConfirm {
    const KIND: &'static str = "letter-confirm";

    fn unique_key(&self) -> Option<String> {
        Some(format!("letter-confirm:{}", self.batch))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some((action, person, lang, n)) = store::batch(&state.db, self.batch).await? else { return Ok(()) };
        if store::by_id(&state.db, action).await?.is_none() {
            return Ok(());
        }
        let Some(person) = crate::supporters::store::load(&state.db, &state.keys.fields, person).await? else { return Ok(()) };
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let base = &state.cfg.base_url;
        let confirm = format!("{base}/{lang}/letters/confirm/{}", state.keys.sign_link(LinkPurpose::LetterConfirm, self.batch));
        let (own_url, unsubscribe) = crate::supporters::service::supporter_links(&state, lang, &person, crate::db::now());
        let notice = Notice {
            lang,
            subject: tr("letter-mail-confirm-subject", &[]),
            paragraphs: vec![tr("letter-mail-confirm-intro", &[("count", Arg::Count(n))]), tr("event-mail-ignore", &[]), tr("mail-own-page", &[]), own_url],
            link: Some((tr("letter-mail-confirm-button", &[]), confirm)),
        };
        let key = self.unique_key().unwrap_or_default();
        let mut mail = notice.outgoing(&person.email, &key, &state.mailer.from_address())?;
        mail.unsubscribe = Some(unsubscribe);
        state.mailer.send(&mail).await?;
        tracing::info!("letter confirmation mail sent");
        Ok(())
    }
}

/// One letter, at its slot.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LetterSend {
    pub letter: LetterId,
    /// The slot it was planned for: a letter moved to a later slot is a new job.
    #[serde(default)]
    pub at: i64,
    /// How many times it was moved: a move to the slot it already had is a new job too (the
    /// job still running holds the old key).
    #[serde(default)]
    pub moved: u32,
}

/// The day's letters to one decision-maker, in one mail.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LetterDigest {
    pub action: LetterActionId,
    pub target: TargetId,
    pub at: i64,
}

/// Whether a sending error is the receiving server saying no for good (a bounce), rather than
/// a failure worth retrying.
fn permanent(e: &anyhow::Error) -> Option<String> {
    e.chain().find_map(|c| c.downcast_ref::<lettre::transport::smtp::Error>()).filter(|s| s.is_permanent()).map(|s| {
        // The server's words, without any address it may quote.
        s.to_string().split_whitespace().filter(|w| !w.contains('@')).collect::<Vec<_>>().join(" ").chars().take(300).collect()
    })
}

/// The paragraphs of a mail carrying `letters`, in `lang`.
fn paragraphs(state: &crate::context::Ctx, lang: crate::i18n::Lang, title: &str, letters: &[store::Letter]) -> Vec<String> {
    let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
    let mut out = Vec::new();
    if letters.len() > 1 {
        out.push(tr("letter-mail-digest-intro", &[("count", Arg::Count(letters.len() as i64)), ("campaign", Arg::Str(title))]));
    }
    for l in letters {
        let country = crate::countries::country_name(lang, &l.country);
        out.push(tr("letter-mail-from", &[("signed", Arg::Str(&l.signed)), ("country", Arg::Str(&country)), ("campaign", Arg::Str(title))]));
        out.push(l.subject.clone());
        out.extend(l.body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from));
        out.push(l.signed.clone());
    }
    out
}

/// Send `letters` (all to one decision-maker, one action): the real ones as one mail to the
/// decision-maker; each test letter (confirmed in test mode) to its own writer alone, with its
/// own Message-ID, then forgotten.
async fn deliver(state: &crate::context::Ctx, action: &store::Action, target: TargetId, letters: Vec<store::Letter>, key: &str) -> anyhow::Result<()> {
    let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, action.campaign_id).await? else { return Ok(()) };
    let Some(t) = crate::targets::store::get(&state.db, campaign.id, target).await? else { return Ok(()) };
    let (emails, _) = crate::targets::store::contacts(&state.db, &state.keys.fields, target).await?;
    let now = crate::db::now();
    let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
    let title_in = |lang: crate::i18n::Lang| texts.iter().find(|x| x.0 == lang).or_else(|| texts.iter().find(|x| x.0 == campaign.default_lang)).map(|x| x.1.title.clone()).unwrap_or_else(|| campaign.slug.clone());
    // A letter goes only while its action is open and its decision-maker is on it and shown to
    // writers, as when it was written: else it stops, and its writer's own page says so.
    let still = action.status == super::model::Status::Open && t.public == 1 && store::target_ids(&state.db, action.id).await?.contains(&target);
    if !still {
        let ids: Vec<LetterId> = letters.iter().map(|l| l.id).collect();
        store::finish(&state.db, &ids, LetterStatus::Stopped, "", now).await?;
        tracing::info!(letters = ids.len(), "letters stopped: their action closed or their decision-maker left it");
        return Ok(());
    }
    let (tests, real): (Vec<store::Letter>, Vec<store::Letter>) = letters.into_iter().partition(|l| l.test);
    for l in tests {
        let Some(person) = crate::supporters::store::load(&state.db, &state.keys.fields, l.supporter_id).await? else { continue };
        // The writer sees their letter as the decision-maker would, in the decision-maker's language.
        let title = title_in(t.lang);
        let notice = Notice { lang: t.lang, subject: l.subject.clone(), paragraphs: paragraphs(state, t.lang, &title, std::slice::from_ref(&l)), link: None };
        let mut mail = notice.outgoing(&person.email, &format!("{key}:test:{}", l.id), &state.mailer.from_address())?;
        let (_, unsubscribe) = crate::supporters::service::supporter_links(state, l.lang, &person, now);
        mail.unsubscribe = Some(unsubscribe);
        state.mailer.send(&mail).await?;
        store::forget(&state.db, &[l.id]).await?;
    }
    if real.is_empty() {
        return Ok(());
    }
    let ids: Vec<LetterId> = real.iter().map(|l| l.id).collect();
    let lang = t.lang;
    let title = title_in(lang);
    let subject = if real.len() == 1 {
        real[0].subject.clone()
    } else {
        state.i18n.tr(lang, "letter-mail-digest-subject", &[("count", Arg::Count(real.len() as i64)), ("campaign", Arg::Str(&title))])
    };
    let Some(to) = emails.into_iter().next() else { return Ok(()) };
    let notice = Notice { lang, subject, paragraphs: paragraphs(state, lang, &title, &real), link: None };
    let mail = notice.outgoing(&to, key, &state.mailer.from_address())?;
    if let Err(e) = state.mailer.send(&mail).await {
        if let Some(reason) = permanent(&e) {
            store::finish(&state.db, &ids, LetterStatus::Bounced, &reason, now).await?;
            tracing::info!("a letter bounced");
            return Ok(());
        }
        return Err(e);
    }
    store::finish(&state.db, &ids, LetterStatus::Sent, "", now).await?;
    tracing::info!(letters = ids.len(), "letters delivered");
    Ok(())
}

impl Job for LetterSend {
    const KIND: &'static str = "letter-send";

    fn unique_key(&self) -> Option<String> {
        Some(format!("letter-send:{}:{}:{}", self.letter, self.at, self.moved))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some(letter) = store::letter(&state.db, &state.keys.fields, self.letter).await? else { return Ok(()) };
        if letter.status != LetterStatus::Queued {
            return Ok(());
        }
        let Some(action) = store::by_id(&state.db, letter.action_id).await? else { return Ok(()) };
        // The working hours as they are now (a coordinator may have narrowed them since the
        // letter took its slot): outside them, the letter waits for their next opening.
        // Moved letters keep their spacing: each after the one before it.
        // (A letter that will not go — its action closed, its decision-maker off it — is stopped
        // by `deliver` at once rather than moved.)
        let live = action.status == super::model::Status::Open && store::target_ids(&state.db, action.id).await?.contains(&letter.target_id);
        if live && let Some(t) = crate::targets::store::get(&state.db, action.campaign_id, letter.target_id).await?.filter(|t| t.public == 1) {
            let zone = jiff::tz::TimeZone::get(&t.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
            let now = crate::db::now();
            // A queue that fell behind (the worker was down) catches up at its rate, not all at
            // once: a letter whose decision-maker received one less than half a spacing ago
            // takes a new slot after it.
            let last_sent = store::last_sent_to(&state.db, letter.target_id).await?;
            let too_soon = last_sent.is_some_and(|l| now < l + action.window().spacing() / 2);
            if too_soon || action.window().open_at(now, &zone) > now {
                store::reslot(&state.db, letter.id, letter.target_id, action.window(), &zone, now, self.moved.saturating_add(1)).await?;
                return Ok(());
            }
        }
        // The Message-ID is the letter's alone, whichever slot sent it.
        let key = format!("letter-send:{}", self.letter);
        deliver(&state, &action, letter.target_id, vec![letter], &key).await
    }
}

impl Job for LetterDigest {
    const KIND: &'static str = "letter-digest";

    fn unique_key(&self) -> Option<String> {
        Some(format!("letter-digest:{}:{}:{}", self.action, self.target, self.at))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some(action) = store::by_id(&state.db, self.action).await? else { return Ok(()) };
        let key = self.unique_key().unwrap_or_default();
        // A day's letters, a thousand to a mail at most, until none is left.
        for part in 0..100 {
            let letters = store::due_for(&state.db, &state.keys.fields, self.action, self.target, self.at).await?;
            if letters.is_empty() {
                break;
            }
            let n = letters.len();
            deliver(&state, &action, self.target, letters, &format!("{key}:{part}")).await?;
            if n < 1_000 {
                break;
            }
        }
        Ok(())
    }
}
