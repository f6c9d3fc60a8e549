//! `mailroom user …` and `mailroom token …`: accounts for people, tokens for machines.

use std::collections::BTreeSet;
use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{bail, Context};

use super::output::{berlin, print_json};
use crate::app::{accounts, App};
use crate::config::Config;
use crate::model::{Actor, Role};

#[derive(clap::Subcommand, Debug)]
pub enum UserCommand {
    /// Add a local account (password read from stdin with --password-stdin).
    Add {
        name: String,
        /// clerk, mailroom, operator, auditor or admin (repeat for several).
        #[arg(long, required = true)]
        role: Vec<String>,
        /// A department id whose documents a clerk may read (repeat for several).
        #[arg(long)]
        department: Vec<String>,
        /// Read the password as one line from standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// List accounts.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Set a local account's roles and departments (replacing the ones it has).
    Set {
        name: String,
        /// clerk, mailroom, operator, auditor or admin (repeat for several).
        #[arg(long, required = true)]
        role: Vec<String>,
        /// A department id whose documents a clerk may read (repeat for several).
        #[arg(long)]
        department: Vec<String>,
    },
    /// Disable an account: it cannot log in and its sessions end.
    Disable { name: String },
    /// Enable a disabled account again.
    Enable { name: String },
    /// Set a new password (one line from standard input); the account's sessions end.
    Passwd {
        name: String,
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

#[derive(clap::Subcommand, Debug)]
pub enum TokenCommand {
    /// Create an API token; prints the token (once) on stdout, notes on stderr.
    Create {
        name: String,
        /// portal, clerk, mailroom, operator or auditor (repeat for several).
        #[arg(long, required = true)]
        role: Vec<String>,
        /// For portal tokens: the upload pipeline it delivers to.
        #[arg(long)]
        pipeline: Option<String>,
        /// For clerk tokens: a department id (repeat for several).
        #[arg(long)]
        department: Vec<String>,
    },
    /// List tokens (never their secrets).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke a token at once.
    Revoke { name: String },
}

fn roles(names: &[String]) -> anyhow::Result<BTreeSet<Role>> {
    names
        .iter()
        .flat_map(|n| n.split(','))
        .map(|n| {
            Role::parse(n.trim()).with_context(|| {
                let all: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
                format!("unknown role {n:?} (roles: {})", all.join(", "))
            })
        })
        .collect()
}

/// One line from stdin, without its line end.
fn password_from_stdin() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        bail!("no password on standard input");
    }
    Ok(password)
}

async fn open(config: Config) -> anyhow::Result<App> {
    App::open(config).await.context("opening the instance")
}

pub async fn run_user(config: Config, command: UserCommand) -> anyhow::Result<ExitCode> {
    let app = open(config).await?;
    let actor = Actor::local();
    match command {
        UserCommand::Add {
            name,
            role,
            department,
            password_stdin: _,
        } => {
            let password = password_from_stdin()?;
            let departments = department.into_iter().collect();
            let account =
                accounts::add_user(&app, &actor, &name, roles(&role)?, departments, password)
                    .await?;
            eprintln!(
                "added account {} ({})",
                account.name,
                account
                    .roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        UserCommand::List { json } => {
            let list = accounts::list_users(&app, &actor).await?;
            if json {
                print_json(&list)?;
            } else {
                for a in &list {
                    println!(
                        "{:<24} {:<6} {:<30} {:<20} {}{}",
                        a.name,
                        a.source.as_str(),
                        a.roles
                            .iter()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                        a.departments.iter().cloned().collect::<Vec<_>>().join(","),
                        berlin(a.created_at),
                        if a.disabled { "  (disabled)" } else { "" }
                    );
                }
            }
        }
        UserCommand::Set {
            name,
            role,
            department,
        } => {
            let departments = department.into_iter().collect();
            accounts::set_access(&app, &actor, &name, roles(&role)?, departments).await?;
            eprintln!("changed {name}: in force from its next request");
        }
        UserCommand::Disable { name } => {
            accounts::set_user_disabled(&app, &actor, &name, true).await?;
            eprintln!("disabled {name}; its sessions have ended");
        }
        UserCommand::Enable { name } => {
            accounts::set_user_disabled(&app, &actor, &name, false).await?;
            eprintln!("enabled {name}");
        }
        UserCommand::Passwd {
            name,
            password_stdin: _,
        } => {
            let password = password_from_stdin()?;
            accounts::set_password(&app, &actor, &name, password).await?;
            eprintln!("password of {name} set; its sessions have ended");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn run_token(config: Config, command: TokenCommand) -> anyhow::Result<ExitCode> {
    let app = open(config).await?;
    let actor = Actor::local();
    match command {
        TokenCommand::Create {
            name,
            role,
            pipeline,
            department,
        } => {
            let (token, secret) = accounts::create_token(
                &app,
                &actor,
                &name,
                roles(&role)?,
                department.into_iter().collect(),
                pipeline,
            )
            .await?;
            println!("{secret}");
            eprintln!(
                "token {} created; it is shown only now. Send it as `Authorization: Bearer TOKEN`.",
                token.name
            );
        }
        TokenCommand::List { json } => {
            let list = accounts::list_tokens(&app, &actor).await?;
            if json {
                print_json(&list)?;
            } else {
                for t in &list {
                    println!(
                        "{:<24} {:<20} {:<16} {}{}",
                        t.name,
                        t.roles
                            .iter()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                        t.pipeline.as_deref().unwrap_or("-"),
                        berlin(t.created_at),
                        if t.revoked { "  (revoked)" } else { "" }
                    );
                }
            }
        }
        TokenCommand::Revoke { name } => {
            accounts::revoke_token(&app, &actor, &name).await?;
            eprintln!("revoked token {name}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
