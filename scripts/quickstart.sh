#!/usr/bin/env bash
# Quick start: installs what is needed, builds mailroom, creates an instance in ./instance
# (once) and runs the daemon on it. Drop scans into the folder it prints; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cargo build --release --bin mailroom
instance="${MAILROOM_INSTANCE:-instance}"
if [ ! -f "$instance/config/mailroom.toml" ]; then
  ./target/release/mailroom init "$instance"
fi
exec ./target/release/mailroom --config "$instance/config/mailroom.toml" run
