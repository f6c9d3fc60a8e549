#!/usr/bin/env bash
# Quick start: installs what is needed, builds mailroom, creates an instance in ./instance
# (once) with a first account for the web interface, and runs the daemon on it. Drop scans
# into the folder it prints, open the URL it prints; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cargo build --release --bin mailroom
instance="${MAILROOM_INSTANCE:-instance}"
if [ ! -f "$instance/config/mailroom.toml" ]; then
  ./target/release/mailroom init "$instance"
fi
mailroom=(./target/release/mailroom --config "$instance/config/mailroom.toml")
# The first account (mail room, operator, admin) with a random password, kept in a file only
# its owner can read; more accounts: `mailroom user add` or the Konten page.
password_file="$instance/erstes-passwort.txt"
if [ "$("${mailroom[@]}" user list --json)" = "[]" ]; then
  password="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
  (umask 077; printf '%s\n' "$password" > "$password_file")
  printf '%s\n' "$password" | "${mailroom[@]}" user add admin --role mailroom --role operator \
    --role admin --password-stdin
fi
if [ -f "$password_file" ]; then
  echo "mailroom: web interface login: admin / $(cat "$password_file") (from $password_file;"
  echo "          change it with: mailroom user passwd admin --password-stdin, then delete the file)"
fi
exec "${mailroom[@]}" run
