//! What campaign pages show: a campaign's texts resolved for a reader's language (falling back
//! to the default language, visibly), list titles, and the campaign page itself, which the
//! public page and the coordinators' preview both render.

use askama::Template;

use super::model::{Campaign, CampaignText};
use super::store;
use crate::error::AppResult;
use crate::http::page::{Page, Val, render};
use crate::i18n::{Arg, Lang};
use crate::staff::Staff;
use crate::state::AppState;

/// A campaign's text as a reader sees it in one language: each field from that language when
/// written, else from the campaign's default language, remembering which.
pub struct View {
    pub slug: String,
    pub title: (String, Lang),
    pub summary: (String, Lang),
    pub call_html: (String, Lang),
    pub share: (String, Lang),
    /// The default language, when something on the page had to be shown in it.
    pub fallback: Option<Lang>,
}

pub fn resolve(campaign: &Campaign, texts: &[(Lang, CampaignText)], lang: Lang) -> View {
    let find = |l: Lang| texts.iter().find(|(tl, _)| *tl == l).map(|(_, t)| t);
    let empty = CampaignText::default();
    let wanted = if campaign.offers(lang) { find(lang) } else { None };
    let default = find(campaign.default_lang).unwrap_or(&empty);
    let mut fell_back = lang != campaign.default_lang && wanted.is_none();
    let mut pick = |get: fn(&CampaignText) -> &String| -> (String, Lang) {
        match wanted.map(get).filter(|v| !v.trim().is_empty()) {
            Some(v) => (v.clone(), lang),
            None => {
                let v = get(default);
                if lang != campaign.default_lang && !v.trim().is_empty() {
                    fell_back = true;
                }
                (v.clone(), campaign.default_lang)
            }
        }
    };
    let title = pick(|t| &t.title);
    let summary = pick(|t| &t.summary);
    let call_html = pick(|t| &t.call_html);
    let share = pick(|t| &t.share_text);
    View {
        slug: campaign.slug.clone(),
        title,
        summary,
        call_html,
        share,
        fallback: fell_back.then_some(campaign.default_lang),
    }
}

#[derive(Template)]
#[template(path = "campaigns/campaign.html")]
struct CampaignTemplate {
    page: Page,
    view: View,
    /// Set when a coordinator previews: the banner names the text language and links back, and
    /// says whether readers see the published text meanwhile (a published campaign).
    preview: Option<(Lang, String, bool)>,
    share_url: String,
    /// The headline facts, each with its latest value, source and chart.
    facts: Vec<crate::facts::view::SeriesView>,
    /// Open and closed petitions: (slug, title, language of the title, open).
    petitions: Vec<(String, String, Lang, bool)>,
    /// How many organisations endorse the call (approved).
    endorsers: i64,
    /// Days of action: (id, title, language of the title, dates).
    days: Vec<(String, String, Lang, String)>,
    /// How many items of the watch list are upcoming or under way.
    watch: i64,
    /// Open call actions (alerts while they run): (id, title, its language).
    calls: Vec<(String, String, Lang)>,
    /// Open letter actions: (id, subject, its language).
    letters: Vec<(String, String, Lang)>,
    /// Events held so far, over every day of action.
    tally: crate::events::store::Tally,
    /// The newest photos of the events' reports.
    gallery: Vec<crate::events::store::PhotoRef>,
}

impl CampaignTemplate {
    /// "Not yet translated into {the language asked for}; shown in {the default}", in the
    /// interface language. In a preview the language asked for is the previewed one.
    fn fallback_note(&self, fallback: impl Val<Lang>) -> String {
        let target = self.preview.as_ref().map(|(l, _, _)| *l).unwrap_or(self.page.lang);
        let target = self.page.lang_name(target);
        let shown = self.page.lang_name(fallback.val());
        self.page.state.i18n.tr(self.page.lang, "fallback-note", &[("target", Arg::Str(&target)), ("language", Arg::Str(&shown))])
    }
}

/// (slug, title, language of the title) for a list, each title in `lang` when written.
pub async fn titles_for(state: &AppState, campaigns: &[Campaign], lang: Lang) -> AppResult<Vec<(String, String, Lang)>> {
    let ids: Vec<_> = campaigns.iter().map(|c| c.id).collect();
    let titles = store::titles(&state.db, &ids).await?;
    Ok(campaigns
        .iter()
        .map(|c| {
            let find = |l: Lang| titles.iter().find(|(id, tl, t)| *id == c.id && *tl == l && !t.is_empty());
            match find(lang).filter(|_| c.offers(lang)).or_else(|| find(c.default_lang)) {
                Some((_, l, t)) => (c.slug.clone(), t.clone(), *l),
                None => (c.slug.clone(), c.slug.clone(), c.default_lang),
            }
        })
        .collect())
}

/// The campaign page in `lang`; with `preview`, the text language a coordinator previews.
pub async fn render_campaign(state: &AppState, campaign: &Campaign, lang: Lang, preview: Option<(Lang, &Staff)>) -> AppResult<String> {
    let mut texts = store::texts(&state.db, campaign.id).await?;
    if preview.is_some() {
        // The preview shows unpublished changes over the published texts; readers never do.
        for (l, draft) in store::drafts(&state.db, campaign.id).await? {
            texts.retain(|(tl, _)| *tl != l);
            texts.push((l, draft));
        }
    }
    let view = match preview {
        // A preview shows the language asked for even before the campaign offers it.
        Some((text_lang, _)) => {
            let mut c = campaign.clone();
            if !c.offers(text_lang) {
                c.languages.push(text_lang);
            }
            resolve(&c, &texts, text_lang)
        }
        None => resolve(campaign, &texts, lang),
    };
    let share_url = format!("{}/{}/c/{}", state.cfg.base_url, lang, campaign.slug);
    let mut page = Page::new(state, lang, format!("/c/{}", campaign.slug), view.title.0.clone());
    let preview = match preview {
        Some((text_lang, staff)) => {
            page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/preview/{text_lang}", campaign.slug), "preview-title");
            page.title = view.title.0.clone();
            Some((text_lang, format!("/{lang}/staff/campaigns/{}/texts/{text_lang}", campaign.slug), campaign.published))
        }
        None => None,
    };
    let facts = crate::facts::view::views(state, campaign, lang, true).await?;
    let mut petitions = Vec::new();
    for p in crate::petitions::store::list(&state.db, campaign.id, true).await? {
        let texts = crate::petitions::store::texts(&state.db, p.id).await?;
        let (text, text_lang) = crate::petitions::view::pick_text(&texts, lang, campaign.default_lang);
        petitions.push((p.slug, text.title, text_lang, p.status == crate::petitions::model::Status::Open));
    }
    let endorsers = crate::organisations::store::count(&state.db, campaign.id, crate::organisations::model::Status::Approved).await?;
    let mut days = Vec::new();
    for d in crate::events::store::days(&state.db, campaign.id).await? {
        let (title, title_lang) = d.title(lang, campaign.default_lang);
        let dates = if d.first_day == d.last_day { page.civil_date(d.first_day) } else { format!("{} – {}", page.civil_date(d.first_day), page.civil_date(d.last_day)) };
        days.push((d.id.to_string(), title, title_lang, dates));
    }
    let tally = crate::events::store::tally(&state.db, campaign.id, crate::db::now()).await?;
    let gallery = crate::events::store::gallery(&state.db, campaign.id, 12).await?;
    let watch = crate::watch::store::count(&state.db, campaign.id, true, &crate::watch::service::today()).await?;
    let mut calls = Vec::new();
    for call in crate::calls::store::list(&state.db, campaign.id, true).await? {
        let texts = crate::calls::store::texts(&state.db, call.id).await?;
        if let Some(t) = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()) {
            calls.push((call.id.to_string(), t.1.clone(), t.0));
        }
    }
    let mut letters = Vec::new();
    for action in crate::letters::store::list(&state.db, campaign.id, true).await? {
        let texts = crate::letters::store::texts(&state.db, action.id).await?;
        if let Some(t) = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()) {
            letters.push((action.id.to_string(), t.1.clone(), t.0));
        }
    }
    render(&CampaignTemplate { page, view, preview, share_url, facts, petitions, endorsers, days, watch, calls, letters, tally, gallery })
}


/// The campaign's lead organisation as named in `lang` (else the default language), with the
/// language of the name, or `None` when none is named.
pub async fn lead_org(state: &AppState, campaign: &Campaign, lang: Lang) -> AppResult<Option<(String, Lang)>> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let find = |l: Lang| texts.iter().find(|(tl, t)| *tl == l && !t.lead_org.trim().is_empty()).map(|(_, t)| (t.lead_org.clone(), l));
    Ok(find(lang).or_else(|| find(campaign.default_lang)))
}
