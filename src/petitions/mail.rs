//! The confirmation mail: sent after a signature, in the language it was signed in, with the
//! link to the confirmation page (a page with a button: mail scanners follow links, so the
//! link itself changes nothing), the supporter's own page, and unsubscribing.

use askama::Template;

use super::store::{self, ConfirmMail};
use crate::crypto::LinkPurpose;
use crate::http::AppState;
use crate::i18n::{Arg, Lang};
use crate::jobs::Job;
use crate::mail::{Outgoing, Unsubscribe, message_id};

#[derive(Template)]
#[template(path = "mail/confirm.txt")]
struct TextPart<'a> {
    greeting: &'a str,
    intro: &'a str,
    confirm_label: &'a str,
    confirm_url: &'a str,
    ignore: &'a str,
    own_label: &'a str,
    own_url: &'a str,
    unsubscribe_label: &'a str,
    unsubscribe_url: &'a str,
}

#[derive(Template)]
#[template(path = "mail/confirm.html")]
struct HtmlPart<'a> {
    lang: Lang,
    subject: &'a str,
    greeting: &'a str,
    intro: &'a str,
    confirm_label: &'a str,
    confirm_url: &'a str,
    ignore: &'a str,
    own_label: &'a str,
    own_url: &'a str,
    unsubscribe_label: &'a str,
    unsubscribe_url: &'a str,
}

/// The links every mail to a supporter carries: their own page and unsubscribing.
pub fn supporter_links(state: &AppState, lang: Lang, supporter: i64) -> (String, Unsubscribe) {
    let base = &state.cfg.base_url;
    let own = format!("{base}/{lang}/me/{}", state.keys.sign_link(LinkPurpose::SelfService, supporter));
    let token = state.keys.sign_link(LinkPurpose::Unsubscribe, supporter);
    let https = format!("{base}/{lang}/unsubscribe/{token}");
    let mailto = format!("mailto:{}?subject=unsubscribe%20{token}", state.mailer.from_address());
    (own, Unsubscribe { https, mailto })
}

impl Job for ConfirmMail {
    const KIND: &'static str = "petition-confirm-mail";

    fn unique_key(&self) -> Option<String> {
        Some(format!("confirm-mail:{}:{}:{}", self.signature, self.day, self.nth))
    }

    async fn run(self, state: AppState) -> anyhow::Result<()> {
        // Gone (purged, erased) or confirmed meanwhile: nothing to send.
        let Some(sig) = store::signature(&state.db, self.signature).await? else { return Ok(()) };
        if sig.confirmed {
            return Ok(());
        }
        let Some(person) = crate::supporters::store::load(&state.db, &state.keys.fields, sig.supporter).await? else { return Ok(()) };
        let Some(petition) = store::find_by_id(&state.db, sig.petition).await? else { return Ok(()) };
        let texts = store::texts(&state.db, petition.id).await?;
        let campaign = crate::campaigns::store::find_by_id(&state.db, crate::campaigns::model::CampaignId(petition.campaign_id)).await?;
        let campaign_default = campaign.map(|c| c.default_lang).unwrap_or(Lang::En);
        let lang = sig.lang;
        let (text, _) = super::routes::pick_text(&texts, lang, campaign_default);
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let subject = tr("confirm-mail-subject", &[("title", Arg::Str(&text.title))]);
        let greeting = match &person.name {
            Some(name) => tr("confirm-mail-greeting", &[("name", Arg::Str(name))]),
            None => tr("confirm-mail-greeting-anonymous", &[]),
        };
        let intro = tr("confirm-mail-intro", &[("title", Arg::Str(&text.title))]);
        let confirm_url = format!("{}/{lang}/confirm/{}", state.cfg.base_url, state.keys.sign_link(LinkPurpose::Confirm, sig.id));
        let days = i64::from(state.cfg.pending_days);
        let ignore = tr("confirm-mail-ignore", &[("count", Arg::Count(days))]);
        let (own_url, unsubscribe) = supporter_links(&state, lang, sig.supporter.0);
        let (confirm_label, own_label, unsubscribe_label) =
            (tr("confirm-mail-button", &[]), tr("mail-own-page", &[]), tr("mail-unsubscribe", &[]));
        let text_part = TextPart {
            greeting: &greeting,
            intro: &intro,
            confirm_label: &confirm_label,
            confirm_url: &confirm_url,
            ignore: &ignore,
            own_label: &own_label,
            own_url: &own_url,
            unsubscribe_label: &unsubscribe_label,
            unsubscribe_url: &unsubscribe.https,
        }
        .render()?;
        let html_part = HtmlPart {
            lang,
            subject: &subject,
            greeting: &greeting,
            intro: &intro,
            confirm_label: &confirm_label,
            confirm_url: &confirm_url,
            ignore: &ignore,
            own_label: &own_label,
            own_url: &own_url,
            unsubscribe_label: &unsubscribe_label,
            unsubscribe_url: &unsubscribe.https,
        }
        .render()?;
        let key = self.unique_key().unwrap_or_default();
        let mail = Outgoing {
            to: person.email,
            lang,
            subject,
            text: text_part,
            html: html_part,
            message_id: message_id(&key, &state.mailer.from_address()),
            unsubscribe: Some(unsubscribe),
        };
        state.mailer.send(&mail).await?;
        tracing::info!(signature = sig.id, "confirmation mail sent");
        Ok(())
    }
}
