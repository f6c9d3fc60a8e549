//! Command-line interface: one file per subcommand. Arguments are parsed here; each command
//! loads the configuration, does its work through the library and maps the result to an exit
//! code. `anyhow` lives only here and in `main`.

mod accounts;
mod audit;
mod explain;
mod inbox;
mod ingest;
mod init;
mod migrate_store;
mod output;
mod quarantine;
mod reindex;
mod route;
mod routing_text;
mod rules_letters;
mod rules_test;
mod run;
mod search;
mod show;
mod status;
mod triage;
mod validate;
mod verify;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, ConfigErrors};

/// Exit code for configuration errors (EX_CONFIG from sysexits.h).
pub const EXIT_CONFIG: u8 = 78;

/// mailroom: the digital mail-room daemon (intake, OCR, filing, search).
#[derive(Parser, Debug)]
#[command(name = "mailroom", version, about, long_about = None)]
pub struct Cli {
    /// The main configuration file.
    #[arg(
        long,
        short,
        global = true,
        env = "MAILROOM_CONFIG",
        default_value = "config/mailroom.toml"
    )]
    config: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a ready-to-run instance in DIR (config, scanner pipeline, drop folder, data).
    Init(init::Args),
    /// Run the daemon: watch every pipeline's source until SIGINT/SIGTERM.
    Run(run::Args),
    /// File the given files (or folders) once, without removing them; exit 1 if any failed.
    Ingest(ingest::Args),
    /// Counts of filed, in-progress and quarantined documents.
    Status(status::Args),
    /// One document: metadata, pages with text and confidence, history.
    Show(show::Args),
    /// Full-text search over filed documents.
    Search(search::Args),
    /// Check the configuration and report every problem.
    Validate(validate::Args),
    /// Files that could not be processed: list, retry, discard.
    #[command(subcommand)]
    Quarantine(quarantine::Command),
    /// Rebuild the search index from the store.
    Reindex(reindex::Args),
    /// Integrity check: re-hash originals, check the hash chains of the event log.
    Verify(verify::Args),
    /// Copy this installation's database into an empty PostgreSQL database (daemon stopped).
    MigrateStore(migrate_store::Args),
    /// The read audit: who read which document, logins, account changes.
    Audit(audit::Args),
    /// Why a document went where it went: rule, evidence, the model's ranking.
    Explain(explain::Args),
    /// A department's inbox; `--set ID --to STATE` changes a document's state.
    Inbox(inbox::Args),
    /// Route a document by hand to a department (the model learns from it).
    Route(route::Args),
    /// Documents no rule and no sure model decision could place.
    Triage(triage::Args),
    /// Routing rules: `test` replays them over stored documents.
    #[command(subcommand)]
    Rules(rules_test::Command),
    /// Accounts of people (local; LDAP accounts appear at their first login).
    #[command(subcommand)]
    User(accounts::UserCommand),
    /// API tokens for machines (citizen portals, scripts).
    #[command(subcommand)]
    Token(accounts::TokenCommand),
}

/// Parses the command line and runs the command.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // Everything mailroom writes is private to the service account; `init` is left alone, as
    // the drop folders it creates must stay writable for the scanners' accounts.
    if !matches!(cli.command, Command::Init(_)) {
        crate::fsutil::private_umask();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(dispatch(cli));
    // Blocking tasks abandoned at shutdown (e.g. a page being recognised) must not keep the
    // process alive.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes, each cause shown once: our error types already include their
/// cause in their message, so causes already contained in the text so far are skipped.
fn error_chain(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let msg = cause.to_string();
        if text.contains(&msg) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&msg);
    }
    text
}

async fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    // These two work without (or on) an invalid configuration.
    let command = match cli.command {
        Command::Init(a) => return init::run(a),
        Command::Validate(a) => return validate::run(&cli.config, a),
        other => other,
    };
    // Commands that file documents need valid rules; the others work while an invalid rules
    // edit is being fixed (and say so).
    let needs_rules = matches!(command, Command::Run(_) | Command::Ingest(_));
    let config = if needs_rules {
        load_config(&cli.config)
    } else {
        load_config_tolerating_rules(&cli.config)
    };
    let config = match config {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    match command {
        Command::Run(a) => run::run(config, a).await,
        Command::Ingest(a) => ingest::run(config, a).await,
        Command::Status(a) => status::run(config, a).await,
        Command::Show(a) => show::run(config, a).await,
        Command::Search(a) => search::run(config, a).await,
        Command::Quarantine(c) => quarantine::run(config, c).await,
        Command::Reindex(a) => reindex::run(config, a).await,
        Command::Verify(a) => verify::run(config, a).await,
        Command::MigrateStore(a) => migrate_store::run(config, a).await,
        Command::Explain(a) => explain::run(config, a).await,
        Command::Audit(a) => audit::run(config, a).await,
        Command::Inbox(a) => inbox::run(config, a).await,
        Command::Route(a) => route::run(config, a).await,
        Command::Triage(a) => triage::run(config, a).await,
        Command::Rules(c) => rules_test::run(config, c).await,
        Command::User(c) => accounts::run_user(config, c).await,
        Command::Token(c) => accounts::run_token(config, c).await,
        Command::Init(_) | Command::Validate(_) => unreachable!("handled above"),
    }
}

/// Loads the configuration or prints every error and returns the exit code to use.
pub(crate) fn load_config(path: &Path) -> Result<Config, ExitCode> {
    Config::load(path).map_err(|errors: ConfigErrors| {
        eprint!("{errors}");
        ExitCode::from(EXIT_CONFIG)
    })
}

/// Loads the configuration; an invalid rules file is only warned about.
pub(crate) fn load_config_tolerating_rules(path: &Path) -> Result<Config, ExitCode> {
    match Config::load_tolerating_rules(path) {
        Ok((config, rules_errors)) => {
            if !rules_errors.is_empty() {
                eprint!("warning: the routing rules are invalid (a running daemon keeps its previous rules):\n{rules_errors}");
            }
            Ok(config)
        }
        Err(errors) => {
            eprint!("{errors}");
            Err(ExitCode::from(EXIT_CONFIG))
        }
    }
}

/// Logs to stderr; `RUST_LOG` overrides the configured filter.
pub(crate) fn init_tracing(default_filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(default_filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Colour codes only for a person at a terminal: a log file or journal gets plain text.
    let ansi = {
        use std::io::IsTerminal;
        std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// libgomp (OpenMP, used by libtesseract) reads `OMP_THREAD_LIMIT` only when it is loaded,
/// before `main` runs; setting it later has no effect. So if it is missing we re-execute the
/// binary with it set. Returns only if no re-exec was needed or possible.
pub fn ensure_omp_thread_limit() {
    use std::os::unix::process::CommandExt;
    if crate::ocr::omp_thread_limit_is_set() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
    let err = std::process::Command::new(&exe)
        .arg0(arg0)
        .args(args)
        .env(crate::ocr::OMP_ENV, "1")
        .exec();
    eprintln!("warning: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); OCR may be slow");
}
