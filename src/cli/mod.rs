//! The command line: parse, set up logging, dispatch. Every flag also reads an
//! environment variable named `FAIRRECRUIT_<FLAG>`.

mod import;
pub mod serve;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::api::ratelimit::Quotas;
use crate::db::Database;
use crate::domain::role::{Actor, Role};
use crate::domain::suppression::MinCell;
use crate::error::Error;
use crate::registry::tokens;
use crate::{demo, events};

#[derive(Debug, Parser)]
#[command(
    name = "fairrecruit",
    version,
    about = "An accountability registry for labour recruitment agencies and employers of migrant workers"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Directory for the SQLite database and the search index.
    #[arg(
        long,
        global = true,
        env = "FAIRRECRUIT_DATA_DIR",
        default_value = "./data"
    )]
    pub data_dir: PathBuf,
    /// Database URL: postgres://… for PostgreSQL; default SQLite at <data-dir>/fairrecruit.db.
    #[arg(long, global = true, env = "FAIRRECRUIT_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Log line format on standard error.
    #[arg(long, global = true, env = "FAIRRECRUIT_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API, the docs and the pages.
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Fill the database with a generated, invented demo data set.
    DemoData(DemoArgs),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Check the event log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Export the public registry (consistent with one seq) to a file or stdout.
    Export(ExportArgs),
    /// Manage the data key that seals complainants' details and narratives.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Import official licence registers, and decide entries held for review.
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Rebuild the search index (<data-dir>/index) from the database alone. Stop the
    /// server first: only one process may write the index.
    Reindex,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// ndjson (full profiles, first line names the seq) or csv.
    #[arg(long, env = "FAIRRECRUIT_EXPORT_FORMAT", default_value = "ndjson")]
    pub format: String,
    /// File to write; standard output when absent.
    #[arg(long, env = "FAIRRECRUIT_EXPORT_OUTPUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Print a new random data key (for FAIRRECRUIT_DATA_KEY / FAIRRECRUIT_NEW_DATA_KEY).
    Generate,
    /// Re-seal every confidential value under a new key, in one transaction. Stop the
    /// server first. With a key file, the new key replaces <data-dir>/data.key; with
    /// FAIRRECRUIT_DATA_KEY, give the new key in FAIRRECRUIT_NEW_DATA_KEY.
    Rotate,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "FAIRRECRUIT_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Load the demo data set first (once: skipped when organizations exist).
    #[arg(long, env = "FAIRRECRUIT_DEMO")]
    pub demo: bool,
    /// Requests per minute per client address, without a token, on each public
    /// endpoint group (search, bulk verification, complaint filing).
    #[arg(long, env = "FAIRRECRUIT_RATE_LIMIT_PER_ADDRESS", default_value_t = Quotas::default().per_address)]
    pub rate_limit_per_address: u32,
    /// Receipt status checks allowed per client address per minute, without a token.
    #[arg(long, env = "FAIRRECRUIT_RECEIPT_CHECKS_PER_MINUTE", default_value_t = Quotas::default().receipts_per_address)]
    pub receipt_checks_per_minute: u32,
    /// Requests per minute per inspector or admin token on each public endpoint group.
    #[arg(long, env = "FAIRRECRUIT_RATE_LIMIT_PER_TOKEN", default_value_t = Quotas::default().per_token)]
    pub rate_limit_per_token: u32,
    /// Requests per minute per consulate token on each public endpoint group.
    #[arg(long, env = "FAIRRECRUIT_RATE_LIMIT_PER_CONSULATE", default_value_t = Quotas::default().per_consulate)]
    pub rate_limit_per_consulate: u32,
    /// Hosts webhook URLs may point at, comma-separated (the admin's allow-list;
    /// empty: no webhooks).
    #[arg(long, env = "FAIRRECRUIT_WEBHOOK_HOSTS", default_value = "")]
    pub webhook_hosts: String,
    /// Allow webhook targets on loopback and private addresses (refused otherwise).
    #[arg(long, env = "FAIRRECRUIT_WEBHOOK_ALLOW_PRIVATE")]
    pub webhook_allow_private: bool,
    /// Seconds one webhook delivery may take.
    #[arg(
        long,
        env = "FAIRRECRUIT_WEBHOOK_TIMEOUT_SECONDS",
        default_value_t = 10
    )]
    pub webhook_timeout_seconds: u64,
    /// Hours of failed deliveries (and at least 5 attempts) before a webhook is disabled.
    #[arg(
        long,
        env = "FAIRRECRUIT_WEBHOOK_DISABLE_AFTER_HOURS",
        default_value_t = 24
    )]
    pub webhook_disable_after_hours: u32,
    /// Smallest count published statistics show: smaller counts are suppressed, with
    /// the secondary suppression that protects them. At least 3.
    #[arg(long, env = "FAIRRECRUIT_STATS_MIN_CELL", default_value_t = MinCell::DEFAULT.get())]
    pub stats_min_cell: u32,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many organizations to generate.
    #[arg(long, env = "FAIRRECRUIT_ORGANIZATIONS", default_value_t = demo::DEFAULT_ORGANIZATIONS)]
    pub organizations: usize,
    /// Seed: the same seed gives the same data.
    #[arg(long, env = "FAIRRECRUIT_SEED", default_value_t = 1)]
    pub seed: u64,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token; prints it alone on the last line. Only its hash is stored.
    Create {
        /// admin, inspector or consulate.
        #[arg(long, env = "FAIRRECRUIT_ROLE")]
        role: String,
        /// Country codes: an inspector's jurisdictions, or the consulate's country (CC[,CC]).
        #[arg(long, env = "FAIRRECRUIT_JURISDICTION")]
        jurisdiction: Vec<String>,
        /// Who holds it, e.g. "DoFE inspection unit, Kathmandu".
        #[arg(long, env = "FAIRRECRUIT_TOKEN_NAME")]
        name: String,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke a token by id; it stops working at once.
    Revoke {
        /// The token id shown by `token list`.
        #[arg(env = "FAIRRECRUIT_TOKEN_ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the hash chain; exits 1 and names the first bad seq when it is broken.
    Verify,
}

impl GlobalArgs {
    /// The database URL in effect: the flag, else SQLite in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => self
                .data_dir
                .join("fairrecruit.db")
                .to_string_lossy()
                .into_owned(),
        }
    }

    /// Connects and migrates, with errors a person can act on.
    /// Where the search index lives: `<data-dir>/index`.
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    pub fn open_database(&self, pool_size: u32) -> Result<Database, Error> {
        if self.database_url.is_none() {
            ensure_writable_dir(&self.data_dir)?;
        }
        let db = Database::connect(&self.database_url(), pool_size)?;
        db.migrate()?;
        Ok(db)
    }
}

fn parse_role(role: &str) -> Result<Role, Error> {
    Role::parse(role).ok_or_else(|| {
        Error::Config(format!(
            "unknown role {role:?}: use admin, inspector or consulate"
        ))
    })
}

/// Environment variable holding the data key (64 hex characters or base64 of 32
/// bytes). Not a flag: a flag would show in the process list.
pub const DATA_KEY_ENV: &str = "FAIRRECRUIT_DATA_KEY";

impl GlobalArgs {
    /// The sealer for confidential fields: the key from FAIRRECRUIT_DATA_KEY, else the
    /// key file in the data directory, created on first start.
    pub fn sealer(&self) -> Result<crate::crypto::Sealer, Error> {
        use crate::crypto::{DataKey, Sealer};
        let key = match std::env::var_os(DATA_KEY_ENV) {
            Some(text) => {
                let text = text
                    .into_string()
                    .map_err(|_| Error::Config(format!("{DATA_KEY_ENV} is not valid text")))?;
                DataKey::from_text(&text).map_err(|e| Error::Config(e.to_string()))?
            }
            None => {
                ensure_writable_dir(&self.data_dir)?;
                let (key, created) = DataKey::load_or_create(&self.data_dir)
                    .map_err(|e| Error::Config(e.to_string()))?;
                if created {
                    tracing::warn!(
                        fingerprint = %key.fingerprint(),
                        "created a new data key in {}; back it up: without it complaints cannot be read",
                        self.data_dir.join("data.key").display()
                    );
                }
                key
            }
        };
        Ok(Sealer::new(&key))
    }
}

/// Environment variable holding the new key during a rotation of an env-managed key.
pub const NEW_DATA_KEY_ENV: &str = "FAIRRECRUIT_NEW_DATA_KEY";

fn rotate_key(global: &GlobalArgs) -> Result<(), Error> {
    use crate::crypto::{DataKey, Sealer};
    use crate::registry::keys::rotate_data_key;
    let key_error = |e: crate::crypto::KeyError| Error::Config(e.to_string());
    let db = global.open_database(1)?;
    let mut conn = db.get()?;
    if let Some(current) = std::env::var_os(DATA_KEY_ENV) {
        let current = current
            .into_string()
            .map_err(|_| Error::Config(format!("{DATA_KEY_ENV} is not valid text")))?;
        let next = std::env::var(NEW_DATA_KEY_ENV).map_err(|_| {
            Error::Config(format!(
                "{DATA_KEY_ENV} is set: put the new key (from `fairrecruit key generate`) in {NEW_DATA_KEY_ENV}"
            ))
        })?;
        let old = DataKey::from_text(&current).map_err(key_error)?;
        let new = DataKey::from_text(&next).map_err(|_| {
            Error::Config(format!(
                "{NEW_DATA_KEY_ENV} must be 64 hex characters or base64 of 32 bytes"
            ))
        })?;
        let done = rotate_data_key(
            &mut conn,
            &Actor::cli(),
            &Sealer::new(&old),
            &Sealer::new(&new),
            &old.fingerprint(),
            &new.fingerprint(),
        )?;
        println!(
            "re-sealed {} complaints, {} notes and {} people's identifiers under key {}; set {DATA_KEY_ENV} to the new key before starting the server",
            done.complaints,
            done.notes,
            done.people,
            new.fingerprint()
        );
        return Ok(());
    }
    let path = global.data_dir.join("data.key");
    let next_path = global.data_dir.join("data.key.next");
    if next_path.exists() {
        return Err(Error::Config(format!(
            "{} exists: an earlier rotation did not finish. If the last data_key.rotated event names its fingerprint, move it to data.key; otherwise delete it",
            next_path.display()
        )));
    }
    if !path.exists() {
        return Err(Error::Config(format!(
            "no data key at {}: nothing to rotate",
            path.display()
        )));
    }
    let (old, _) = DataKey::load_or_create(&global.data_dir).map_err(key_error)?;
    // The new key reaches the disk before anything is sealed with it.
    let new = DataKey::create_file(&next_path).map_err(key_error)?;
    let result = rotate_data_key(
        &mut conn,
        &Actor::cli(),
        &Sealer::new(&old),
        &Sealer::new(&new),
        &old.fingerprint(),
        &new.fingerprint(),
    );
    let done = match result {
        Ok(done) => done,
        Err(e) => {
            let _ = std::fs::remove_file(&next_path);
            return Err(e);
        }
    };
    std::fs::rename(&next_path, &path).map_err(|e| {
        Error::Config(format!(
            "the data was re-sealed but {} could not replace {}: {e}; move it by hand before starting the server",
            next_path.display(),
            path.display()
        ))
    })?;
    println!(
        "re-sealed {} complaints, {} notes and {} people's identifiers; {} now holds key {} (was {}): back it up now",
        done.complaints,
        done.notes,
        done.people,
        path.display(),
        new.fingerprint(),
        old.fingerprint()
    );
    Ok(())
}

fn run_export(global: &GlobalArgs, args: &ExportArgs) -> Result<(), Error> {
    use crate::registry::export::{export, ExportFormat};
    use std::io::Write;
    let format = match args.format.as_str() {
        "ndjson" => ExportFormat::Ndjson,
        "csv" => ExportFormat::Csv,
        other => {
            return Err(Error::Config(format!(
                "unknown export format {other:?}: use ndjson or csv"
            )))
        }
    };
    let db = global.open_database(1)?;
    let mut conn = db.get()?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .map_err(|e| Error::Config(format!("cannot write {}: {e}", path.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let io_error = |e: std::io::Error| Error::Config(format!("cannot write the export: {e}"));
    let seq = export(&mut conn, format, &mut |_| {}, &mut |bytes| {
        out.write_all(&bytes).map_err(io_error)
    })?;
    out.flush().map_err(io_error)?;
    drop(out);
    if args.output.is_some() {
        eprintln!("exported the registry as of seq {seq}");
    }
    Ok(())
}

fn ensure_writable_dir(dir: &std::path::Path) -> Result<(), Error> {
    let unusable = |e: std::io::Error| {
        Error::Config(format!(
            "data directory {} is not writable: {e}",
            dir.display()
        ))
    };
    std::fs::create_dir_all(dir).map_err(unusable)?;
    let probe = dir.join(".write-test");
    std::fs::write(&probe, b"").map_err(unusable)?;
    std::fs::remove_file(&probe).map_err(unusable)?;
    Ok(())
}

pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("FAIRRECRUIT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // axum logs each accepted connection's address at trace level; next to the route
    // of the following request it could tie a worker's address to her complaint.
    let filter = match "axum::serve=off".parse() {
        Ok(quiet) => filter.add_directive(quiet),
        Err(_) => filter,
    };
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// Runs a parsed command line. Output goes to stdout; errors are returned.
pub fn run(cli: Cli) -> Result<(), Error> {
    init_logging(cli.global.log_format);
    match cli.command {
        Command::Serve(args) => serve::run(&cli.global, &args),
        Command::Migrate => {
            cli.global.open_database(1)?;
            println!("migrations applied");
            Ok(())
        }
        Command::DemoData(args) => {
            let db = cli.global.open_database(2)?;
            let sealer = cli.global.sealer()?;
            let mut conn = db.get()?;
            let started = std::time::Instant::now();
            let summary = demo::load(&mut conn, &sealer, args.organizations, args.seed)?;
            println!(
                "generated {} organizations, {} licences, {} people, {} complaints, {} findings, {} refunds in {:.1} s",
                summary.organizations,
                summary.licences,
                summary.people,
                summary.inspection.complaints,
                summary.inspection.findings,
                summary.inspection.refunds,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Token(command) => run_token(&cli.global, command),
        Command::Import(command) => import::run(&cli.global, command),
        Command::Key(KeyCommand::Generate) => {
            let key =
                crate::crypto::DataKey::generate().map_err(|e| Error::Config(e.to_string()))?;
            println!("{}", key.to_base64());
            Ok(())
        }
        Command::Key(KeyCommand::Rotate) => rotate_key(&cli.global),
        Command::Export(args) => run_export(&cli.global, &args),
        Command::Reindex => {
            let db = cli.global.open_database(1)?;
            let mut conn = db.get()?;
            let started = std::time::Instant::now();
            let index = crate::search::SearchIndex::open(&cli.global.index_dir(), &mut conn)?;
            let rebuilt = match index.rebuilt_at_open() {
                Some(rebuilt) => rebuilt,
                None => index.rebuild(&mut conn)?,
            };
            index.finish()?;
            println!(
                "reindexed {} organizations up to event seq {} in {:.1} s",
                rebuilt.organizations,
                rebuilt.seq,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Audit(AuditCommand::Verify) => {
            let db = cli.global.open_database(1)?;
            let mut conn = db.get()?;
            let result = events::verify(&mut conn)?;
            if result.ok {
                println!(
                    "ok: {} events verified, head seq {} hash {}",
                    result.events_checked, result.head_seq, result.head_hash
                );
                Ok(())
            } else {
                Err(Error::Config(format!(
                    "audit chain broken at seq {}: {} ({} events before it verified)",
                    result.first_bad_seq.unwrap_or_default(),
                    result.problem.unwrap_or_default(),
                    result.events_checked
                )))
            }
        }
    }
}

fn run_token(global: &GlobalArgs, command: TokenCommand) -> Result<(), Error> {
    // Check what needs no database before creating one.
    if let TokenCommand::Create { role, .. } = &command {
        parse_role(role)?;
    }
    let db = global.open_database(1)?;
    let mut conn = db.get()?;
    match command {
        TokenCommand::Create {
            role,
            jurisdiction,
            name,
        } => {
            let role = parse_role(&role)?;
            let (info, secret) =
                tokens::create_token(&mut conn, &Actor::cli(), role, &jurisdiction, &name)?;
            println!(
                "created {} token {} for {:?}{}",
                info.role.as_str(),
                info.id,
                info.name,
                if info.jurisdictions.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", info.jurisdictions.join(","))
                }
            );
            println!("store it now; it is not shown again:");
            println!("{secret}");
        }
        TokenCommand::List => {
            for t in tokens::list_tokens(&mut conn)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t.id,
                    t.role.as_str(),
                    t.jurisdictions.join(","),
                    t.revoked_at
                        .map(|r| format!("revoked {r}"))
                        .unwrap_or_else(|| "active".into()),
                    t.name
                );
            }
        }
        TokenCommand::Revoke { id } => {
            let t = tokens::revoke_token(&mut conn, &Actor::cli(), &id)?;
            println!("revoked token {} ({})", t.id, t.name);
        }
    }
    Ok(())
}
