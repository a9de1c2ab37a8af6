//! Mails to an organisation's contact person, in the organisation's language: the link to
//! confirm its endorsement (a page with a button: mail scanners follow links), and the decision
//! (approved, or rejected with the reason the moderator wrote).

use serde::{Deserialize, Serialize};

use super::model::OrganisationId;
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
    Rejected,
}

/// One mail to an organisation's contact. `at` tells two decisions apart (approved, then
/// rejected later).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ContactMail {
    pub organisation: OrganisationId,
    pub what: What,
    pub at: i64,
}

impl Job for ContactMail {
    const KIND: &'static str = "organisation-mail";

    fn unique_key(&self) -> Option<String> {
        Some(format!("organisation-mail:{}:{:?}:{}", self.organisation, self.what, self.at))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some(org) = store::find(&state.db, self.organisation).await? else { return Ok(()) };
        let Some((_, email)) = store::contact(&state.db, &state.keys.fields, org.id).await? else { return Ok(()) };
        let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, org.campaign_id).await? else { return Ok(()) };
        let lang = org.lang;
        let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
        let title = crate::campaigns::view::resolve(&campaign, &texts, lang).title.0;
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        // The organisation's name is what its contact typed: it is quoted to them only, never
        // to anyone else.
        let named = [("organisation", Arg::Str(&org.name)), ("campaign", Arg::Str(&title))];
        let notice = match self.what {
            What::Confirm => {
                // Still waiting for its contact? Otherwise nothing to confirm any more.
                if org.status != super::model::Status::Unconfirmed {
                    return Ok(());
                }
                let token = state.keys.sign_link(LinkPurpose::Endorse, org.id);
                Notice {
                    lang,
                    subject: tr("endorse-mail-subject", &named),
                    paragraphs: vec![tr("endorse-mail-intro", &named), tr("endorse-mail-ignore", &[])],
                    link: Some((tr("endorse-mail-button", &[]), format!("{}/{lang}/endorse/confirm/{token}", state.cfg.base_url))),
                }
            }
            What::Approved => Notice {
                lang,
                subject: tr("org-approved-mail-subject", &named),
                paragraphs: vec![tr("org-approved-mail-intro", &named), tr("org-approved-mail-next", &[])],
                link: Some((tr("org-approved-mail-link", &[]), format!("{}/{lang}/c/{}/o/{}", state.cfg.base_url, campaign.slug, org.referral))),
            },
            What::Rejected => Notice {
                lang,
                subject: tr("org-rejected-mail-subject", &named),
                paragraphs: vec![tr("org-rejected-mail-intro", &named), tr("org-rejected-mail-reason", &[]), org.reason.clone()],
                link: None,
            },
        };
        let key = self.unique_key().unwrap_or_default();
        state.mailer.send(&notice.outgoing(email.as_str(), &key, &state.mailer.from_address())?).await?;
        tracing::info!(what = ?self.what, "organisation mail sent");
        Ok(())
    }
}
