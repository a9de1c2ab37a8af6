//! What coordinators do with targets: add, change and delete them, group them, import and
//! export them as CSV. Every change is one transaction and written to the audit log; an export
//! holds addresses and is logged like any export of personal data.

use super::model::{GroupId, TargetDraft, TargetId, TargetInput};
use super::store;
use crate::campaigns::model::Campaign;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::facts::csv_io::LineError;
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::text::Invalid;

fn exists() -> Invalid {
    let mut e = Invalid::new();
    e.add("emails", "target-error-exists");
    e
}

/// Add a target (`id` none) or change one, with the groups it is in. `Err`: what to say about
/// each field; nothing changed.
pub async fn save(state: &AppState, staff: &Staff, campaign: &Campaign, id: Option<TargetId>, input: &TargetInput, groups: &[GroupId]) -> AppResult<Result<TargetId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let draft = match input.parse(crate::countries::countries()) {
        Ok(d) => d,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    // One target per first address: the key a CSV import finds it by.
    let kept = store::keys(&mut tx, &state.keys.fields, campaign.id).await?;
    let holder = kept.get(draft.emails[0].as_str()).copied();
    let id = match id {
        None => {
            if holder.is_some() {
                return Ok(Err(exists()));
            }
            if kept.len() >= super::model::MAX_TARGETS {
                let mut e = Invalid::new();
                e.add("name", crate::text::Problem { id: "target-error-cap", count: Some(super::model::MAX_TARGETS as i64) });
                return Ok(Err(e));
            }
            store::insert(&mut tx, &state.keys.fields, campaign.id, &draft, now).await?
        }
        Some(id) => {
            if store::get(&state.db, campaign.id, id).await?.is_none() {
                return Err(AppError::NotFound);
            }
            if holder.is_some_and(|h| h != id) {
                return Ok(Err(exists()));
            }
            store::update(&mut tx, &state.keys.fields, id, &draft, now).await?;
            id
        }
    };
    store::set_groups(&mut tx, campaign.id, id, groups).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    crate::audit::store::record(&state.db, staff, "target-saved", Some(campaign.id), &draft.name, now).await?;
    Ok(Ok(id))
}

/// Delete a decision-maker. One with letters or calls behind them takes those from every tally
/// and their waiting letters with them: that needs `sure` (the form shows what would go), else
/// `Err` says so. `Ok(false)`: no such decision-maker.
pub async fn delete(state: &AppState, staff: &Staff, campaign: &Campaign, id: TargetId, sure: bool) -> AppResult<Result<bool, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let Some(target) = store::get(&state.db, campaign.id, id).await? else { return Ok(Ok(false)) };
    let (waiting, delivered, calls) = store::history(&state.db, id).await?;
    if waiting + delivered + calls > 0 && !sure {
        let mut e = Invalid::new();
        e.add("sure", "target-delete-unsure");
        return Ok(Err(e));
    }
    let done = store::delete(&state.db, campaign.id, id).await?;
    if done {
        crate::audit::store::record(&state.db, staff, "target-deleted", Some(campaign.id), &target.name, now()).await?;
        state.cache.clear();
    }
    Ok(Ok(done))
}

/// Add a group by name (an existing name is the same group).
pub async fn add_group(state: &AppState, staff: &Staff, campaign: &Campaign, name: &str) -> AppResult<Result<GroupId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let name = match super::model::parse_group_name(name) {
        Ok(n) => n,
        Err(e) => return Ok(Err(e)),
    };
    let mut tx = state.db.begin_write().await?;
    let (id, _) = store::group_named(&mut tx, campaign.id, &name, now()).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    Ok(Ok(id))
}

pub async fn delete_group(state: &AppState, staff: &Staff, campaign: &Campaign, id: GroupId) -> AppResult<bool> {
    staff.require(Permission::ManageCampaigns)?;
    Ok(store::delete_group(&state.db, campaign.id, id).await?)
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub groups_added: usize,
}

/// An imported line over a target already kept: the columns the file has, and the rest as
/// they were (a file of names and addresses does not wipe anyone's phone or role).
fn merged(line: &TargetDraft, present: &[&'static str], t: &store::Target, phones: &[String]) -> TargetDraft {
    let has = |c: &str| present.contains(&c);
    let mut d = line.clone();
    if !has("role") {
        d.role = t.role.clone();
    }
    if !has("institution") {
        d.institution = t.institution.clone();
    }
    if !has("area") {
        d.area = t.area.clone();
    }
    if !has("time_zone") {
        d.time_zone = t.time_zone.clone();
    }
    if !has("phones") {
        d.phones = phones.iter().filter_map(|p| super::model::Phone::parse(p).ok()).collect();
    }
    if !has("public") {
        d.public = t.public == 1;
    }
    // Demo data stays marked as such.
    d.demo = t.demo == 1;
    d
}

fn same(d: &TargetDraft, t: &store::Target, emails: &[String], phones: &[String]) -> bool {
    d.name == t.name
        && d.role == t.role
        && d.institution == t.institution
        && d.country.as_str() == t.country
        && d.area == t.area
        && d.lang == t.lang
        && d.time_zone == t.time_zone
        && i64::from(d.public) == t.public
        && d.emails.iter().map(|e| e.as_str()).eq(emails.iter().map(String::as_str))
        && d.phones.iter().map(|p| p.as_str()).eq(phones.iter().map(String::as_str))
}

/// Import a CSV file: every line checked first, then all of it in one transaction (a line
/// naming a target already kept updates it and adds it to the groups named; it never leaves a
/// group). `Err`: every bad line; nothing changed.
pub async fn import(state: &AppState, staff: &Staff, campaign: &Campaign, text: &str) -> AppResult<Result<ImportReport, Vec<LineError>>> {
    staff.require(Permission::ManageCampaigns)?;
    let lines = match super::csv_io::import(text, crate::countries::countries(), false) {
        Ok(l) => l,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let mut report = ImportReport::default();
    let mut tx = state.db.begin_write().await?;
    let mut groups = std::collections::HashMap::new();
    let kept = store::keys(&mut tx, &state.keys.fields, campaign.id).await?;
    let new = lines.iter().filter(|l| !kept.contains_key(l.target.emails[0].as_str())).count();
    if kept.len() + new > super::model::MAX_TARGETS {
        let why = crate::text::Problem { id: "target-error-cap", count: Some(super::model::MAX_TARGETS as i64) };
        return Ok(Err(vec![LineError { line: 1, column: None, why }]));
    }
    for line in &lines {
        let id = match kept.get(line.target.emails[0].as_str()).copied() {
            None => {
                report.added += 1;
                store::insert(&mut tx, &state.keys.fields, campaign.id, &line.target, now).await?
            }
            Some(id) => {
                let (t, emails, phones) = store::draft_of(&mut tx, &state.keys.fields, id).await?;
                let target = merged(&line.target, &line.present, &t, &phones);
                if same(&target, &t, &emails, &phones) {
                    report.unchanged += 1;
                } else {
                    report.updated += 1;
                    store::update(&mut tx, &state.keys.fields, id, &target, now).await?;
                }
                id
            }
        };
        for name in &line.groups {
            let group = match groups.get(name) {
                Some(g) => *g,
                None => {
                    let (g, made) = store::group_named(&mut tx, campaign.id, name, now).await?;
                    report.groups_added += usize::from(made);
                    groups.insert(name.clone(), g);
                    g
                }
            };
            store::join_group(&mut tx, group, id).await?;
        }
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    let what = format!("+{} ~{} ={}", report.added, report.updated, report.unchanged);
    crate::audit::store::record(&state.db, staff, "targets-imported", Some(campaign.id), &what, now).await?;
    Ok(Ok(report))
}

/// Every target of the campaign as CSV (addresses included: written to the audit log).
pub async fn export(state: &AppState, staff: &Staff, campaign: &Campaign) -> AppResult<Vec<u8>> {
    staff.require(Permission::ManageCampaigns)?;
    let names: std::collections::HashMap<GroupId, String> = store::groups(&state.db, campaign.id).await?.into_iter().map(|(id, name, _)| (id, name)).collect();
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = store::list(&state.db, campaign.id, &store::Filter::default(), 500, offset).await?;
        if page.is_empty() {
            break;
        }
        offset += page.len() as i64;
        for t in page {
            let (emails, phones) = store::contacts(&state.db, &state.keys.fields, t.id).await?;
            let groups = store::groups_of(&state.db, t.id).await?.into_iter().filter_map(|g| names.get(&g).cloned()).collect();
            rows.push((t, emails, phones, groups));
        }
    }
    let csv = super::csv_io::export(&rows)?;
    crate::audit::store::record(&state.db, staff, "targets-exported", Some(campaign.id), &rows.len().to_string(), now()).await?;
    Ok(csv)
}
