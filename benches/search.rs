//! Search quality and speed, side by side with what a user would otherwise pick:
//! SQLite FTS5 (unicode61 with diacritics removed, and trigram) and PostgreSQL
//! (tsvector + GIN with unaccent, and pg_trgm word similarity), on one corpus and
//! one labelled query set.
//!
//!   cargo bench --bench search                     # 100,000 organizations
//!   SEARCH_BENCH_ORGS=1000000 cargo bench --bench search
//!
//! PostgreSQL peers run when SEARCH_BENCH_PG (a server URL) is set; a database
//! `fr_search_bench` is created and dropped. The corpus is generated with the demo
//! generator (seed 11) into a temporary SQLite database, plus the clean names of
//! ../shared/data/name-pairs-clean.csv as people of their own organizations; the
//! noisy names are queried.
//!
//! SEARCH_BENCH_PEERS=none runs our index alone. SEARCH_BENCH_DIR=<dir> keeps the
//! corpus and our index there and reuses them on the next run (the build is then
//! not measured: remove the index-<N> folder to measure it again).
//!
//! To look into ranking: SEARCH_BENCH_MISSES=<class> lists that class's queries whose
//! target is not first (with the names found instead); SEARCH_BENCH_EXPLAIN="<query>"
//! prints tantivy's score explanation of the top two results and stops.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use fairrecruit::db::Database;
use fairrecruit::domain::role::Actor;
use fairrecruit::registry::bulk::{self, OrganizationBundle};
use fairrecruit::search::documents::{self, OrganizationDocument};
use fairrecruit::search::{self as search_mod, analysis, Filters, SearchIndex};

const QUERIES_PER_CLASS: usize = 200;
const TOP: usize = 10;

#[derive(Clone)]
struct Query {
    class: &'static str,
    text: String,
    /// None for an absent name (any hit is a false hit).
    target: Option<String>,
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn dir_size(path: &std::path::Path) -> u64 {
    let mut total = 0;
    if let Ok(entries) = std::fs::read_dir(path) {
        for e in entries.flatten() {
            let p = e.path();
            total += if p.is_dir() {
                dir_size(&p)
            } else {
                e.metadata().map(|m| m.len()).unwrap_or(0)
            };
        }
    }
    total
}

// ------------------------------------------------------------------ the query set

fn typo<R: Rng>(rng: &mut R, word: &str, edits: usize) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    for _ in 0..edits {
        let i = rng.gen_range(1..chars.len().max(2));
        let i = i.min(chars.len() - 1);
        match rng.gen_range(0..3) {
            0 => chars[i] = (b'a' + rng.gen_range(0..26)) as char,
            1 if chars.len() > 4 => {
                chars.remove(i);
            }
            _ => chars.insert(i, (b'a' + rng.gen_range(0..26)) as char),
        }
    }
    chars.into_iter().collect()
}

/// The Latin name of a document: its Latin alias when the name is in another script.
fn latin_name(doc: &OrganizationDocument) -> Option<String> {
    if doc.name.is_ascii() {
        return Some(doc.name.clone());
    }
    doc.aliases.iter().find(|a| a.is_ascii()).cloned()
}

fn distinctive_positions(words: &[&str]) -> Vec<usize> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| !analysis::is_generic(&w.to_lowercase()) && w.len() >= 4)
        .map(|(i, _)| i)
        .collect()
}

fn build_queries(docs: &[OrganizationDocument], pairs: &[(String, String)]) -> Vec<Query> {
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut out = Vec::new();
    let mut pick =
        |class: &'static str,
         make: &mut dyn FnMut(&mut ChaCha8Rng, &OrganizationDocument) -> Option<String>| {
            let mut made = 0;
            let mut tries = 0;
            while made < QUERIES_PER_CLASS && tries < QUERIES_PER_CLASS * 50 {
                tries += 1;
                let doc = &docs[rng.gen_range(0..docs.len())];
                if let Some(text) = make(&mut rng, doc) {
                    out.push(Query {
                        class,
                        text,
                        target: Some(doc.id.clone()),
                    });
                    made += 1;
                }
            }
        };
    pick("exact", &mut |_, d| latin_name(d));
    pick("typo_1", &mut |rng, d| {
        let name = latin_name(d)?;
        let words: Vec<&str> = name.split(' ').collect();
        let at = *distinctive_positions(&words).first()?;
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        w[at] = typo(rng, words[at], 1);
        Some(w.join(" "))
    });
    pick("typo_2", &mut |rng, d| {
        let name = latin_name(d)?;
        let words: Vec<&str> = name.split(' ').collect();
        let at = distinctive_positions(&words)
            .into_iter()
            .find(|i| words[*i].len() >= 8)?;
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        w[at] = typo(rng, words[at], 2);
        Some(w.join(" "))
    });
    pick("transposition", &mut |rng, d| {
        let name = latin_name(d)?;
        let words: Vec<&str> = name.split(' ').collect();
        let at = *distinctive_positions(&words).first()?;
        let mut chars: Vec<char> = words[at].chars().collect();
        let i = rng.gen_range(1..chars.len() - 1);
        chars.swap(i, i + 1);
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        w[at] = chars.into_iter().collect();
        Some(w.join(" "))
    });
    pick("generic_dropped", &mut |_, d| {
        let name = latin_name(d)?;
        let kept: Vec<&str> = name
            .split(' ')
            .filter(|w| !analysis::is_generic(&w.to_lowercase().replace('.', "")))
            .collect();
        (kept.len() < name.split(' ').count() && !kept.is_empty()).then(|| kept.join(" "))
    });
    pick("generic_added", &mut |_, d| {
        latin_name(d).map(|n| format!("{n} Manpower Services Pvt Ltd"))
    });
    pick("reordered", &mut |_, d| {
        let name = latin_name(d)?;
        let mut words: Vec<&str> = name.split(' ').collect();
        if words.len() < 2 {
            return None;
        }
        words.reverse();
        Some(words.join(" "))
    });
    pick("prefix", &mut |_, d| {
        let name = latin_name(d)?;
        let keep = name.len().checked_sub(3)?;
        let cut: String = name.chars().take(keep).collect();
        (cut.split(' ').next_back().is_some_and(|w| w.len() >= 3)).then_some(cut)
    });
    pick("licence_repunctuated", &mut |_, d| {
        let number = &d.licences.first()?.number;
        let folded: String = number.chars().filter(char::is_ascii_alphanumeric).collect();
        Some(folded.to_lowercase())
    });
    pick("native_script", &mut |_, d| {
        (!d.name.is_ascii()).then(|| d.name.clone())
    });
    for (clean_target, noisy) in pairs.iter().take(QUERIES_PER_CLASS * 3) {
        out.push(Query {
            class: "person_noisy",
            text: noisy.clone(),
            target: Some(clean_target.clone()),
        });
    }
    let absent = [
        "Zorblax",
        "Quintessa",
        "Vomberg",
        "Plitvek",
        "Yrnakko",
        "Drossel",
        "Kwembe",
        "Falunor",
        "Sturvid",
        "Ombrelli",
    ];
    for i in 0..QUERIES_PER_CLASS {
        let a = absent[i % absent.len()];
        let b = absent[(i * 7 + 3) % absent.len()];
        out.push(Query {
            class: "absent",
            text: format!("{a} {b} Overseas"),
            target: None,
        });
    }
    out
}

// ------------------------------------------------------------------ engines

trait Engine {
    fn name(&self) -> &'static str;
    fn search(&mut self, q: &str) -> Vec<String>;
}

struct Ours<'a>(&'a SearchIndex);

impl Engine for Ours<'_> {
    fn name(&self) -> &'static str {
        "fairrecruit (tantivy)"
    }
    fn search(&mut self, q: &str) -> Vec<String> {
        search_mod::search(self.0, q, &Filters::default(), 0, TOP)
            .map(|r| r.hits.into_iter().map(|(_, d)| d.id).collect())
            .unwrap_or_default()
    }
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = Text)]
    org: String,
}

fn tokens(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase())
        .collect()
}

struct Fts5 {
    conn: SqliteConnection,
    table: &'static str,
    label: &'static str,
    min_token: usize,
}

impl Engine for Fts5 {
    fn name(&self) -> &'static str {
        self.label
    }
    fn search(&mut self, q: &str) -> Vec<String> {
        let terms: Vec<String> = tokens(q)
            .into_iter()
            .filter(|t| t.chars().count() >= self.min_token)
            .map(|t| format!("\"{}\"", t.replace('"', "")))
            .collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let sql = format!(
            "SELECT org FROM {} WHERE {} MATCH ? ORDER BY rank LIMIT {TOP}",
            self.table, self.table
        );
        diesel::sql_query(sql)
            .bind::<Text, _>(terms.join(" OR "))
            .load::<IdRow>(&mut self.conn)
            .map(|rows| rows.into_iter().map(|r| r.org).collect())
            .unwrap_or_default()
    }
}

struct PgFts(PgConnection);

impl Engine for PgFts {
    fn name(&self) -> &'static str {
        "PostgreSQL tsvector+GIN (unaccent)"
    }
    fn search(&mut self, q: &str) -> Vec<String> {
        let terms = tokens(q);
        if terms.is_empty() {
            return Vec::new();
        }
        diesel::sql_query(format!(
            "SELECT org FROM corpus, to_tsquery('simple', unaccent($1)) query \
             WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC LIMIT {TOP}"
        ))
        .bind::<Text, _>(terms.join(" | "))
        .load::<IdRow>(&mut self.0)
        .map(|rows| rows.into_iter().map(|r| r.org).collect())
        .unwrap_or_default()
    }
}

struct PgTrgm(PgConnection);

impl Engine for PgTrgm {
    fn name(&self) -> &'static str {
        "PostgreSQL pg_trgm (word similarity)"
    }
    fn search(&mut self, q: &str) -> Vec<String> {
        diesel::sql_query(format!(
            "SELECT org FROM corpus WHERE $1 <% body ORDER BY word_similarity($1, body) DESC LIMIT {TOP}"
        ))
        .bind::<Text, _>(q.to_lowercase())
        .load::<IdRow>(&mut self.0)
        .map(|rows| rows.into_iter().map(|r| r.org).collect())
        .unwrap_or_default()
    }
}

// ------------------------------------------------------------------ measuring

/// One query's outcome: rank of the target, hits returned, time, absent-name query.
type Outcome = (Option<usize>, usize, Duration, bool);

struct Row {
    engine: &'static str,
    class: &'static str,
    recall1: f64,
    recall10: f64,
    mrr: f64,
    zero: f64,
    false_hit: f64,
    p50: Duration,
    p99: Duration,
    qps: f64,
}

fn measure(
    engine: &mut dyn Engine,
    queries: &[Query],
    names: &HashMap<String, String>,
) -> Vec<Row> {
    let mut by_class: HashMap<&'static str, Vec<Outcome>> = HashMap::new();
    // One warm-up pass so caches are filled as in a running server.
    for q in queries.iter().take(50) {
        engine.search(&q.text);
    }
    for q in queries {
        let started = Instant::now();
        let hits = engine.search(&q.text);
        let took = started.elapsed();
        // SEARCH_BENCH_SLOW=<ms> lists our queries slower than that.
        if let Some(limit) = std::env::var("SEARCH_BENCH_SLOW")
            .ok()
            .and_then(|v| v.parse::<f64>().ok())
        {
            if took.as_secs_f64() * 1e3 > limit && engine.name().starts_with("fairrecruit") {
                println!(
                    "slow {:.1} ms {} {:?}",
                    took.as_secs_f64() * 1e3,
                    q.class,
                    q.text
                );
            }
        }
        let rank = q
            .target
            .as_ref()
            .and_then(|t| hits.iter().position(|h| h == t));
        // SEARCH_BENCH_MISSES=<class> lists the queries of that class not found first.
        if rank != Some(0)
            && std::env::var("SEARCH_BENCH_MISSES").as_deref() == Ok(q.class)
            && engine.name().starts_with("fairrecruit")
        {
            let name = |id: &String| names.get(id).cloned().unwrap_or_default();
            let top: Vec<String> = hits.iter().take(3).map(name).collect();
            println!(
                "miss {:?} rank {rank:?} target {:?} top {top:?}",
                q.text,
                q.target.as_ref().map(name)
            );
        }
        by_class
            .entry(q.class)
            .or_default()
            .push((rank, hits.len(), took, q.target.is_none()));
    }
    let mut classes: Vec<_> = by_class.into_iter().collect();
    classes.sort_by_key(|(c, _)| *c);
    let mut all_times = Vec::new();
    let mut rows: Vec<Row> = classes
        .into_iter()
        .map(|(class, results)| {
            let n = results.len() as f64;
            let mut times: Vec<Duration> = results.iter().map(|r| r.2).collect();
            all_times.extend(times.iter().copied());
            times.sort();
            let total: Duration = times.iter().sum();
            Row {
                engine: engine.name(),
                class,
                recall1: results.iter().filter(|r| r.0 == Some(0)).count() as f64 / n,
                recall10: results.iter().filter(|r| r.0.is_some()).count() as f64 / n,
                mrr: results
                    .iter()
                    .map(|r| r.0.map_or(0.0, |p| 1.0 / (p as f64 + 1.0)))
                    .sum::<f64>()
                    / n,
                zero: results.iter().filter(|r| r.1 == 0).count() as f64 / n,
                false_hit: results.iter().filter(|r| r.3 && r.1 > 0).count() as f64 / n,
                p50: times[times.len() / 2],
                p99: times[(times.len() * 99 / 100).min(times.len() - 1)],
                qps: n / total.as_secs_f64(),
            }
        })
        .collect();
    all_times.sort();
    let total: Duration = all_times.iter().sum();
    rows.push(Row {
        engine: engine.name(),
        class: "ALL",
        recall1: f64::NAN,
        recall10: f64::NAN,
        mrr: f64::NAN,
        zero: f64::NAN,
        false_hit: f64::NAN,
        p50: all_times[all_times.len() / 2],
        p99: all_times[(all_times.len() * 99 / 100).min(all_times.len() - 1)],
        qps: all_times.len() as f64 / total.as_secs_f64(),
    });
    rows
}

fn print(rows: &[Row]) {
    println!("| engine | class | recall@1 | recall@10 | MRR@10 | zero results | false hits | p50 ms | p99 ms | q/s |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let f = |v: f64| {
        if v.is_nan() {
            "".to_string()
        } else {
            format!("{v:.2}")
        }
    };
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {:.2} | {:.2} | {:.0} |",
            r.engine,
            r.class,
            f(r.recall1),
            f(r.recall10),
            f(r.mrr),
            f(r.zero),
            if r.class == "absent" {
                f(r.false_hit)
            } else {
                String::new()
            },
            r.p50.as_secs_f64() * 1e3,
            r.p99.as_secs_f64() * 1e3,
            r.qps
        );
    }
}

// ------------------------------------------------------------------ corpus

/// The name of the organization owned by the i-th clean name of the pairs.
fn pair_holding(i: usize) -> String {
    format!("Pair Holding {i:04}")
}

fn name_pairs() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/");
    let read = |file: &str| -> Vec<String> {
        let Ok(mut reader) = csv::Reader::from_path(format!("{dir}{file}")) else {
            return Vec::new();
        };
        reader
            .records()
            .flatten()
            .filter_map(|r| r.get(0).map(str::to_string))
            .collect()
    };
    read("name-pairs-clean.csv")
        .into_iter()
        .zip(read("name-pairs-noisy.csv"))
        .collect()
}

fn main() {
    let organizations: usize = std::env::var("SEARCH_BENCH_ORGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    // SEARCH_BENCH_DIR keeps the corpus (and the index) between runs, for working on
    // queries at 10^6 without generating it again; without it all is temporary.
    let tmp = tempfile::tempdir().expect("temp dir");
    let work = std::env::var("SEARCH_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| tmp.path().to_path_buf());
    std::fs::create_dir_all(&work).expect("bench dir");
    let db_path = work.join(format!("corpus-{organizations}.db"));
    let reused = db_path.exists();
    let db = Database::connect(&db_path.to_string_lossy(), 2).expect("database");
    db.migrate().expect("migrate");
    let mut conn = db.get().expect("connection");
    let pairs = name_pairs();
    if reused {
        println!(
            "corpus: {organizations} organizations reused from {}",
            db_path.display()
        );
    } else {
        let key = fairrecruit::crypto::DataKey::generate().expect("key");
        let sealer = fairrecruit::crypto::Sealer::new(&key);
        let started = Instant::now();
        fairrecruit::demo::load(&mut conn, &sealer, organizations, 11).expect("demo data");
        println!(
            "corpus: {organizations} organizations generated in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        // The clean names of the name pairs, each the owner of an organization of its own.
        let bundles: Vec<OrganizationBundle> = pairs
            .iter()
            .enumerate()
            .map(|(i, (clean, _))| {
                serde_json::from_value(serde_json::json!({
                    "organization": {"kind": "agency", "name": pair_holding(i), "country": "AE",
                                     "people": [{"name": clean, "role": "owner"}]},
                    "licences": []
                }))
                .expect("bundle")
            })
            .collect();
        bulk::create_organizations(&mut conn, &Actor::cli(), &sealer, &bundles).expect("pairs");
    }

    let mut docs = Vec::new();
    let mut after = String::new();
    loop {
        let page = documents::load_page(&mut conn, &after, 5_000).expect("documents");
        let Some(last) = page.last() else { break };
        after = last.id.clone();
        docs.extend(page);
    }
    let by_name: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.name.as_str(), d.id.as_str()))
        .collect();
    let pair_targets: Vec<(String, String)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(i, (_, noisy))| {
            let id = by_name.get(pair_holding(i).as_str())?;
            Some((id.to_string(), noisy.clone()))
        })
        .collect();
    let queries = build_queries(&docs, &pair_targets);
    let names: HashMap<String, String> = docs
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                format!("{} / {}", d.name, d.aliases.join(" / ")),
            )
        })
        .collect();
    println!("queries: {} in {} classes\n", queries.len(), 12);

    let mut rows = Vec::new();
    let mut builds = Vec::new();

    // Ours, on disk as in production.
    reset_peak_rss();
    let index_dir = work.join(format!("index-{organizations}"));
    let started = Instant::now();
    let index = SearchIndex::open(&index_dir, &mut conn).expect("index");
    let took = started.elapsed();
    if std::env::var("SEARCH_BENCH_MERGE").is_ok() {
        let started = Instant::now();
        index.merge_segments().expect("merge");
        println!(
            "segments merged in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    if index.rebuilt_at_open().is_some() {
        builds.push((
            "fairrecruit (tantivy)",
            took,
            dir_size(&index_dir),
            peak_rss_kb(),
        ));
    } else {
        println!(
            "index reused from {} (no build figure)\n",
            index_dir.display()
        );
    }
    if let Ok(q) = std::env::var("SEARCH_BENCH_EXPLAIN") {
        let searcher = index.searcher();
        let query = search_mod::query::build(&searcher, &index.fields(), &q, &Filters::default());
        let top = searcher
            .search(
                &*query,
                &tantivy::collector::TopDocs::with_limit(2).order_by_score(),
            )
            .expect("search");
        for (score, address) in top {
            let doc = index.stored(&searcher, address).expect("doc");
            println!(
                "{score} {}\n{}",
                doc.name,
                query
                    .explain(&searcher, address)
                    .map(|e| e.to_pretty_json())
                    .unwrap_or_default()
            );
        }
        return;
    }
    rows.extend(measure(&mut Ours(&index), &queries, &names));

    // SEARCH_BENCH_PEERS=none measures our index alone (the peers take tens of
    // minutes at 10^6 organizations on two cores).
    let peers = std::env::var("SEARCH_BENCH_PEERS").as_deref() != Ok("none");
    // SQLite FTS5, in the corpus database's own file.
    let mut fts = SqliteConnection::establish(&db_path.to_string_lossy()).expect("sqlite");
    for (table, tokenizer, label, min_token) in [
        (
            "fts_unicode",
            "unicode61 remove_diacritics 2",
            "SQLite FTS5 unicode61",
            1,
        ),
        (
            "fts_trigram",
            "trigram remove_diacritics 1",
            "SQLite FTS5 trigram",
            3,
        ),
    ]
    .into_iter()
    .filter(|_| peers)
    {
        reset_peak_rss();
        let before = std::fs::metadata(&db_path).map(|m| m.len()).unwrap_or(0);
        let started = Instant::now();
        fts.batch_execute(&format!(
            "DROP TABLE IF EXISTS {table}; CREATE VIRTUAL TABLE {table} USING fts5(org UNINDEXED, names, people, licences, tokenize = '{tokenizer}');"
        ))
        .expect("fts table");
        fts.transaction::<_, diesel::result::Error, _>(|c| {
            for chunk in docs.chunks(500) {
                let mut sql = format!("INSERT INTO {table} (org, names, people, licences) VALUES ");
                let values: Vec<String> = chunk
                    .iter()
                    .map(|d| {
                        let names = std::iter::once(&d.name)
                            .chain(&d.aliases)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" | ");
                        let licences = d
                            .licences
                            .iter()
                            .map(|l| l.number.clone())
                            .collect::<Vec<_>>()
                            .join(" ");
                        format!(
                            "({}, {}, {}, {})",
                            quote(&d.id),
                            quote(&names),
                            quote(&d.people.join(" | ")),
                            quote(&licences)
                        )
                    })
                    .collect();
                sql.push_str(&values.join(","));
                c.batch_execute(&sql)?;
            }
            Ok(())
        })
        .expect("fts insert");
        fts.batch_execute(&format!("INSERT INTO {table}({table}) VALUES('optimize');"))
            .expect("optimize");
        let took = started.elapsed();
        let size = std::fs::metadata(&db_path)
            .map(|m| m.len())
            .unwrap_or(0)
            .saturating_sub(before);
        builds.push((label, took, size, peak_rss_kb()));
        let conn = SqliteConnection::establish(&db_path.to_string_lossy()).expect("sqlite");
        rows.extend(measure(
            &mut Fts5 {
                conn,
                table,
                label,
                min_token,
            },
            &queries,
            &names,
        ));
    }

    if let (true, Ok(server)) = (peers, std::env::var("SEARCH_BENCH_PG")) {
        let mut admin = PgConnection::establish(&server).expect("postgres");
        let _ = admin.batch_execute("DROP DATABASE IF EXISTS fr_search_bench WITH (FORCE)");
        admin
            .batch_execute("CREATE DATABASE fr_search_bench")
            .expect("create");
        let url = server
            .rsplit_once('/')
            .map(|(base, _)| format!("{base}/fr_search_bench"))
            .expect("url");
        let mut pg = PgConnection::establish(&url).expect("bench database");
        pg.batch_execute(
            "CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm; \
             CREATE TABLE corpus (org TEXT PRIMARY KEY, body TEXT NOT NULL, tsv tsvector);",
        )
        .expect("schema");
        let started = Instant::now();
        for chunk in docs.chunks(1_000) {
            let values: Vec<String> = chunk
                .iter()
                .map(|d| {
                    let licences = d
                        .licences
                        .iter()
                        .map(|l| l.number.clone())
                        .collect::<Vec<_>>();
                    let body = std::iter::once(d.name.clone())
                        .chain(d.aliases.clone())
                        .chain(d.people.clone())
                        .chain(licences)
                        .collect::<Vec<_>>()
                        .join(" | ");
                    format!("({}, {})", quote(&d.id), quote(&body.to_lowercase()))
                })
                .collect();
            pg.batch_execute(&format!(
                "INSERT INTO corpus (org, body) VALUES {}",
                values.join(",")
            ))
            .expect("insert");
        }
        let loaded = started.elapsed();
        let started = Instant::now();
        pg.batch_execute(
            "UPDATE corpus SET tsv = to_tsvector('simple', unaccent(body)); \
             CREATE INDEX corpus_tsv ON corpus USING gin (tsv); ANALYZE corpus;",
        )
        .expect("fts index");
        builds.push((
            "PostgreSQL tsvector+GIN (unaccent)",
            loaded + started.elapsed(),
            pg_size(&mut pg, "corpus_tsv"),
            0,
        ));
        let started = Instant::now();
        pg.batch_execute(
            "CREATE INDEX corpus_trgm ON corpus USING gin (body gin_trgm_ops); ANALYZE corpus;",
        )
        .expect("trgm index");
        builds.push((
            "PostgreSQL pg_trgm (word similarity)",
            loaded + started.elapsed(),
            pg_size(&mut pg, "corpus_trgm"),
            0,
        ));
        rows.extend(measure(
            &mut PgFts(PgConnection::establish(&url).expect("pg")),
            &queries,
            &names,
        ));
        rows.extend(measure(
            &mut PgTrgm(PgConnection::establish(&url).expect("pg")),
            &queries,
            &names,
        ));
        drop(pg);
        let _ = admin.batch_execute("DROP DATABASE IF EXISTS fr_search_bench WITH (FORCE)");
    } else {
        println!("PostgreSQL peers skipped: set SEARCH_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres\n");
    }

    println!("## Build ({} organizations)\n", docs.len());
    println!("| engine | build s | organizations/s | index MB | peak RSS MB |");
    println!("|---|---|---|---|---|");
    for (name, took, size, rss) in &builds {
        println!(
            "| {name} | {:.1} | {:.0} | {:.0} | {} |",
            took.as_secs_f64(),
            docs.len() as f64 / took.as_secs_f64(),
            *size as f64 / 1e6,
            if *rss > 0 {
                format!("{:.0}", *rss as f64 / 1024.0)
            } else {
                "(server)".into()
            }
        );
    }
    println!("\n## Queries ({} labelled, one thread)\n", queries.len());
    print(&rows);
}

fn pg_size(pg: &mut PgConnection, index: &str) -> u64 {
    #[derive(QueryableByName)]
    struct Size {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        size: i64,
    }
    diesel::sql_query(format!("SELECT pg_relation_size('{index}') AS size"))
        .get_result::<Size>(pg)
        .map(|s| s.size as u64)
        .unwrap_or(0)
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}
