//! `mailroom init DIR`

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use super::output::print_json;
use crate::config::init_instance;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder for the new instance (created if missing).
    dir: PathBuf,
    /// Overwrite existing configuration files.
    #[arg(long)]
    force: bool,
    /// Print the created paths as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let paths = init_instance(&args.dir, args.force)
        .with_context(|| format!("creating an instance in {}", args.dir.display()))?;
    if args.json {
        print_json(&paths)?;
    } else {
        println!("Created a mailroom instance:");
        println!("  configuration:  {}", paths.config.display());
        println!("  pipeline:       {}", paths.pipeline.display());
        println!("  drop folder:    {}", paths.drop_folder.display());
        println!("  data:           {}", paths.data_dir.display());
        println!("  quarantine:     {}", paths.quarantine_dir.display());
        println!();
        println!(
            "Start it with:   mailroom --config {} run",
            paths.config.display()
        );
        println!(
            "Then drop PDF/TIFF/PNG/JPEG scans into {}",
            paths.drop_folder.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
