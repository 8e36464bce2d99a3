#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (Python 3.11, root, apt and PyPI
# reachable). Idempotent: the second run only checks stamps and starts.
#
#   bash dev.sh app     set everything up and open the app on the sample contract
#   bash dev.sh test    set everything up; ruff, the import contracts, mypy and the whole test suite
#   bash dev.sh setup   set everything up only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=$ROOT/.venv
PY=${PYTHON:-python3}

# Debian libraries Qt's xcb/offscreen platforms load, a virtual screen for
# screenshots, CJK fonts for Chinese contracts and reports (Liberation Sans and
# WenQuanYi are embedded in the PDF report), poppler for
# rendering PDFs to PNG, Tesseract with English and Chinese for scanned pages.
DEB_PACKAGES="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libglib2.0-0 xvfb xauth
  fonts-noto-cjk fonts-wqy-microhei fonts-liberation2 fonts-dejavu-core poppler-utils
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd"
# The tests also open exports in LibreOffice (headless, no GUI packages):
# workbooks printed to PDF, vendor answers saved by LibreOffice re-imported.
TEST_DEB_PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui"

need_debs() {
  local missing=()
  for p in $DEB_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
  echo "${missing[@]:-}"
}

setup_debs() {
  local missing; missing=$(need_debs)
  [ -z "${missing// }" ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "Missing system packages ($missing) and no apt-get: install them by hand." >&2; return 1
  fi
  local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "Installing Debian packages: $missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq ${APT_OPTS:-} $missing >/dev/null
}

setup_venv() {
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  local stamp="$VENV/.dev-stamp" want
  local extras="dev,bundle,train"
  want=$( (cat pyproject.toml; echo "$extras") | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # [bundle] brings PyInstaller: CI builds the desktop bundle and runs its
    # self-test (tests/bundle, marked slow, about a minute). [train] brings
    # scikit-learn: a slow test retrains the relevance model and compares it
    # with the shipped one (tests/analysis/test_model_reproducible.py).
    "$VENV/bin/python" -m pip install -q -e ".[$extras]"
    echo "$want" > "$stamp"
  fi
}

setup() { setup_debs; setup_venv; }

cmd=${1:-app}; shift || true
case "$cmd" in
  setup) setup ;;
  app)
    setup
    sample=${1:-resources/samples/acme-rtc-support-terms.pdf}
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting the app on a virtual screen (Xvfb); press Ctrl+C to stop it."
      echo "To see it, run this on a desktop, or make a screenshot:"
      echo "  .venv/bin/reviewer gui $sample --screenshot review.png"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/reviewer" gui "$sample"
    fi
    exec "$VENV/bin/reviewer" gui "$sample"
    ;;
  test)
    setup
    DEB_PACKAGES=$TEST_DEB_PACKAGES APT_OPTS=--no-install-recommends setup_debs
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/ruff" check reviewer tests benchmarks tools
    "$VENV/bin/lint-imports"
    "$VENV/bin/mypy"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *) echo "usage: bash dev.sh [app|test|setup]" >&2; exit 2 ;;
esac
