//! The confirmation mail: sent after a signature, in the language it was signed in, with the
//! link to the confirmation page (a page with a button: mail scanners follow links, so the
//! link itself changes nothing), the supporter's own page, and unsubscribing.

use askama::Template;

use super::store::{self, ConfirmMail};
use crate::crypto::LinkPurpose;
use crate::i18n::{Arg, Lang};
use crate::jobs::Job;
use crate::mail::{Outgoing, message_id};

/// What the confirmation mail says, in the signer's language; both parts render it.
struct Parts {
    lang: Lang,
    subject: String,
    greeting: String,
    intro: String,
    confirm_label: String,
    confirm_url: String,
    ignore: String,
    own_label: String,
    own_url: String,
    unsubscribe_label: String,
    unsubscribe_url: String,
}

#[derive(Template)]
#[template(path = "mail/confirm.txt")]
struct TextPart<'a> {
    m: &'a Parts,
}

#[derive(Template)]
#[template(path = "mail/confirm.html")]
struct HtmlPart<'a> {
    m: &'a Parts,
}


impl Job for ConfirmMail {
    const KIND: &'static str = "petition-confirm-mail";

    fn unique_key(&self) -> Option<String> {
        Some(format!("confirm-mail:{}:{}:{}", self.signature, self.day, self.nth))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        // Gone (purged, erased) or confirmed meanwhile: nothing to send.
        let Some(sig) = store::signature(&state.db, self.signature).await? else { return Ok(()) };
        // Confirmed meanwhile, or its details replaced since this mail was queued (a newer
        // mail carries the link for them): nothing to send.
        if sig.confirmed || sig.revision != self.revision {
            return Ok(());
        }
        let Some(person) = crate::supporters::store::load(&state.db, &state.keys.fields, sig.supporter).await? else { return Ok(()) };
        let Some(petition) = store::find_by_id(&state.db, sig.petition).await? else { return Ok(()) };
        let texts = store::texts(&state.db, petition.id).await?;
        let campaign = crate::campaigns::store::find_by_id(&state.db, petition.campaign_id).await?;
        let campaign_default = campaign.map(|c| c.default_lang).unwrap_or(Lang::En);
        let lang = sig.lang;
        let (text, _) = super::view::pick_text(&texts, lang, campaign_default);
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let (own_url, unsubscribe) = crate::supporters::service::supporter_links(&state, lang, &person, crate::db::now());
        let parts = Parts {
            lang,
            subject: tr("confirm-mail-subject", &[("title", Arg::Str(&text.title))]),
            // Never the name typed on the form: anyone can type anything there, and a signed mail
            // greeting its reader with it would carry a stranger's words (a phishing aid).
            greeting: tr("confirm-mail-greeting-anonymous", &[]),
            intro: tr("confirm-mail-intro", &[("title", Arg::Str(&text.title))]),
            confirm_label: tr("confirm-mail-button", &[]),
            confirm_url: format!("{}/{lang}/confirm/{}", state.cfg.base_url, state.keys.sign_versioned_link(LinkPurpose::Confirm, sig.id, sig.revision)),
            ignore: tr("confirm-mail-ignore", &[("count", Arg::Count(i64::from(state.cfg.pending_days)))]),
            own_label: tr("mail-own-page", &[]),
            own_url,
            unsubscribe_label: tr("mail-unsubscribe", &[]),
            unsubscribe_url: unsubscribe.https.clone(),
        };
        let text_part = TextPart { m: &parts }.render()?;
        let html_part = HtmlPart { m: &parts }.render()?;
        let key = self.unique_key().unwrap_or_default();
        let mail = Outgoing {
            to: person.email,
            lang,
            subject: parts.subject.clone(),
            text: text_part,
            html: html_part,
            message_id: message_id(&key, &state.mailer.from_address()),
            unsubscribe: Some(unsubscribe),
            attachment: None,
        };
        state.mailer.send(&mail).await?;
        // No id: it is the number in the mailed link.
        tracing::info!("confirmation mail sent");
        Ok(())
    }
}
