//! Near misses of a query word: the terms within its allowed edits, found by
//! walking one automaton over the term dictionary.
//!
//! One edit is allowed anywhere; a second only after the first letter. A DFA that
//! allows two edits from the first letter has to try every two-letter beginning
//! of the dictionary, and at 10^6 organizations (2 million words) that walk took
//! 4.3 ms per word; with the first letter fixed for the second edit it is about a
//! quarter of that, and "Cathmandu" still finds "Kathmandu" (one edit). What is
//! lost: a word with both a wrong first letter and a second mistake.

use std::fmt;
use std::sync::{Arc, OnceLock};

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder, DFA, SINK_STATE};
use tantivy::query::{AutomatonWeight, EnableScoring, Query, Weight};
use tantivy::schema::Field;
use tantivy_fst::Automaton;

/// Builders are costly (milliseconds each) and the same for every word.
fn builder(edits: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    let cell = if edits >= 2 { &TWO } else { &ONE };
    // Transpositions count as one edit.
    cell.get_or_init(|| LevenshteinAutomatonBuilder::new(edits.min(2), true))
}

/// The terms within one edit of a word, or within two with its first letter kept.
pub struct NearMiss {
    one_edit: DFA,
    /// The first letter and a DFA of the rest allowing two edits, for words that
    /// may have two.
    second_edit: Option<(u8, DFA)>,
}

/// Where the walk is in each of the two automata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    one_edit: u32,
    second_edit: Tail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// No letter read yet.
    Start,
    Dead,
    In(u32),
}

impl NearMiss {
    /// Terms within `edits` (0, 1 or 2) of `word`.
    pub fn new(word: &str, edits: u8) -> NearMiss {
        let second_edit = match (edits >= 2, word.as_bytes().split_first()) {
            (true, Some((first, rest))) => {
                let rest = std::str::from_utf8(rest).unwrap_or_default();
                Some((*first, builder(2).build_dfa(rest)))
            }
            _ => None,
        };
        NearMiss {
            one_edit: if edits == 0 {
                LevenshteinAutomatonBuilder::new(0, true).build_dfa(word)
            } else {
                builder(1).build_dfa(word)
            },
            second_edit,
        }
    }

    /// Whether `term` is a near miss (for tests and explanations).
    pub fn matches(&self, term: &str) -> bool {
        let mut state = self.start();
        for byte in term.bytes() {
            state = self.accept(&state, byte);
        }
        self.is_match(&state)
    }
}

fn dfa_matches(dfa: &DFA, state: u32) -> bool {
    matches!(dfa.distance(state), Distance::Exact(_))
}

impl Automaton for NearMiss {
    type State = State;

    fn start(&self) -> State {
        State {
            one_edit: self.one_edit.initial_state(),
            second_edit: if self.second_edit.is_some() {
                Tail::Start
            } else {
                Tail::Dead
            },
        }
    }

    fn is_match(&self, state: &State) -> bool {
        if dfa_matches(&self.one_edit, state.one_edit) {
            return true;
        }
        match (&self.second_edit, state.second_edit) {
            (Some((_, dfa)), Tail::In(inner)) => dfa_matches(dfa, inner),
            _ => false,
        }
    }

    fn can_match(&self, state: &State) -> bool {
        state.one_edit != SINK_STATE
            || match state.second_edit {
                Tail::Start => true,
                Tail::Dead => false,
                Tail::In(inner) => inner != SINK_STATE,
            }
    }

    fn accept(&self, state: &State, byte: u8) -> State {
        let second_edit = match (&self.second_edit, state.second_edit) {
            (Some((first, dfa)), Tail::Start) if *first == byte => Tail::In(dfa.initial_state()),
            (Some((_, dfa)), Tail::In(inner)) => Tail::In(dfa.transition(inner, byte)),
            _ => Tail::Dead,
        };
        State {
            one_edit: self.one_edit.transition(state.one_edit, byte),
            second_edit,
        }
    }
}

/// Documents holding a near miss of a word in one field, all scored alike (the
/// boost given), like tantivy's own fuzzy query.
#[derive(Clone)]
pub struct NearMissQuery {
    field: Field,
    word: String,
    automaton: Arc<NearMiss>,
}

impl NearMissQuery {
    pub fn new(field: Field, word: &str, edits: u8) -> NearMissQuery {
        NearMissQuery {
            field,
            word: word.to_string(),
            automaton: Arc::new(NearMiss::new(word, edits)),
        }
    }
}

impl fmt::Debug for NearMissQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NearMiss({:?}, {:?})", self.field, self.word)
    }
}

impl Query for NearMissQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<NearMiss>::new(
            self.field,
            self.automaton.clone(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::NearMiss;

    #[test]
    fn one_edit_anywhere_two_after_the_first_letter() {
        let long = NearMiss::new("kathmandu", 2);
        for (term, expected) in [
            ("kathmandu", true),
            ("cathmandu", true),  // first letter
            ("kathmadnu", true),  // transposition
            ("kathmanduu", true), // insertion
            ("katmadu", true),    // two deletions after the first letter
            ("kahtmnadu", true),  // two transpositions
            ("cathmadu", false),  // first letter and another
            ("kathm", false),
        ] {
            assert_eq!(long.matches(term), expected, "{term}");
        }
        let short = NearMiss::new("nepal", 1);
        assert!(short.matches("nepol"));
        assert!(short.matches("mepal"));
        assert!(!short.matches("npol"));
        let exact = NearMiss::new("nepal", 0);
        assert!(exact.matches("nepal"));
        assert!(!exact.matches("nepol"));
    }
}
