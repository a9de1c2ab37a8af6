//! The signature intake: signatures arriving together are written together. One task owns one
//! connection; it takes every signature waiting (up to `MAX_BATCH`), writes them all with a
//! handful of multi-row statements in one transaction, commits once, and only then answers each
//! request. An acknowledged signature has been committed (with `synchronous = FULL` on SQLite:
//! it survives a power cut, which `tests/power_cut.rs` checks on a filesystem that drops every
//! write not yet synced).
//!
//! Why not the generic group-commit writer (`db::writer`)? It runs each request's statements
//! one by one in a savepoint of its own, and every statement is a trip to the database thread
//! (SQLite) or server (PostgreSQL): about nine trips per signature held the intake near 1,400
//! signatures a second on either engine (bench/w1.sh). Here the trips are per batch: about
//! 5,000 signatures a second over HTTP with 64 clients and 8,000 with 256 on SQLite (batches
//! of 33 and 134), 5,000 on PostgreSQL, on a 2-core machine shared with the load generator.
//!
//! A batch holds each form token and each email at most once (a second request for either waits
//! for the next batch), so the outcome of every request is the one it would have had alone. If a
//! batch fails as a whole, its requests are retried one by one, each in its own transaction
//! (`store::sign`), so one bad request cannot sink the others. A request that meets a row id
//! another process made too (`crypto::row_id_taken`) is written once more, with ids from a new
//! range: a collision never reaches the person signing.

use std::collections::{HashMap, HashSet, VecDeque};

use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context;
use sqlx::{AnyConnection, AssertSqlSafe};
use tokio::sync::{mpsc, oneshot};

use super::model::{PetitionId, SignatureId, Signing};
use super::store::{self, ConfirmMail, SignOutcome};
use crate::crypto::FieldKeys;
use crate::db::{Db, Params, now};
use crate::i18n::Lang;
use crate::jobs::Job;
use crate::supporters::model::SupporterId;
use crate::supporters::store::{self as supporters, NewSupporter};

/// The most signatures written in one transaction.
pub const MAX_BATCH: usize = 256;
/// Writing tasks on PostgreSQL, which commits concurrent transactions side by side. Two batches
/// holding one email wait for each other on its slot; slots are locked in index order, so they
/// never wait in a circle.
pub const POSTGRES_TASKS: usize = 4;

/// What the writing tasks share: the queue, and the requests put off to a later batch.
type Shared = std::sync::Arc<tokio::sync::Mutex<(mpsc::Receiver<Queued>, VecDeque<Queued>)>>;

/// One signature to write, as the sign form produced it.
pub struct Request {
    pub petition: PetitionId,
    pub signing: Signing,
    pub lang: Lang,
    pub token_hash: String,
    pub token_expires: i64,
}

struct Queued {
    req: Request,
    reply: oneshot::Sender<anyhow::Result<SignOutcome>>,
}

/// Handle to the intake task; cheap to clone.
#[derive(Clone)]
pub struct Intake {
    queue: mpsc::Sender<Queued>,
    stats: std::sync::Arc<Stats>,
}

/// Counters, for benchmarks.
#[derive(Default, Debug)]
pub struct Stats {
    pub batches: AtomicU64,
    pub signatures: AtomicU64,
}

impl Intake {
    /// Start the intake, encrypting with `keys`: one writing task on SQLite (it has one writer
    /// anyway), `POSTGRES_TASKS` on PostgreSQL, each with a connection of its own, taking turns
    /// to gather a batch and writing theirs side by side.
    pub async fn start(db: &Db, keys: FieldKeys) -> anyhow::Result<Intake> {
        let (queue, rx) = mpsc::channel(MAX_BATCH * 4);
        let stats = std::sync::Arc::new(Stats::default());
        let shared = std::sync::Arc::new(tokio::sync::Mutex::new((rx, VecDeque::new())));
        let keys = std::sync::Arc::new(keys);
        let tasks = match db.backend {
            crate::db::Backend::Sqlite => 1,
            crate::db::Backend::Postgres => POSTGRES_TASKS,
        };
        for _ in 0..tasks {
            let conn = db.pool.acquire().await.context("a connection for the signature intake")?.detach();
            tokio::spawn(run(db.clone(), conn, keys.clone(), shared.clone(), stats.clone()));
        }
        Ok(Intake { queue, stats })
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Write one signature; answers once it has committed.
    pub async fn sign(&self, req: Request) -> anyhow::Result<SignOutcome> {
        let (reply, answer) = oneshot::channel();
        self.queue.send(Queued { req, reply }).await.map_err(|_| anyhow::anyhow!("the signature intake has stopped"))?;
        answer.await.map_err(|_| anyhow::anyhow!("the signature intake stopped before answering"))?
    }
}

async fn run(db: Db, mut conn: AnyConnection, keys: std::sync::Arc<FieldKeys>, shared: Shared, stats: std::sync::Arc<Stats>) {
    loop {
        let batch = {
            let mut guard = shared.lock().await;
            let (rx, waiting) = &mut *guard;
            if waiting.is_empty() {
                match rx.recv().await {
                    Some(q) => waiting.push_back(q),
                    None => return,
                }
            }
            while waiting.len() < MAX_BATCH * 2 {
                match rx.try_recv() {
                    Ok(q) => waiting.push_back(q),
                    Err(_) => break,
                }
            }
            // This batch: distinct tokens and emails; the rest waits for the next one.
            let (mut batch, mut later) = (Vec::new(), VecDeque::new());
            let (mut tokens, mut emails) = (HashSet::new(), HashSet::new());
            for q in waiting.drain(..) {
                let email = q.req.signing.email.as_str().to_string();
                if batch.len() < MAX_BATCH && !tokens.contains(&q.req.token_hash) && !emails.contains(&email) {
                    tokens.insert(q.req.token_hash.clone());
                    emails.insert(email);
                    batch.push(q);
                } else {
                    later.push_back(q);
                }
            }
            *waiting = later;
            batch
        };
        stats.batches.fetch_add(1, Ordering::Relaxed);
        stats.signatures.fetch_add(batch.len() as u64, Ordering::Relaxed);
        if !write_batch(&db, &mut conn, &keys, batch).await {
            match db.pool.acquire().await {
                Ok(fresh) => conn = fresh.detach(),
                Err(e) => tracing::error!(error = %e, "the signature intake could not get a new connection"),
            }
        }
    }
}

/// Write and answer one batch. Returns false when the connection looks broken.
async fn write_batch(db: &Db, conn: &mut AnyConnection, keys: &FieldKeys, batch: Vec<Queued>) -> bool {
    let reqs: Vec<&Request> = batch.iter().map(|q| &q.req).collect();
    let together = async {
        sqlx::raw_sql(db.begin_sql()).execute(&mut *conn).await.context("beginning a batch of signatures")?;
        let outcomes = write_all(conn, keys, &reqs, now()).await?;
        sqlx::raw_sql("COMMIT").execute(&mut *conn).await.context("committing a batch of signatures")?;
        anyhow::Ok(outcomes)
    }
    .await;
    match together {
        Ok(outcomes) => {
            for (q, outcome) in batch.into_iter().zip(outcomes) {
                // A request whose client went away needs no answer.
                let _ = q.reply.send(Ok(outcome));
            }
            true
        }
        Err(e) => {
            tracing::warn!(error = format!("{e:#}"), size = batch.len(), "a batch of signatures failed; writing them one by one");
            if sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await.is_err() {
                // The connection is gone: nothing of the batch committed; each request fails
                // and its sender may try again (a second try cannot count twice).
                for q in batch {
                    let _ = q.reply.send(Err(anyhow::anyhow!("the signature intake lost its connection: {e:#}")));
                }
                return false;
            }
            if crate::db::is_duplicate_key(&e) {
                crate::crypto::row_id_taken();
            }
            let mut healthy = true;
            for q in batch {
                let mut answer = write_alone(db, conn, keys, &q.req, &mut healthy).await;
                // An id another process made too: a new range, and once more (never to a person).
                if answer.as_ref().is_err_and(crate::db::is_duplicate_key) {
                    crate::crypto::row_id_taken();
                    answer = write_alone(db, conn, keys, &q.req, &mut healthy).await;
                }
                let _ = q.reply.send(answer);
            }
            healthy
        }
    }
}

/// One signature in a transaction of its own; `healthy` turns false when the connection breaks.
async fn write_alone(db: &Db, conn: &mut AnyConnection, keys: &FieldKeys, r: &Request, healthy: &mut bool) -> anyhow::Result<SignOutcome> {
    sqlx::raw_sql(db.begin_sql()).execute(&mut *conn).await.context("beginning a signature")?;
    match store::sign(conn, keys, r.petition, &r.signing, r.lang, &r.token_hash, r.token_expires, now()).await {
        Ok(outcome) => {
            sqlx::raw_sql("COMMIT").execute(&mut *conn).await.context("committing a signature")?;
            Ok(outcome)
        }
        Err(e) => {
            if sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await.is_err() {
                *healthy = false;
            }
            Err(e)
        }
    }
}

/// The batch's statements, inside the transaction. Each request's outcome, in order.
async fn write_all(conn: &mut AnyConnection, keys: &FieldKeys, reqs: &[&Request], now: i64) -> anyhow::Result<Vec<SignOutcome>> {
    let day = now.div_euclid(86_400);
    let mut out: Vec<Option<SignOutcome>> = vec![None; reqs.len()];
    let clock = std::time::Instant::now();
    let lap = |step: &str| tracing::trace!(step, us = clock.elapsed().as_micros() as u64, size = reqs.len(), "intake batch");

    // 1. Mark every form token used; a token used before means a double submit or a replay.
    let sql = format!("INSERT INTO used_form_tokens (token_hash, expires_at) VALUES {} ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash", Params::for_conn(conn).rows(reqs.len(), 2));
    let mut q = sqlx::query_as::<_, (String,)>(AssertSqlSafe(sql));
    // In one order everywhere, so two batches on PostgreSQL never wait for each other in a circle.
    let mut by_token: Vec<&&Request> = reqs.iter().collect();
    by_token.sort_by(|a, b| a.token_hash.cmp(&b.token_hash));
    for r in by_token {
        q = q.bind(r.token_hash.clone()).bind(r.token_expires);
    }
    let fresh: HashSet<String> = q.fetch_all(&mut *conn).await.context("marking form tokens used")?.into_iter().map(|(t,)| t).collect();
    let live: Vec<usize> = (0..reqs.len()).filter(|i| fresh.contains(&reqs[*i].token_hash)).collect();
    for i in 0..reqs.len() {
        if !fresh.contains(&reqs[i].token_hash) {
            out[i] = Some(SignOutcome::TokenUsed);
        }
    }
    if live.is_empty() {
        return Ok(out.into_iter().map(|o| o.unwrap_or(SignOutcome::TokenUsed)).collect());
    }

    lap("tokens");
    // 2. The people: found by email (slots locked), or created.
    let emails: Vec<_> = live.iter().map(|i| &reqs[*i].signing.email).collect();
    let found = supporters::find_many_by_email(conn, keys, &emails).await?;
    let news: Vec<NewSupporter> = live
        .iter()
        .zip(&found)
        .filter(|(_, f)| f.is_none())
        .map(|(i, _)| {
            let s = &reqs[*i].signing;
            NewSupporter { email: s.email.clone(), name: Some(s.name.clone()), country: Some(s.country.clone()), lang: reqs[*i].lang }
        })
        .collect();
    let new_refs: Vec<&NewSupporter> = news.iter().collect();
    let mut new_ids = supporters::insert_many(conn, keys, &new_refs, now, day).await?.into_iter();
    let mut person: HashMap<usize, (SupporterId, bool)> = HashMap::new();
    for (i, f) in live.iter().zip(found) {
        let entry = match f {
            Some(id) => (id, false),
            None => (new_ids.next().context("an id for every new supporter")?, true),
        };
        person.insert(*i, entry);
    }

    lap("people");
    // 3. The signatures, one per person and petition.
    let sig_ids: HashMap<usize, SignatureId> = live.iter().map(|i| (*i, crate::crypto::new_row_id())).collect();
    let encrypt = |column: &'static str, id: SignatureId, v: &Option<String>| v.as_ref().map(|v| keys.encrypt(store::at(column, id), v.as_bytes()));
    let sql = format!(
        "INSERT INTO signatures (id, petition_id, supporter_id, confirmed, country, lang, city_ct, comment_ct, key_id, consent_lead, created_at, via_org, consent_partner)
         VALUES {} ON CONFLICT (supporter_id, petition_id) DO NOTHING RETURNING id",
        Params::for_conn(conn).rows(live.len(), 13)
    );
    let mut q = sqlx::query_as::<_, (SignatureId,)>(AssertSqlSafe(sql));
    for i in &live {
        let (r, id) = (&reqs[*i], sig_ids[i]);
        q = q
            .bind(id)
            .bind(r.petition)
            .bind(person[i].0)
            .bind(0i64)
            .bind(r.signing.country.as_str().to_string())
            .bind(r.lang)
            .bind(encrypt("city", id, &r.signing.city))
            .bind(encrypt("comment", id, &r.signing.comment))
            .bind(i64::from(keys.current_id()))
            .bind(i64::from(r.signing.consent))
            .bind(now)
            .bind(r.signing.partner)
            .bind(i64::from(r.signing.consent_partner));
    }
    let inserted: HashSet<SignatureId> = q.fetch_all(&mut *conn).await.context("adding signatures")?.into_iter().map(|(id,)| id).collect();

    lap("signatures");
    // 4. Who signed this petition before (rare): confirmed changes nothing; pending is refreshed
    //    with what was typed last, and mailed again within the day's allowance.
    // (signature, revision, new)
    let mut signature_of: HashMap<usize, (SignatureId, i64, bool)> = HashMap::new();
    let mut count_mail: Vec<usize> = Vec::new();
    let mut earlier: Vec<(usize, SignatureId)> = Vec::new();
    for i in &live {
        let (supporter, new_person) = person[i];
        if inserted.contains(&sig_ids[i]) {
            signature_of.insert(*i, (sig_ids[i], 1, true));
            if !new_person {
                count_mail.push(*i);
            }
            continue;
        }
        match store::earlier_signature(conn, reqs[*i].petition, supporter).await? {
            (_, true) => out[*i] = Some(SignOutcome::AlreadyConfirmed),
            (existing, false) => {
                earlier.push((*i, existing));
                count_mail.push(*i);
            }
        }
    }

    lap("earlier");
    // 5. The day's confirmation mails per person: new people were counted when inserted.
    let mut nth: HashMap<usize, i64> = live.iter().filter(|i| person[i].1).map(|i| (*i, 1)).collect();
    if !count_mail.is_empty() {
        let mut p = Params::for_conn(conn);
        let sql = format!(
            "UPDATE supporters SET mails_that_day = CASE WHEN mail_day = {} THEN mails_that_day + 1 ELSE 1 END, mail_day = {}
             WHERE id IN ({}) RETURNING id, mails_that_day",
            p.one(),
            p.one(),
            p.list(count_mail.len())
        );
        let mut q = sqlx::query_as::<_, (SupporterId, i64)>(AssertSqlSafe(sql)).bind(day).bind(day);
        for i in &count_mail {
            q = q.bind(person[i].0);
        }
        let counted: HashMap<SupporterId, i64> = q.fetch_all(&mut *conn).await.context("counting confirmation mails")?.into_iter().collect();
        for i in &count_mail {
            nth.insert(*i, counted.get(&person[i].0).copied().unwrap_or(i64::MAX));
        }
    }
    // A pending signature takes the new details only when a mail with their link will go.
    for (i, existing) in earlier {
        let r = &reqs[i];
        if nth.get(&i).copied().unwrap_or(i64::MAX) > store::CONFIRM_MAILS_PER_DAY {
            signature_of.insert(i, (existing, 0, false));
            continue;
        }
        match store::refresh_pending(conn, keys, existing, person[&i].0, &r.signing, r.lang, now).await? {
            Some(revision) => {
                signature_of.insert(i, (existing, revision, false));
            }
            None => out[i] = Some(SignOutcome::AlreadyConfirmed),
        }
    }

    lap("counted");
    // 6. The confirmation mails, within the allowance.
    let mut jobs = Vec::new();
    let mut key_of: HashMap<usize, String> = HashMap::new();
    for (i, (signature, revision, _)) in &signature_of {
        let n = nth.get(i).copied().unwrap_or(i64::MAX);
        if n <= store::CONFIRM_MAILS_PER_DAY {
            let job = ConfirmMail { signature: *signature, revision: *revision, day, nth: n };
            let key = job.unique_key().context("confirmation mails have unique keys")?;
            jobs.push((key.clone(), serde_json::to_string(&job)?));
            key_of.insert(*i, key);
        }
    }
    let queued: HashSet<String> = crate::jobs::store::insert_many(conn, ConfirmMail::KIND, &jobs, now, now).await?.into_iter().collect();
    lap("jobs");
    for (i, (signature, _, new_signature)) in signature_of {
        let mail = key_of.get(&i).is_some_and(|k| queued.contains(k));
        out[i] = Some(if new_signature { SignOutcome::New { signature, mail } } else { SignOutcome::StillPending { signature, mail } });
    }
    out.into_iter().map(|o| o.context("an outcome for every signature")).collect()
}

