//! The index on disk: opening it (rebuilding when missing, unreadable or of an older
//! schema), following the event log, and rebuilding from the database alone.

use std::fs::File;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::collector::DocSetCollector;
use tantivy::merge_policy::{LogMergePolicy, NoMergePolicy};
use tantivy::query::RangeQuery;
use tantivy::schema::{Facet, Value};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use super::analysis;
use super::documents::{self, OrganizationDocument};
use super::schema::{self, Fields, SCHEMA_VERSION};
use crate::db::schema::events;
use crate::db::AnyConnection;
use crate::error::Error;
use crate::registry::organizations::today;

/// Memory the writer may buffer before it flushes a segment. It is taken only as
/// documents arrive (a commit of the indexer holds a few), so it matters for a
/// rebuild: 10^6 organizations fit in one segment, which is then written once
/// instead of being written in pieces and merged (56 s instead of 81 s, peak RSS
/// 2.0 GB instead of 0.8 GB); a larger registry flushes more segments, merged at
/// the end of the rebuild.
const WRITER_MEMORY: usize = 2000 * 1024 * 1024;
/// One indexing thread: with two, each holds its own segment, and the merge that
/// follows cost more than the second thread saved.
const WRITER_THREADS: usize = 1;
/// Events read per commit while catching up.
const EVENTS_PER_COMMIT: i64 = 5_000;
/// Organizations read per database round trip during a rebuild.
const REBUILD_PAGE: i64 = 2_000;

/// What the index stores with every commit, atomically with the documents.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Payload {
    /// The last event seq whose changes the committed documents hold.
    seq: i64,
    schema: u32,
    /// The day date-driven statuses were last brought up to date.
    refreshed_on: NaiveDate,
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    pub organizations: usize,
    pub seq: i64,
}

/// The search index of one process: one writer (guarded by a lock file), one
/// reader that is reloaded after each commit.
pub struct SearchIndex {
    index: Index,
    fields: Fields,
    reader: IndexReader,
    writer: Mutex<IndexWriter<TantivyDocument>>,
    committed: AtomicI64,
    refreshed_on: Mutex<NaiveDate>,
    /// Held for the life of the process: a second process gets a clear error.
    _lock: Option<File>,
    dir: Option<PathBuf>,
    /// Set when `open` had to rebuild.
    rebuilt_at_open: Option<Rebuilt>,
}

fn index_error(context: &str, e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("search index: {context}: {e}"))
}

impl SearchIndex {
    /// Opens the index in `dir` and brings it up to date with the database: an index
    /// that is missing, unreadable or of another schema version is rebuilt, with a
    /// log line saying why.
    pub fn open(dir: &Path, conn: &mut AnyConnection) -> Result<SearchIndex, Error> {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::Config(format!(
                "cannot create the index directory {}: {e}",
                dir.display()
            ))
        })?;
        let lock = take_lock(dir)?;
        let (schema, fields) = schema::build();
        let (index, rebuild_reason) = match open_existing(dir) {
            Existing::Usable(index) => (index, None),
            Existing::OtherVersion => (
                recreate(dir, &schema)?,
                Some("it was built by another version"),
            ),
            Existing::Missing => (recreate(dir, &schema)?, Some("there was none")),
            Existing::Unreadable(e) => {
                tracing::warn!(path = %dir.display(), error = %e, "the search index is unreadable");
                (recreate(dir, &schema)?, Some("it could not be read"))
            }
        };
        let mut search =
            SearchIndex::from_index(index, fields, Some(lock), Some(dir.to_path_buf()))?;
        if let Some(reason) = rebuild_reason {
            tracing::info!(path = %dir.display(), reason, "rebuilding the search index from the database");
            let rebuilt = search.rebuild(conn)?;
            tracing::info!(
                organizations = rebuilt.organizations,
                seq = rebuilt.seq,
                "search index rebuilt"
            );
            search.rebuilt_at_open = Some(rebuilt);
        }
        Ok(search)
    }

    /// An index in memory, empty (tests and benchmarks); fill it with `rebuild` or
    /// `catch_up`.
    pub fn in_memory() -> Result<SearchIndex, Error> {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        SearchIndex::from_index(index, fields, None, None)
    }

    fn from_index(
        index: Index,
        fields: Fields,
        lock: Option<File>,
        dir: Option<PathBuf>,
    ) -> Result<SearchIndex, Error> {
        schema::register_tokenizer(&index);
        let payload = read_payload(&index)?;
        let writer = index
            .writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => in_use(dir.as_deref()),
                other => index_error("cannot open the writer", other),
            })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| index_error("cannot open the reader", e))?;
        Ok(SearchIndex {
            index,
            fields,
            reader,
            writer: Mutex::new(writer),
            committed: AtomicI64::new(payload.as_ref().map_or(0, |p| p.seq)),
            refreshed_on: Mutex::new(payload.map_or_else(today, |p| p.refreshed_on)),
            _lock: lock,
            dir,
            rebuilt_at_open: None,
        })
    }

    pub fn fields(&self) -> Fields {
        self.fields
    }

    /// A searcher on the latest commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The last event seq the index holds.
    pub fn committed_seq(&self) -> i64 {
        self.committed.load(Ordering::SeqCst)
    }

    /// What `open` rebuilt, when it found no usable index.
    pub fn rebuilt_at_open(&self) -> Option<Rebuilt> {
        self.rebuilt_at_open
    }

    /// Where the index lives; `None` in memory.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    fn lock_writer(
        &self,
    ) -> Result<std::sync::MutexGuard<'_, IndexWriter<TantivyDocument>>, Error> {
        self.writer
            .lock()
            .map_err(|_| Error::Internal("search index writer poisoned".into()))
    }

    /// Indexes the changes of every event after the committed seq, committing every
    /// few thousand events with the seq reached, then re-indexes organizations whose
    /// statuses changed by date since the last day it ran. Returns the seq reached.
    pub fn catch_up(&self, conn: &mut AnyConnection) -> Result<i64, Error> {
        let mut writer = self.lock_writer()?;
        loop {
            let after = self.committed_seq();
            let batch: Vec<(i64, String, String)> = events::table
                .filter(events::seq.gt(after))
                .order(events::seq.asc())
                .limit(EVENTS_PER_COMMIT)
                .select((events::seq, events::entity_type, events::entity_id))
                .load(conn)?;
            let Some(last) = batch.last().map(|e| e.0) else {
                break;
            };
            let touched: Vec<(String, String)> =
                batch.into_iter().map(|(_, t, id)| (t, id)).collect();
            let ids = documents::organizations_touched(conn, &touched)?;
            self.replace(&writer, conn, &ids)?;
            let refreshed_on = *self.refreshed_on.lock().map_err(|_| poisoned())?;
            self.commit(&mut writer, last, refreshed_on)?;
        }
        let day = today();
        let refreshed_on = *self.refreshed_on.lock().map_err(|_| poisoned())?;
        if refreshed_on < day {
            let ids = self.due_for_refresh(day)?;
            self.replace(&writer, conn, &ids)?;
            self.commit(&mut writer, self.committed_seq(), day)?;
            if !ids.is_empty() {
                tracing::info!(
                    organizations = ids.len(),
                    "search index: statuses refreshed for a new day"
                );
            }
        }
        Ok(self.committed_seq())
    }

    /// Replaces the documents of `ids` with what the database holds now (an id no
    /// longer in the database is only removed).
    fn replace(
        &self,
        writer: &IndexWriter<TantivyDocument>,
        conn: &mut AnyConnection,
        ids: &[String],
    ) -> Result<(), Error> {
        let as_of = today();
        let docs = documents::load(conn, ids)?;
        for id in ids {
            writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
        for doc in &docs {
            writer
                .add_document(self.to_tantivy(doc, as_of)?)
                .map_err(|e| index_error("cannot add a document", e))?;
        }
        Ok(())
    }

    fn commit(
        &self,
        writer: &mut IndexWriter<TantivyDocument>,
        seq: i64,
        refreshed_on: NaiveDate,
    ) -> Result<(), Error> {
        let payload = serde_json::to_string(&Payload {
            seq,
            schema: SCHEMA_VERSION,
            refreshed_on,
        })?;
        let mut prepared = writer
            .prepare_commit()
            .map_err(|e| index_error("cannot prepare a commit", e))?;
        prepared.set_payload(&payload);
        prepared
            .commit()
            .map_err(|e| index_error("cannot commit", e))?;
        self.committed.store(seq, Ordering::SeqCst);
        *self.refreshed_on.lock().map_err(|_| poisoned())? = refreshed_on;
        self.reader
            .reload()
            .map_err(|e| index_error("cannot reload the reader", e))
    }

    /// Ids of organizations whose date-driven statuses change on or before `day`.
    fn due_for_refresh(&self, day: NaiveDate) -> Result<Vec<String>, Error> {
        let searcher = self.searcher();
        let query = RangeQuery::new(
            Bound::Unbounded,
            Bound::Included(Term::from_field_i64(
                self.fields.refresh_on,
                day_number(day),
            )),
        );
        let found = searcher
            .search(&query, &DocSetCollector)
            .map_err(|e| index_error("cannot search", e))?;
        let mut ids = Vec::with_capacity(found.len());
        for address in found {
            ids.push(self.stored(&searcher, address)?.id);
        }
        Ok(ids)
    }

    /// The stored document behind a hit.
    pub fn stored(
        &self,
        searcher: &Searcher,
        address: tantivy::DocAddress,
    ) -> Result<OrganizationDocument, Error> {
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|e| index_error("cannot read a document", e))?;
        let json = doc
            .get_first(self.fields.summary)
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::Internal("search index: a document has no summary".into()))?;
        Ok(serde_json::from_str(json)?)
    }

    /// Rebuilds the whole index from the database, in one read snapshot, and
    /// commits it with the seq that snapshot is consistent with.
    pub fn rebuild(&self, conn: &mut AnyConnection) -> Result<Rebuilt, Error> {
        let mut writer = self.lock_writer()?;
        // The segments of a rebuild are merged into one at the end; merging them
        // along the way would only redo work.
        writer.set_merge_policy(Box::new(NoMergePolicy));
        writer
            .delete_all_documents()
            .map_err(|e| index_error("cannot clear the index", e))?;
        let as_of = today();
        let result = crate::db::read_snapshot(conn, |conn| {
            let seq = crate::events::head(conn)?.seq;
            let mut after = String::new();
            let mut organizations = 0;
            loop {
                let page = documents::load_page(conn, &after, REBUILD_PAGE)?;
                let Some(last) = page.last() else { break };
                after = last.id.clone();
                organizations += page.len();
                for doc in &page {
                    writer
                        .add_document(self.to_tantivy(doc, as_of)?)
                        .map_err(|e| index_error("cannot add a document", e))?;
                }
            }
            Ok::<_, Error>(Rebuilt { organizations, seq })
        });
        let rebuilt = match result {
            Ok(rebuilt) => rebuilt,
            Err(e) => {
                // Leave the last commit as it was.
                writer
                    .rollback()
                    .map_err(|e| index_error("cannot roll back", e))?;
                writer.set_merge_policy(Box::<LogMergePolicy>::default());
                return Err(e);
            }
        };
        tracing::debug!(
            organizations = rebuilt.organizations,
            "search index: documents added"
        );
        self.commit(&mut writer, rebuilt.seq, as_of)?;
        tracing::debug!("search index: rebuild committed");
        let merged = self.merge_all(&mut writer);
        writer.set_merge_policy(Box::<LogMergePolicy>::default());
        merged?;
        Ok(rebuilt)
    }

    /// Merges every segment into one. A rebuild leaves a segment per writer flush,
    /// and a query pays per segment for each near-miss automaton it walks over the
    /// term dictionary, which at 10^6 organizations dominated query time.
    pub fn merge_segments(&self) -> Result<(), Error> {
        let mut writer = self.lock_writer()?;
        self.merge_all(&mut writer)
    }

    fn merge_all(&self, writer: &mut IndexWriter<TantivyDocument>) -> Result<(), Error> {
        let segments = self
            .index
            .searchable_segment_ids()
            .map_err(|e| index_error("cannot list segments", e))?;
        if segments.len() > 1 {
            writer
                .merge(&segments)
                .wait()
                .map_err(|e| index_error("cannot merge segments", e))?;
        }
        self.reader
            .reload()
            .map_err(|e| index_error("cannot reload the reader", e))
    }

    /// Waits for background merges; call before dropping an index that was written
    /// heavily (a rebuild) so that its files are final.
    pub fn finish(self) -> Result<(), Error> {
        let writer = self
            .writer
            .into_inner()
            .map_err(|_| Error::Internal("search index writer poisoned".into()))?;
        writer
            .wait_merging_threads()
            .map_err(|e| index_error("cannot finish merging", e))
    }

    /// The tantivy document of an organization: its terms, facets and summary.
    fn to_tantivy(
        &self,
        doc: &OrganizationDocument,
        as_of: NaiveDate,
    ) -> Result<TantivyDocument, Error> {
        let f = &self.fields;
        let mut out = TantivyDocument::default();
        out.add_text(f.id, &doc.id);
        // Each name is analysed once; every field is built from its words.
        // Aliases mostly share words with the name: their beginnings are written once.
        let mut prefixes = std::collections::BTreeSet::new();
        for name in std::iter::once(&doc.name).chain(&doc.aliases) {
            let words = analysis::words(name);
            out.add_text(f.names, analysis::terms_of(&words).join(" "));
            out.add_text(f.name_keys, analysis::name_key_of(&words));
            out.add_text(
                f.skeletons,
                analysis::skeleton_terms_of(name, &words).join(" "),
            );
            prefixes.extend(analysis::prefix_terms_of(&words));
            out.add_text(f.words, words.join(" "));
        }
        let prefixes: Vec<String> = prefixes.into_iter().collect();
        out.add_text(f.prefixes, prefixes.join(" "));
        for person in &doc.people {
            let words = analysis::words(person);
            out.add_text(f.people, analysis::terms_of(&words).join(" "));
            out.add_text(f.words, words.join(" "));
        }
        for licence in &doc.licences {
            out.add_text(
                f.licences,
                analysis::licence_terms(&licence.number).join(" "),
            );
        }
        for person in &doc.person_ids {
            out.add_text(f.person_ids, person);
        }
        for key in &doc.identities {
            out.add_text(f.identities, key);
        }
        for contact in &doc.contacts {
            out.add_text(f.contacts, contact);
        }
        out.add_facet(f.facets, Facet::from_path(["kind", doc.kind.as_str()]));
        out.add_facet(
            f.facets,
            Facet::from_path(["country", doc.country.as_str()]),
        );
        let mut statuses = doc.licence_statuses(as_of);
        statuses.sort_unstable_by_key(|s| s.as_str());
        statuses.dedup();
        for status in statuses {
            out.add_facet(
                f.facets,
                Facet::from_path(["licence_status", status.as_str()]),
            );
        }
        let sanctioned = if doc.sanctions_in_force(as_of).is_empty() {
            "no"
        } else {
            "yes"
        };
        out.add_facet(f.facets, Facet::from_path(["sanctioned", sanctioned]));
        out.add_i64(
            f.refresh_on,
            doc.next_change_after(as_of).map_or(i64::MAX, day_number),
        );
        // The summary leaves out aliases and people: a result shows neither. Person
        // ids and contact keys stay for the linked-to-sanctioned filter.
        let summary = OrganizationDocument {
            aliases: Vec::new(),
            people: Vec::new(),
            ..doc.clone()
        };
        out.add_text(f.summary, serde_json::to_string(&summary)?);
        Ok(out)
    }

    /// The tantivy index (for queries that need its schema or term dictionaries).
    pub fn tantivy(&self) -> &Index {
        &self.index
    }
}

fn poisoned() -> Error {
    Error::Internal("search index state poisoned".into())
}

fn day_number(day: NaiveDate) -> i64 {
    i64::from(day.num_days_from_ce())
}

use chrono::Datelike;

fn in_use(dir: Option<&Path>) -> Error {
    let place = dir.map_or_else(|| "in memory".to_string(), |d| d.display().to_string());
    Error::Config(format!(
        "the search index at {place} is in use by another fairrecruit process (serve or reindex); stop it first"
    ))
}

/// Takes the index's lock file next to the directory (not inside: a rebuild may
/// empty the directory).
fn take_lock(dir: &Path) -> Result<File, Error> {
    let path = dir.with_extension("lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::Config(format!("cannot open {}: {e}", path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(in_use(Some(dir))),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::Config(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

/// What a directory holds.
enum Existing {
    Usable(Index),
    Missing,
    OtherVersion,
    Unreadable(String),
}

fn open_existing(dir: &Path) -> Existing {
    if !dir.join("meta.json").exists() {
        return Existing::Missing;
    }
    let index = match Index::open_in_dir(dir) {
        Ok(index) => index,
        Err(e) => return Existing::Unreadable(e.to_string()),
    };
    if index.schema() != schema::build().0 {
        return Existing::OtherVersion;
    }
    match read_payload(&index) {
        Ok(Some(payload)) if payload.schema == SCHEMA_VERSION => Existing::Usable(index),
        Ok(Some(_)) => Existing::OtherVersion,
        Ok(None) => Existing::Unreadable("the index has no commit payload".into()),
        Err(e) => Existing::Unreadable(e.to_string()),
    }
}

fn read_payload(index: &Index) -> Result<Option<Payload>, Error> {
    let metas = index
        .load_metas()
        .map_err(|e| index_error("cannot read the index metadata", e))?;
    match metas.payload {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| index_error("unreadable commit payload", e)),
    }
}

/// Empties `dir` and creates a fresh index in it.
fn recreate(dir: &Path, schema: &tantivy::schema::Schema) -> Result<Index, Error> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::Config(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.map_err(|e| Error::Config(format!("cannot remove {}: {e}", path.display())))?;
    }
    Index::create_in_dir(dir, schema.clone()).map_err(|e| index_error("cannot create", e))
}
