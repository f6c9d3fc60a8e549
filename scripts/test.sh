#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, unit and integration tests (real Tesseract,
# SQLite and PostgreSQL, inotify, the real binary), and robustness sweeps over
# ../shared/corpus when present.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
echo "== PostgreSQL: store, intake, exactly-once, crash, integrity and access tests again"
# Each test process starts a throwaway cluster (initdb as the postgres user, socket only).
MAILROOM_TEST_DB=postgres cargo test --lib store::
MAILROOM_TEST_DB=postgres cargo test --test postgres_store --test exactly_once \
  --test integrity --test scanner_intake --test http_uploads --test email_intake \
  --test http_access --test routing --test cli
echo "== corpus sweeps"
if [ -d ../shared/corpus ]; then
  cargo test --test corpus_sweep -- --ignored --nocapture
  cargo test --test einvoice_corpus -- --ignored --nocapture
  # Readers checked against the expected outputs that come with public samples.
  cargo test --lib corpus_ -- --ignored --nocapture
else
  echo "SKIPPED: ../shared/corpus not found; robustness sweeps not run"
fi
echo "== all tests passed"
