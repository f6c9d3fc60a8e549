#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, unit and integration tests (real Tesseract,
# SQLite, inotify, the real binary), and robustness sweeps over ../shared/corpus when present.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
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
