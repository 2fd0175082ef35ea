//! The words of a name query: documents that match every required clause, or all
//! but `may_miss` of them, scored by the sum of the clauses they match, with
//! optional clauses (generic words) that only add to the score.
//!
//! tantivy's minimum-should-match visits every document of every clause to count
//! matches, and a long name holds several words that are each in thousands of
//! names ("videsha", "rakiya", "karmasangsthan"); its optional clauses are a union
//! that, for each match, reads a window of every generic word's postings ("ltd" is
//! in a third of all names). A document that misses at most `may_miss` required
//! clauses matches at least one of any `may_miss + 1` of them, so that many clauses,
//! the ones with the fewest documents, lead: only their documents are candidates,
//! and every other clause, required or optional, skips forward to each candidate
//! through its own posting list.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TantivyError, Term, TERMINATED};

/// See the module documentation. Required clauses: at least `may_miss + 1`.
#[derive(Debug)]
pub struct MinMatchQuery {
    required: Vec<Box<dyn Query>>,
    may_miss: usize,
    optional: Vec<Box<dyn Query>>,
}

impl Clone for MinMatchQuery {
    fn clone(&self) -> MinMatchQuery {
        MinMatchQuery {
            required: self.required.iter().map(|c| c.box_clone()).collect(),
            may_miss: self.may_miss,
            optional: self.optional.iter().map(|c| c.box_clone()).collect(),
        }
    }
}

impl MinMatchQuery {
    pub fn new(
        required: Vec<Box<dyn Query>>,
        may_miss: usize,
        optional: Vec<Box<dyn Query>>,
    ) -> MinMatchQuery {
        MinMatchQuery {
            required,
            may_miss,
            optional,
        }
    }
}

fn weights(
    clauses: &[Box<dyn Query>],
    scoring: EnableScoring<'_>,
) -> tantivy::Result<Vec<Box<dyn Weight>>> {
    clauses.iter().map(|c| c.weight(scoring)).collect()
}

impl Query for MinMatchQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(MinMatchWeight {
            required: weights(&self.required, scoring)?,
            may_miss: self.may_miss,
            optional: weights(&self.optional, scoring)?,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in self.required.iter().chain(&self.optional) {
            clause.query_terms(visitor);
        }
    }
}

struct MinMatchWeight {
    required: Vec<Box<dyn Weight>>,
    may_miss: usize,
    optional: Vec<Box<dyn Weight>>,
}

fn scorers(
    weights: &[Box<dyn Weight>],
    reader: &SegmentReader,
    boost: Score,
) -> tantivy::Result<Vec<Box<dyn Scorer>>> {
    weights.iter().map(|w| w.scorer(reader, boost)).collect()
}

impl Weight for MinMatchWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(MinMatchScorer::new(
            scorers(&self.required, reader, boost)?,
            self.may_miss,
            scorers(&self.optional, reader, boost)?,
        )))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(TantivyError::InvalidArgument(format!(
                "document {doc} misses more than {} of the words",
                self.may_miss
            )));
        }
        let mut explanation = Explanation::new("the words, generic ones optional", scorer.score());
        for weight in self.required.iter().chain(&self.optional) {
            if let Ok(detail) = weight.explain(reader, doc) {
                explanation.add_detail(detail);
            }
        }
        Ok(explanation)
    }
}

struct MinMatchScorer {
    /// Fewest documents first: the first `may_miss + 1` lead.
    required: Vec<Box<dyn Scorer>>,
    may_miss: usize,
    optional: Vec<Box<dyn Scorer>>,
    doc: DocId,
    score: Score,
}

/// Moves `scorer` to `target` unless it is there or beyond; whether it is there.
fn reaches(scorer: &mut Box<dyn Scorer>, target: DocId) -> bool {
    let doc = if scorer.doc() < target {
        scorer.seek(target)
    } else {
        scorer.doc()
    };
    doc == target
}

impl MinMatchScorer {
    fn new(
        mut required: Vec<Box<dyn Scorer>>,
        may_miss: usize,
        optional: Vec<Box<dyn Scorer>>,
    ) -> MinMatchScorer {
        required.sort_by_key(|s| s.cost());
        let mut scorer = MinMatchScorer {
            required,
            may_miss,
            optional,
            doc: TERMINATED,
            score: 0.0,
        };
        scorer.find();
        scorer
    }

    fn leads(&self) -> usize {
        self.may_miss + 1
    }

    /// The lowest document a lead is on; none when there are too few clauses to lead.
    fn candidate(&self) -> DocId {
        if self.required.len() < self.leads() {
            return TERMINATED;
        }
        self.required[..self.leads()]
            .iter()
            .map(|s| s.doc())
            .min()
            .unwrap_or(TERMINATED)
    }

    /// Moves to the first candidate at or after the leads' positions that misses at
    /// most `may_miss` required clauses.
    fn find(&mut self) {
        loop {
            let candidate = self.candidate();
            if candidate == TERMINATED {
                self.doc = TERMINATED;
                self.score = 0.0;
                return;
            }
            let mut missed = 0;
            let mut score = 0.0;
            let mut beyond = candidate;
            for scorer in self.required.iter_mut() {
                if reaches(scorer, candidate) {
                    score += scorer.score();
                } else {
                    missed += 1;
                    beyond = beyond.max(scorer.doc());
                    if missed > self.may_miss {
                        break;
                    }
                }
            }
            if missed <= self.may_miss {
                for scorer in self.optional.iter_mut() {
                    if reaches(scorer, candidate) {
                        score += scorer.score();
                    }
                }
                self.doc = candidate;
                self.score = score;
                return;
            }
            if self.may_miss == 0 {
                // Every clause is needed: nothing matches before the clause that
                // went past the candidate.
                let lead = &mut self.required[0];
                if beyond == TERMINATED {
                    self.doc = TERMINATED;
                    self.score = 0.0;
                    return;
                }
                lead.seek(beyond);
            } else {
                self.advance_leads(candidate);
            }
        }
    }

    fn advance_leads(&mut self, past: DocId) {
        let leads = self.leads();
        for lead in self.required.iter_mut().take(leads) {
            if lead.doc() == past {
                lead.advance();
            }
        }
    }
}

impl DocSet for MinMatchScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.advance_leads(self.doc);
        self.find();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.required
            .iter()
            .take(self.leads())
            .map(|s| s.size_hint())
            .fold(0, u32::saturating_add)
    }

    fn cost(&self) -> u64 {
        self.required
            .iter()
            .take(self.leads())
            .map(|s| s.cost())
            .sum()
    }
}

impl Scorer for MinMatchScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::MinMatchQuery;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index, Term};

    /// The same documents with the same scores as tantivy's own boolean queries:
    /// minimum-should-match of the required clauses, the optional ones as SHOULD.
    #[test]
    fn matches_what_boolean_queries_match() {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["alpha", "beta", "gamma", "delta", "ltd", "pvt"];
        // Every combination of the six words, some with a word twice, plus filler.
        for mask in 0u32..128 {
            let mut body: Vec<&str> = (0..6)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| words[i])
                .collect();
            if mask & 64 != 0 {
                body.push(words[(mask % 6) as usize]);
            }
            body.push("filler");
            writer.add_document(doc!(text => body.join(" "))).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let clauses = |list: &[&str]| -> Vec<Box<dyn Query>> {
            list.iter()
                .map(|w| {
                    Box::new(TermQuery::new(
                        Term::from_field_text(text, w),
                        IndexRecordOption::WithFreqs,
                    )) as Box<dyn Query>
                })
                .collect()
        };
        let top = |q: &dyn Query| {
            let mut found = searcher
                .search(q, &TopDocs::with_limit(200).order_by_score())
                .unwrap();
            // Ties may come in either order: compare by document.
            found.sort_by_key(|(_, d)| *d);
            found
        };
        for n in 1..=4 {
            for may_miss in 0..=usize::from(n >= 2) {
                for optional in [&[][..], &["ltd", "pvt"][..]] {
                    let required = &words[..n];
                    let ours = MinMatchQuery::new(clauses(required), may_miss, clauses(optional));
                    let words_part: Box<dyn Query> = if may_miss == 0 {
                        Box::new(BooleanQuery::intersection(clauses(required)))
                    } else {
                        Box::new(BooleanQuery::union_with_minimum_required_clauses(
                            clauses(required),
                            n - may_miss,
                        ))
                    };
                    let mut parts = vec![(Occur::Must, words_part)];
                    parts.extend(clauses(optional).into_iter().map(|c| (Occur::Should, c)));
                    let theirs = BooleanQuery::new(parts);
                    let (a, b) = (top(&ours), top(&theirs));
                    let case = format!("{n} required, may miss {may_miss}, optional {optional:?}");
                    assert!(!a.is_empty(), "{case}");
                    assert_eq!(a.len(), b.len(), "{case}");
                    for ((sa, da), (sb, db)) in a.iter().zip(&b) {
                        assert_eq!(da, db, "{case}");
                        assert!((sa - sb).abs() < 1e-4, "{case}: {sa} vs {sb}");
                    }
                    assert!(ours.explain(&searcher, a[0].1).is_ok(), "{case}");
                }
            }
        }
    }
}
