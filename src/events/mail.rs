//! Mails to an event's organiser, in the event's language: the link to confirm it (a page with
//! a button), and the moderators' decisions with their message. Every mail carries the link to
//! manage the event.

use serde::{Deserialize, Serialize};

use super::model::{EventId, Status};
use super::store;
use crate::crypto::LinkPurpose;
use crate::i18n::Arg;
use crate::jobs::Job;
use crate::mail::Notice;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum What {
    Confirm,
    Approved,
    Changes,
    Rejected,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EventMail {
    pub event: EventId,
    pub what: What,
    pub at: i64,
}

impl Job for EventMail {
    const KIND: &'static str = "event-mail";

    fn unique_key(&self) -> Option<String> {
        Some(format!("event-mail:{}:{:?}:{}", self.event, self.what, self.at))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some(event) = store::event(&state.db, self.event).await? else { return Ok(()) };
        let Some((_, email)) = store::organiser(&state.db, &state.keys.fields, event.id).await? else { return Ok(()) };
        let Some(day) = store::day(&state.db, event.day_id).await? else { return Ok(()) };
        let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, day.campaign_id).await? else { return Ok(()) };
        let lang = event.lang;
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let named = [("event", Arg::Str(&event.title))];
        let manage = format!("{}/{lang}/events/manage/{}", state.cfg.base_url, state.keys.sign_link(LinkPurpose::EventManage, event.id));
        let page = format!("{}/{lang}/c/{}/events/{}", state.cfg.base_url, campaign.slug, event.id);
        let notice = match self.what {
            What::Confirm => {
                if event.status != Status::Unconfirmed {
                    return Ok(());
                }
                let confirm = format!("{}/{lang}/events/confirm/{}", state.cfg.base_url, state.keys.sign_link(LinkPurpose::EventConfirm, event.id));
                Notice {
                    lang,
                    subject: tr("event-mail-confirm-subject", &named),
                    paragraphs: vec![tr("event-mail-confirm-intro", &named), tr("event-mail-ignore", &[]), tr("event-mail-manage", &[]), manage],
                    link: Some((tr("event-mail-confirm-button", &[]), confirm)),
                }
            }
            What::Approved => Notice {
                lang,
                subject: tr("event-mail-approved-subject", &named),
                paragraphs: vec![tr("event-mail-approved-intro", &named), page, tr("event-mail-manage", &[])],
                link: Some((tr("event-mail-manage-button", &[]), manage)),
            },
            What::Changes => Notice {
                lang,
                subject: tr("event-mail-changes-subject", &named),
                paragraphs: vec![tr("event-mail-changes-intro", &named), event.message.clone(), tr("event-mail-manage", &[])],
                link: Some((tr("event-mail-manage-button", &[]), manage)),
            },
            What::Rejected => Notice {
                lang,
                subject: tr("event-mail-rejected-subject", &named),
                paragraphs: vec![tr("event-mail-rejected-intro", &named), event.message.clone()],
                link: None,
            },
        };
        let key = self.unique_key().unwrap_or_default();
        state.mailer.send(&notice.outgoing(email.as_str(), &key, &state.mailer.from_address())?).await?;
        tracing::info!(what = ?self.what, "event mail sent");
        Ok(())
    }
}
