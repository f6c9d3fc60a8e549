#!/usr/bin/env bash
# Installs the system packages mailroom needs to build, run and test (Debian 12).
# Safe to run repeatedly. Uses sudo when not run as root.
set -euo pipefail

packages=(
  # OCR: the Tesseract library and its German and English models (+ orientation data)
  tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd
  libtesseract-dev libleptonica-dev pkg-config
  # JPEG pages are decoded with libjpeg-turbo, as leptonica (the tesseract CLI) decodes them
  libturbojpeg0-dev
  # C toolchain for crates with C parts
  build-essential
  # pdftoppm: renders PDF pages whose images mailroom does not decode itself (JBIG2, JPX);
  # pdftotext/pdffonts/pdfinfo and qpdf check archive copies in the tests
  poppler-utils qpdf
  # font the test-data generator renders letters with
  fonts-dejavu-core
  # the mail tests run a throwaway Dovecot and make TLS certificates with openssl
  dovecot-imapd openssl
  # the routing tests receive department notifications with a throwaway SMTP server
  python3-aiosmtpd
  # the login tests run a throwaway OpenLDAP directory (slapd) and fill it with ldapadd
  slapd ldap-utils
  # the store, queue and crash tests also run against a throwaway PostgreSQL cluster (initdb)
  postgresql
  # the API tests check the OpenAPI document with tools from PyPI, in a venv of their own
  python3-venv
  # the web interface is tested in a real browser over WebDriver; axe-core comes from npm
  chromium chromium-driver
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    echo "setup: not root and no sudo; install these packages yourself: ${packages[*]}" >&2
    exit 1
  fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "setup: cargo not found. Install Rust (https://rustup.rs), then run this again." >&2
  exit 1
fi

# The OpenAPI document is validated (openapi-spec-validator) and fuzzed (schemathesis) by
# tests/openapi.rs, with both from PyPI in target/py (outside the source tree, like a build).
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "$root/target/py/bin/schemathesis" ]; then
  echo "setup: installing schemathesis and openapi-spec-validator into target/py"
  mkdir -p "$root/target"
  python3 -m venv "$root/target/py"
  "$root/target/py/bin/pip" install --quiet --disable-pip-version-check \
    "schemathesis>=4.3,<5" "openapi-spec-validator>=0.7,<0.8"
fi

# axe-core, injected into every page by the browser tests (tests/web_browser.rs), from npm
# into target/npm (outside the source tree, like a build).
if [ ! -f "$root/target/npm/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null; then
    echo "setup: installing npm"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm
  fi
  echo "setup: installing axe-core into target/npm"
  mkdir -p "$root/target/npm"
  npm install --silent --no-audit --no-fund --prefix "$root/target/npm" "axe-core@4" >/dev/null
fi
