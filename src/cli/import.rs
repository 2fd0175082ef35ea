//! `fairrecruit import register|review|decide`: official registers from the command
//! line, with the same use cases as the admin API.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::GlobalArgs;
use crate::domain::role::Actor;
use crate::error::Error;
use crate::import::Mapping;
use crate::registry::import_reviews::{self, ReviewChoice, ReviewQuery};
use crate::registry::imports::{self, rows_label, ImportReport, Outcome, Source};

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import (or with --dry-run, preview) a licensing authority's published register.
    Register(RegisterArgs),
    /// List the entries earlier imports held for review.
    Review {
        /// Only this authority's (ISO 3166-1 alpha-2).
        #[arg(long, env = "FAIRRECRUIT_IMPORT_AUTHORITY")]
        authority: Option<String>,
        /// open (default), merged, separate or all.
        #[arg(long, env = "FAIRRECRUIT_REVIEW_STATUS", default_value = "open")]
        status: String,
    },
    /// Decide a held entry: merge it into the candidate, or record it separately.
    Decide {
        /// The review id shown by `import review`.
        #[arg(env = "FAIRRECRUIT_REVIEW_ID")]
        id: String,
        /// merge or separate.
        #[arg(env = "FAIRRECRUIT_REVIEW_DECISION", value_parser = ["merge", "separate"])]
        decision: String,
    },
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// The register file (CSV, UTF-8).
    #[arg(env = "FAIRRECRUIT_IMPORT_FILE")]
    pub file: PathBuf,
    /// The licensing authority's country (ISO 3166-1 alpha-2), e.g. HK.
    #[arg(long, env = "FAIRRECRUIT_IMPORT_AUTHORITY")]
    pub authority: String,
    /// A mapping file (TOML), or the name of a shipped mapping (hk-labour-department).
    #[arg(long, env = "FAIRRECRUIT_IMPORT_MAPPING")]
    pub mapping: String,
    /// The date the register was published (YYYY-MM-DD); by default the date in the
    /// file's name, e.g. …-2021-12-28.csv.
    #[arg(long, env = "FAIRRECRUIT_IMPORT_PUBLISHED")]
    pub published: Option<NaiveDate>,
    /// Print what would change and write nothing.
    #[arg(long, env = "FAIRRECRUIT_IMPORT_DRY_RUN")]
    pub dry_run: bool,
}

pub fn run(global: &GlobalArgs, command: ImportCommand) -> Result<(), Error> {
    match command {
        ImportCommand::Register(args) => register(global, args),
        ImportCommand::Review { authority, status } => {
            let db = global.open_database(1)?;
            let mut conn = db.get()?;
            let mut reviews = Vec::new();
            let mut cursor = None;
            loop {
                let query = ReviewQuery {
                    authority: authority.clone(),
                    status: Some(status.clone()),
                    limit: Some(500),
                    cursor,
                };
                let page = import_reviews::list_reviews(&mut conn, &Actor::cli(), &query)?;
                reviews.extend(page.items);
                cursor = page.next_cursor;
                if cursor.is_none() {
                    break;
                }
            }
            for r in &reviews {
                println!(
                    "{}  {}  {:?} ({} {}, {}): candidate {} [{} {}] {}",
                    r.id,
                    r.status,
                    r.name,
                    r.register_name,
                    r.source.date,
                    rows_label(&r.rows),
                    r.candidate_id,
                    r.rule,
                    r.score,
                    r.explanation
                );
            }
            println!("{} review(s)", reviews.len());
            Ok(())
        }
        ImportCommand::Decide { id, decision } => {
            let id = uuid::Uuid::parse_str(id.trim())
                .map_err(|_| Error::Config(format!("{id:?} is not a review id")))?;
            let choice = if decision == "merge" {
                ReviewChoice::Merge
            } else {
                ReviewChoice::Separate
            };
            let db = global.open_database(1)?;
            let sealer = global.sealer()?;
            let mut conn = db.get()?;
            let decided =
                import_reviews::decide_review(&mut conn, &Actor::cli(), &sealer, id, choice)?;
            println!(
                "review {} {}: the listing is on organization {}",
                decided.review.id, decided.review.status, decided.organization_id
            );
            Ok(())
        }
    }
}

/// The first YYYY-MM-DD in a file name.
fn date_in_name(path: &Path) -> Option<NaiveDate> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let bytes = name.as_bytes();
    // A date starts at a digit that no other digit precedes ("-2021-12-28" is not
    // year -2021).
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let starts = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        let text = name.get(i..i + 10).filter(|_| starts)?;
        let ok = text.bytes().enumerate().all(|(k, b)| {
            if k == 4 || k == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
        ok.then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
            .flatten()
    })
}

fn load_mapping(name: &str) -> Result<Mapping, Error> {
    let path = Path::new(name);
    if path.exists() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Config(format!("cannot read mapping {name}: {e}")))?;
        return Mapping::parse(&text, name).map_err(|e| Error::Config(e.to_string()));
    }
    Mapping::shipped(name).map_err(|_| {
        let shipped: Vec<&str> = crate::import::mapping::SHIPPED
            .iter()
            .map(|(n, _)| *n)
            .collect();
        Error::Config(format!(
            "mapping {name:?} is neither a file nor a shipped mapping ({})",
            shipped.join(", ")
        ))
    })
}

fn register(global: &GlobalArgs, args: RegisterArgs) -> Result<(), Error> {
    let mapping = load_mapping(&args.mapping)?;
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Error::Config(format!("cannot read {}: {e}", args.file.display())))?;
    let date = args.published.or_else(|| date_in_name(&args.file)).ok_or_else(|| {
        Error::Config(format!(
            "the file name {} has no date; give the register's publication date with --published YYYY-MM-DD",
            args.file.display()
        ))
    })?;
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let db = global.open_database(1)?;
    let mut conn = db.get()?;
    let started = std::time::Instant::now();
    let source = Source {
        name: &name,
        date,
        bytes: &bytes,
    };
    let in_file = |e| match e {
        Error::InvalidFile(m) => Error::Config(format!("{}: {m}", args.file.display())),
        other => other,
    };
    // The file is checked before the data key is read, so a bad file leaves no key
    // file behind in a fresh data directory.
    let register = imports::check_register(&Actor::cli(), &mapping, &args.authority, &source)
        .map_err(in_file)?;
    let sealer = global.sealer()?;
    let report = imports::apply_register(
        &mut conn,
        &Actor::cli(),
        &sealer,
        &mapping,
        register,
        args.dry_run,
    )
    .map_err(in_file)?;
    print_report(&report, started.elapsed().as_secs_f64());
    Ok(())
}

fn print_report(r: &ImportReport, seconds: f64) {
    for d in &r.decisions {
        if d.outcome == Outcome::Created {
            continue;
        }
        let outcome = match d.outcome {
            Outcome::Created => "created",
            Outcome::Matched => "matched",
            Outcome::Updated => "updated",
            Outcome::Closed => "closed",
            Outcome::Review => "review",
        };
        let why = match (&d.decision, d.changed.is_empty()) {
            (Some(decision), _) => format!(
                " [{} {}] {}",
                decision.rule, decision.score, decision.explanation
            ),
            (None, false) => format!(" changed: {}", d.changed.join(", ")),
            (None, true) => String::new(),
        };
        println!(
            "{outcome:8} {} {:?} {}{why}",
            rows_label(&d.rows),
            d.name,
            d.organization_id.as_deref().unwrap_or("-"),
        );
    }
    println!(
        "{}{} ({}, sha256 {}): {} rows, {} organizations: {} created, {} matched, {} updated, {} unchanged, {} closed, {} held for review; {} events in {:.1} s",
        if r.dry_run { "dry run, nothing written: " } else { "" },
        r.source.name,
        r.source.date,
        &r.source.sha256[..12],
        r.rows,
        r.entries,
        r.created,
        r.matched,
        r.updated,
        r.unchanged,
        r.closed,
        r.held_for_review,
        r.events,
        seconds
    );
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_publication_date_is_read_from_the_file_name() {
        let d = date_in_name(Path::new("/x/hk-employment-agencies-2021-12-28.csv"));
        assert_eq!(d, NaiveDate::from_ymd_opt(2021, 12, 28));
        assert_eq!(date_in_name(Path::new("register.csv")), None);
    }
}
