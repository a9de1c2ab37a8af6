//! Petition pages readers see: the petition with its sign form, thanks, and confirmation from
//! the mailed link.

use std::sync::OnceLock;

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::campaigns::model::Campaign;
use crate::campaigns::view::lead_org;
use crate::countries::{countries, country_name};
use crate::petitions::model::{Petition, PetitionText, SignInput, Status};
use crate::petitions::service::{self, LinkFinds, public_petition};
use crate::petitions::store::{self, SignOutcome};
use crate::petitions::view::{CountryRow, pick_text};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::form::FieldErrors as HttpFieldErrors;
use crate::http::page::{cached_html, Page, html_status, render};
use crate::http::session::PublicForm;
use crate::http::UrlLang;
use crate::state::AppState;
use crate::i18n::Lang;
use crate::organisations::model::Organisation;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/c/{slug}/p/{petition}", get(petition_page))
        .route("/{lang}/c/{slug}/p/{petition}/sign", axum::routing::post(sign))
        .route("/{lang}/c/{slug}/p/{petition}/thanks", get(thanks))
        .route("/{lang}/confirm/{token}", get(confirm_page).post(confirm))
}

/// A marker put where the form token goes when the page is cached; every response gets a
/// fresh token in its place. Random per process, so no text a coordinator writes can hold it.
fn token_marker() -> &'static str {
    static MARKER: OnceLock<String> = OnceLock::new();
    MARKER.get_or_init(|| format!("tok-{}", crate::crypto::to_hex(&crate::crypto::random_bytes::<12>())))
}

#[derive(Template)]
#[template(path = "petitions/petition.html")]
struct PetitionTemplate {
    page: Page,
    campaign_slug: String,
    slug: String,
    text: PetitionText,
    text_lang: Lang,
    open: bool,
    goal: i64,
    total: i64,
    countries: Vec<CountryRow>,
    comments: Vec<(String, String)>,
    lead_org: Option<(String, Lang)>,
    /// The partner organisation whose page brought the reader: (name, referral code).
    partner: Option<(String, String)>,
    input: SignInput,
    errors: HttpFieldErrors,
    /// A message about the whole form (a refused token, too many posts).
    form_error: Option<String>,
    notice: Option<String>,
    token: String,
    country_list: &'static [(String, String)],
    /// A coordinator's preview: the language previewed and the way back to its text.
    preview: Option<(Lang, String)>,
}

impl PetitionTemplate {
    /// Progress toward the goal, in whole percent (at most 100).
    fn percent(&self) -> i64 {
        if self.goal <= 0 { 0 } else { (self.total.saturating_mul(100) / self.goal).min(100) }
    }
    fn selected(&self, code: &str) -> bool {
        self.input.country.eq_ignore_ascii_case(code)
    }
}

#[allow(clippy::too_many_arguments)]
async fn petition_template(
    state: &AppState,
    lang: Lang,
    campaign: &Campaign,
    petition: &Petition,
    input: SignInput,
    errors: HttpFieldErrors,
    form_error: Option<String>,
    notice: Option<String>,
    token: String,
    partner: Option<&Organisation>,
) -> AppResult<PetitionTemplate> {
    let texts = store::texts(&state.db, petition.id).await?;
    let (text, text_lang) = pick_text(&texts, lang, campaign.default_lang);
    let (total, per_country) = store::tally(&state.db, petition.id).await?;
    let per_country = per_country.into_iter().map(|(code, count)| CountryRow { name: country_name(lang, &code), count }).collect();
    let comments = store::recent_comments(&state.db, &state.keys.fields, petition.id, 10)
        .await?
        .into_iter()
        .map(|(code, comment, _)| (country_name(lang, &code), comment))
        .collect();
    let mut page = Page::new(state, lang, format!("/c/{}/p/{}", campaign.slug, petition.slug), text.title.clone());
    page.refused = !errors.is_empty() || form_error.is_some();
    Ok(PetitionTemplate {
        page,
        campaign_slug: campaign.slug.clone(),
        slug: petition.slug.clone(),
        text,
        text_lang,
        open: petition.status == Status::Open,
        goal: petition.goal,
        total,
        countries: per_country,
        comments,
        lead_org: lead_org(state, campaign, lang).await?,
        partner: partner.map(|o| (o.name.clone(), o.referral.clone())),
        input,
        errors,
        form_error,
        notice,
        token,
        country_list: countries().list(lang),
        preview: None,
    })
}

/// A coordinator's preview of a petition in `text_lang`, with its unpublished changes: the page
/// readers will see once they are published (without the sign form).
pub(crate) async fn preview_page(state: &AppState, lang: Lang, staff: &crate::staff::Staff, campaign: &Campaign, petition: &Petition, text_lang: Lang) -> AppResult<String> {
    let mut t = petition_template(state, lang, campaign, petition, SignInput::default(), HttpFieldErrors::default(), None, None, String::new(), None).await?;
    let mut texts = store::texts(&state.db, petition.id).await?;
    for (l, draft) in store::drafts(&state.db, petition.id).await? {
        texts.retain(|(tl, _)| *tl != l);
        texts.push((l, draft));
    }
    let (text, shown_lang) = pick_text(&texts, text_lang, campaign.default_lang);
    let back = format!("/{lang}/staff/campaigns/{}/petitions/{}/texts/{text_lang}", campaign.slug, petition.slug);
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/petitions/{}/preview/{text_lang}", campaign.slug, petition.slug), "preview-title");
    page.title = text.title.clone();
    t.page = page;
    t.text = text;
    t.text_lang = shown_lang;
    t.open = false;
    t.preview = Some((text_lang, back));
    render(&t)
}

fn form_name(petition: &Petition) -> String {
    format!("petition:{}", petition.id)
}

#[derive(Deserialize)]
struct PageQuery {
    confirmed: Option<String>,
    /// A partner page's referral code: the page shows that partner's consent box and the
    /// signature is credited to it.
    via: Option<String>,
}

use crate::organisations::service::partner_of;

async fn petition_page(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, petition)): Path<(String, String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    // The page after a confirmation (with its notice) is cached apart: any `?confirmed=` value
    // is served from the cache, so a query cannot make every request count and decrypt anew.
    // A partner's page is cached apart too, once its code is known to name an approved partner
    // (an unknown code is the plain page: random codes cannot fill the cache).
    let partner = match q.via.as_deref() {
        Some(via) => {
            let (campaign, _) = public_petition(&state, &slug, &petition).await?;
            partner_of(&state, &campaign, Some(via)).await?
        }
        None => None,
    };
    let key = format!(
        "/{lang}/c/{slug}/p/{petition}{}{}",
        if q.confirmed.is_some() { "?confirmed" } else { "" },
        partner.as_ref().map(|o| format!("?via={}", o.referral)).unwrap_or_default()
    );
    // Cached as "form name\npage": the form name signs the token each response gets.
    let cached = state.cache.get(&key);
    let entry = match cached {
        Some(entry) => entry,
        None => {
            let (campaign, p) = public_petition(&state, &slug, &petition).await?;
            let notice = q.confirmed.is_some().then(|| state.i18n.tr(lang, "confirm-done", &[]));
            let template =
                petition_template(&state, lang, &campaign, &p, SignInput::default(), HttpFieldErrors::default(), None, notice, token_marker().to_string(), partner.as_ref()).await?;
            let entry = axum::body::Bytes::from(format!("{}\n{}", form_name(&p), render(&template)?));
            state.cache.put(key, entry.clone());
            entry
        }
    };
    let text = std::str::from_utf8(&entry).map_err(|e| AppError::Internal(e.into()))?;
    let (form, body) = text.split_once('\n').ok_or_else(|| AppError::Internal(anyhow::anyhow!("a cached petition page without its form")))?;
    // Only the one marker is replaced: it is random and appears once, in the token field.
    let fresh = state.form_tokens.issue(form, now_ms());
    Ok(cached_html(axum::body::Bytes::from(body.replacen(token_marker(), &fresh, 1))))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}


async fn sign(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, petition)): Path<(String, String, String)>,
    extensions: axum::http::Extensions,
    headers: HeaderMap,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    if state.keys_stale.load(std::sync::atomic::Ordering::Relaxed) {
        // See `app::spawn_key_watch`: nothing more is encrypted under an outdated key.
        return Err(AppError::Unavailable);
    }
    let (campaign, p) = public_petition(&state, &slug, &petition).await?;
    let page_url = format!("/{lang}/c/{}/p/{}", campaign.slug, p.slug);
    if p.status != Status::Open {
        return Ok(Redirect::to(&page_url).into_response());
    }
    let thanks = Redirect::to(&format!("{page_url}/thanks")).into_response();
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    // The honeypot: a field people do not see. Bots that fill it are told all went well.
    if !field("website").is_empty() {
        return Ok(thanks);
    }
    let input = SignInput::from_pairs(&pairs);
    let form = form_name(&p);
    let partner = partner_of(&state, &campaign, Some(input.via.as_str()).filter(|v| !v.is_empty())).await?;
    let refuse = |status: StatusCode, errors: HttpFieldErrors, form_error: Option<String>| {
        let state = state.clone();
        let (campaign, p, input, form, partner) = (campaign.clone(), p.clone(), input.clone(), form.clone(), partner.clone());
        async move {
            let token = state.form_tokens.issue(&form, now_ms());
            let t = petition_template(&state, lang, &campaign, &p, input, errors, form_error, None, token, partner.as_ref()).await?;
            html_status(status, &t)
        }
    };
    if let Some(limiter) = &state.limiter
        && !limiter.allows(&state.cfg, &headers, &extensions, now())
    {
        return refuse(StatusCode::TOO_MANY_REQUESTS, HttpFieldErrors::default(), Some(state.i18n.tr(lang, "sign-error-rate", &[]))).await;
    }
    let token_hash = match state.form_tokens.check(&form, field("form_token"), now_ms()) {
        Ok(hash) => hash,
        Err(e) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, HttpFieldErrors::default(), Some(state.i18n.tr(lang, e.message_id(), &[]))).await,
    };
    let signing = match input.parse(countries()) {
        Ok(mut s) => {
            s.consent = service::consent_counts(&state, &campaign, lang, s.consent).await?;
            // Credit and the partner's box only for an approved partner of this campaign: a
            // forged code or box records nothing.
            s.partner = partner.as_ref().map(|o| o.id);
            s.consent_partner = input.consent_partner && partner.is_some();
            s
        }
        Err(errors) => {
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, HttpFieldErrors::translated(&errors, &state.i18n, lang), None).await;
        }
    };
    let token_expires = now() + state.form_tokens.max_age_ms / 1000 + 60;
    let request = crate::petitions::intake::Request { petition: p.id, signing, lang, token_hash, token_expires };
    let outcome = state.part::<crate::petitions::intake::Intake>().sign(request).await?;
    match outcome {
        SignOutcome::New { mail: true, .. } | SignOutcome::StillPending { mail: true, .. } => state.job_notify.notify_waiters(),
        _ => {}
    }
    // Every outcome looks the same from outside: whether an email has signed is not told.
    Ok(thanks)
}

#[derive(Template)]
#[template(path = "petitions/thanks.html")]
struct ThanksTemplate {
    page: Page,
    title: String,
    title_lang: Lang,
    back: String,
    days: i64,
}

async fn thanks(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, petition)): Path<(String, String, String)>) -> AppResult<Response> {
    let (campaign, p) = public_petition(&state, &slug, &petition).await?;
    let texts = store::texts(&state.db, p.id).await?;
    let (text, title_lang) = pick_text(&texts, lang, campaign.default_lang);
    let heading = state.i18n.tr(lang, "thanks-title", &[]);
    let page = Page::new(&state, lang, format!("/c/{}/p/{}/thanks", campaign.slug, p.slug), heading);
    html_status(
        StatusCode::OK,
        &ThanksTemplate { page, title: text.title, title_lang, back: format!("/{lang}/c/{}/p/{}", campaign.slug, p.slug), days: i64::from(state.cfg.pending_days) },
    )
}

#[derive(Template)]
#[template(path = "petitions/confirm.html")]
struct ConfirmTemplate {
    page: Page,
    /// None: the link is not (or no longer) valid.
    title: Option<(String, Lang)>,
    finds: Option<LinkFinds>,
    action: String,
    back: Option<String>,
}

impl ConfirmTemplate {
    fn country(&self, code: &str) -> String {
        country_name(self.page.lang, code)
    }
}

async fn confirm_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let found = service::confirm_link(&state, &token).await?;
    let heading = state.i18n.tr(lang, "confirm-title", &[]);
    // The path holds the token: the language switcher must keep it, nothing else sees it.
    let page = Page::new(&state, lang, format!("/confirm/{token}"), heading);
    let action = format!("/{lang}/confirm/{token}");
    let Some(link) = found else {
        return html_status(StatusCode::NOT_FOUND, &ConfirmTemplate { page, title: None, finds: None, action, back: None });
    };
    let texts = store::texts(&state.db, link.petition.id).await?;
    let (text, text_lang) = pick_text(&texts, lang, link.campaign.default_lang);
    let back = (link.campaign.published && link.petition.status != Status::Draft)
        .then(|| format!("/{lang}/c/{}/p/{}", link.campaign.slug, link.petition.slug));
    html_status(StatusCode::OK, &ConfirmTemplate { page, title: Some((text.title, text_lang)), finds: Some(link.finds), action, back })
}

async fn confirm(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let link = service::confirm_link(&state, &token).await?;
    match link {
        Some(link) if service::confirm(&state, &link).await? && link.campaign.published => {
            Ok(Redirect::to(&format!("/{lang}/c/{}/p/{}?confirmed=1", link.campaign.slug, link.petition.slug)).into_response())
        }
        // Nothing changed, or nowhere public to go: the page says what the link finds now.
        _ => confirm_page(UrlLang(lang), State(state), Path((lang.code().to_string(), token))).await,
    }
}
