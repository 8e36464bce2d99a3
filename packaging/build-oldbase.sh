#!/usr/bin/env bash
# Build the desktop bundle on Debian 11 (bullseye, glibc 2.31) so it runs on
# glibc 2.31 and newer, not only on the build machine's Debian 12 (2.36).
#
#   sudo bash packaging/build-oldbase.sh [OUT_DIR]
#
# Run by hand, never by CI: it needs root (debootstrap, chroot, mounts), the
# Debian mirror, PyPI, ~4 GB of disk and 10-20 minutes on two cores the first
# time (most of it compiling CPython); a second run reuses everything and
# only re-copies the source and rebuilds the bundle (~2 minutes).
#
# What it does, each step skipped when its stamp says it is done:
#  1. debootstrap a bullseye root (minbase) in $OLDBASE/bullseye-build;
#  2. apt there: compilers and headers for CPython, binutils (the spec's
#     readelf/strip), the X/GL/font libraries Qt's xcb plugin links to (so
#     PyInstaller finds and bundles bullseye's copies), Tesseract 4.1 with
#     English, Chinese and orientation data (the spec bundles the data);
#  3b. Tesseract 5.3 built from Debian 12's source, which the spec bundles
#     in place of bullseye's 4.1 (4.1 reads Chinese scans worse); TESSERACT5=0
#     skips it and bundles 4.1;
#  3. CPython 3.11 (bullseye has 3.9): the upstream tarball inside Debian
#     12's python3.11 source package, fetched with apt-get source on this
#     host (a private apt list, the host's configuration is not touched),
#     built in the chroot with --enable-shared (PyInstaller needs libpython)
#     into /opt/python3.11;
#  4. a venv there with the project's dependencies and [bundle] extra from
#     PyPI (the pins of pyproject.toml, except Qt for Python: 6.9, the last
#     series with manylinux_2_28 wheels; see QT_PIN below);
#  5. PyInstaller with the repository's build.spec, the bundle's self-test
#     inside the chroot, and the highest GLIBC_ symbol version any of its
#     ELF files needs (tools/glibc_floor.py);
#  6. the bundle copied to OUT_DIR (default $OLDBASE/dist/contract-reviewer)
#     and a tarball beside it: contract-reviewer-VERSION-linux-x86_64.tar.gz.
#
# TESSERACT5 (default 1): 1 bundles Tesseract 5.3 compiled in the root (the
# first compile takes ~25 minutes on two cores), 0 bullseye's 4.1.1. Step 5
# checks that the bundled program is the one asked for.
# OLDBASE (default /work/oldbase) holds the root and the results; keep it out
# of the repository. The source copied in is the working tree's tracked and
# untracked-but-not-ignored files (uncommitted edits included).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
OLDBASE=${OLDBASE:-/work/oldbase}
ROOT=$OLDBASE/bullseye-build
OUT=${1:-$OLDBASE/dist/contract-reviewer}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY=${SECURITY:-http://deb.debian.org/debian-security}
PYVER_SERIES=3.11
PYPREFIX=/opt/python$PYVER_SERIES
TESSERACT5=${TESSERACT5:-1}
case $TESSERACT5 in 0|1) ;; *) echo "TESSERACT5 is 1 (Tesseract 5.3, the default) or 0 (4.1)" >&2; exit 2 ;; esac

log() { printf '\n== %s\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "Run as root (debootstrap, chroot and mounts need it)." >&2; exit 2; }
case "$REPO/" in "$OLDBASE"/*) echo "OLDBASE must not be the repository" >&2; exit 2 ;; esac
case "$OLDBASE/" in "$REPO"/*) echo "OLDBASE ($OLDBASE) is inside the repository: put it elsewhere." >&2; exit 2 ;; esac
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null

# ---- 1. the root -----------------------------------------------------------
mkdir -p "$OLDBASE"
# A finished debootstrap removes its work folder: a root made before the
# stamp existed (or by hand) is taken as it is.
[ -x "$ROOT/usr/bin/apt-get" ] && [ ! -d "$ROOT/debootstrap" ] && touch "$ROOT/.stamp-debootstrap"
if [ ! -f "$ROOT/.stamp-debootstrap" ]; then
  rm -rf "$ROOT"  # an interrupted debootstrap cannot be resumed
  log "debootstrap bullseye into $ROOT"
  debootstrap --variant=minbase bullseye "$ROOT" "$MIRROR"
  touch "$ROOT/.stamp-debootstrap"
fi
cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bullseye main
deb $MIRROR bullseye-updates main
deb $SECURITY bullseye-security main
EOF
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# pip in the root trusts what this host trusts (a network whose proxy
# re-signs TLS has its CA in the host's bundle, not in bullseye's).
cp "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT/etc/host-ca-bundle.crt"

mounted=()
mount_in() {  # bind the host's /proc, /sys, /dev into the root while this script runs
  for d in proc sys dev dev/pts; do
    if ! mountpoint -q "$ROOT/$d"; then
      case $d in
        proc) mount -t proc proc "$ROOT/proc" ;;
        sys) mount -t sysfs sys "$ROOT/sys" ;;
        dev) mount --bind /dev "$ROOT/dev" ;;
        dev/pts) mount -t devpts devpts "$ROOT/dev/pts" ;;
      esac
      mounted=("$ROOT/$d" "${mounted[@]}")
    fi
  done
}
unmount_all() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap unmount_all EXIT
mount_in
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
  LANG=C.UTF-8 PIP_CERT=/etc/host-ca-bundle.crt SSL_CERT_FILE=/etc/host-ca-bundle.crt \
  PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"; }

# ---- 2. packages -------------------------------------------------------------
BUILD_DEBS="build-essential pkg-config ca-certificates xz-utils git
  libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev libsqlite3-dev uuid-dev libreadline-dev
  libgdbm-dev libncursesw5-dev binutils patchelf"
# What Qt's xcb/offscreen platforms link to: PyInstaller bundles bullseye's
# copies of those it does not leave to the system (its exclude list keeps
# libGL/libEGL and the C library out).
QT_DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 libglib2.0-0 fonts-dejavu-core"
OCR_DEBS="tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd"
want=$(echo $BUILD_DEBS $QT_DEBS $OCR_DEBS | sha256sum | cut -c1-16)
if [ "$(cat "$ROOT/.stamp-debs" 2>/dev/null)" != "$want" ]; then
  log "apt-get install in the root"
  in_root apt-get update -qq
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $BUILD_DEBS $QT_DEBS $OCR_DEBS >/dev/null
  echo "$want" > "$ROOT/.stamp-debs"
fi

# ---- 3. CPython 3.11 ---------------------------------------------------------
if [ ! -x "$ROOT$PYPREFIX/bin/python$PYVER_SERIES" ]; then
  src=$OLDBASE/src
  mkdir -p "$src/lists/partial" "$src/archives/partial"
  if ! ls "$src"/python3.11_*.orig.tar.* >/dev/null 2>&1; then
    log "fetching the CPython $PYVER_SERIES source (Debian 12's python3.11 source package)"
    echo "deb-src $MIRROR bookworm main" > "$src/sources.list"
    apt_src=(-o Dir::Etc::SourceList="$src/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o Dir::State::Lists="$src/lists" -o Dir::Cache::Archives="$src/archives")
    apt-get "${apt_src[@]}" update -qq
    (cd "$src" && apt-get "${apt_src[@]}" source --download-only python3.11)
  fi
  tarball=$(ls "$src"/python3.11_*.orig.tar.* | sort | tail -1)
  log "building CPython from $(basename "$tarball") in the root"
  rm -rf "$ROOT/opt/src/python" && mkdir -p "$ROOT/opt/src/python"
  tar -xf "$tarball" -C "$ROOT/opt/src/python" --strip-components=1
  # No --enable-optimizations: PGO triples the build time on two cores for a
  # GUI app whose time goes into Qt and PDF parsing, not the interpreter.
  in_root bash -c "cd /opt/src/python && ./configure -q --prefix=$PYPREFIX --enable-shared \
      LDFLAGS=-Wl,-rpath,$PYPREFIX/lib && make -s -j$(nproc) && make -s install" > "$OLDBASE/python-build.log" 2>&1 \
    || { tail -30 "$OLDBASE/python-build.log"; exit 1; }
  in_root "$PYPREFIX/bin/python$PYVER_SERIES" -c 'import ssl, sqlite3, lzma, bz2, ctypes, zlib; print("CPython ok")'
fi

# ---- 3b. Tesseract 5 ------------------------------------------------------------
# The default (TESSERACT5=0 opts out): bullseye's Tesseract is 4.1.1, and with
# the same language data it reads the generated Chinese scans with twice the
# character error of 5.3 and agrees with the born-digital review on fewer
# items; English is the same, and 5.3 is faster (docs/install.md,
# benchmarks/bench_ocr.py). Debian 12's tesseract source (5.3) configures and
# compiles against bullseye's Leptonica 1.79 into /usr/local, where
# build.spec's shutil.which("tesseract") finds it first; the data stay
# bullseye's packages. The compile took ~25 minutes on two shared cores.
if [ "$TESSERACT5" = 1 ] && [ ! -x "$ROOT/usr/local/bin/tesseract" ]; then
  src=$OLDBASE/src
  if ! ls "$src"/tesseract_5*.orig.tar.* >/dev/null 2>&1; then
    log "fetching the Tesseract 5 source (Debian 12's tesseract source package)"
    mkdir -p "$src/lists/partial" "$src/archives/partial"
    echo "deb-src $MIRROR bookworm main" > "$src/sources.list"
    apt_src=(-o Dir::Etc::SourceList="$src/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o Dir::State::Lists="$src/lists" -o Dir::Cache::Archives="$src/archives")
    apt-get "${apt_src[@]}" update -qq
    (cd "$src" && apt-get "${apt_src[@]}" source --download-only tesseract)
  fi
  tarball=$(ls "$src"/tesseract_5*.orig.tar.* | sort | tail -1)
  log "building Tesseract from $(basename "$tarball") in the root"
  in_root apt-get update -qq
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    automake autoconf libtool libleptonica-dev >/dev/null
  rm -rf "$ROOT/opt/src/tesseract" && mkdir -p "$ROOT/opt/src/tesseract"
  tar -xf "$tarball" -C "$ROOT/opt/src/tesseract" --strip-components=1
  # No training tools, no OpenMP (ocr.py runs one single-threaded process per
  # page, as many as there are cores), no curl or libarchive (it reads plain
  # local files only). install-strip: with the default -g, libtesseract.so.5
  # is 74 MB of mostly debug information; stripped, 3.4 MB (4.1's is 3.4 MB).
  in_root bash -c "cd /opt/src/tesseract && ./autogen.sh && ./configure -q --prefix=/usr/local \
      --disable-openmp --disable-doc --without-curl --without-archive && make -s -j$(nproc) && make -s install-strip \
      && ldconfig" > "$OLDBASE/tesseract-build.log" 2>&1 || { tail -30 "$OLDBASE/tesseract-build.log"; exit 1; }
  in_root /usr/local/bin/tesseract --version | head -1
fi

# ---- 4. the source and the venv ------------------------------------------------
log "copying the source into the root"
rm -rf "$ROOT/opt/reviewer" && mkdir -p "$ROOT/opt/reviewer"
(cd "$REPO" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - --no-recursion) \
  | tar -xf - -C "$ROOT/opt/reviewer"
# Qt for Python 6.10 and later publish manylinux_2_34 wheels only (built on
# RHEL 9: glibc 2.34); 6.9 is the last series on manylinux_2_28. pyproject
# pins 6.11 for development; the release bundle takes 6.9 instead, which
# pip installs on bullseye, and the self-test below and the GUI suite
# (docs/install.md) check the app with it. Everything else keeps the pins.
QT_PIN="PySide6-Essentials==6.9.3 shiboken6==6.9.3"
want=$( (cat "$REPO/pyproject.toml"; echo "$QT_PIN") | sha256sum | cut -c1-16)
if [ "$(cat "$ROOT/opt/venv/.stamp" 2>/dev/null)" != "$want" ]; then
  log "venv with the project's pinned packages ($QT_PIN) and PyInstaller"
  rm -rf "$ROOT/opt/venv"
  in_root "$PYPREFIX/bin/python$PYVER_SERIES" -m venv /opt/venv
  in_root /opt/venv/bin/python -m pip install -q --upgrade pip
  # pyproject's dependencies and [bundle] extra, Qt for Python replaced.
  in_root /opt/venv/bin/python - <<'PY'
import tomllib
project = tomllib.load(open("/opt/reviewer/pyproject.toml", "rb"))["project"]
reqs = [r for r in project["dependencies"] + project["optional-dependencies"]["bundle"]
        if not r.lower().startswith(("pyside6", "shiboken6"))]
open("/opt/requirements-oldbase.txt", "w").write("\n".join(reqs) + "\n")
PY
  in_root /opt/venv/bin/python -m pip install -q -r /opt/requirements-oldbase.txt $QT_PIN
  # Editable, without dependencies: PyInstaller imports the package from
  # /opt/reviewer, which every run refreshes.
  in_root /opt/venv/bin/python -m pip install -q --no-deps -e /opt/reviewer
  echo "$want" > "$ROOT/opt/venv/.stamp"
fi

# ---- 5. build, self-test, glibc floor --------------------------------------------
log "PyInstaller (build.spec)"
# build.spec bundles the first tesseract on PATH: /usr/local/bin's 5.3 when
# built, else bullseye's 4.1 in /usr/bin; TESSERACT5=0 leaves /usr/local/bin
# out so a root that has 5.3 from an earlier run still bundles 4.1.
spec_path=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
[ "$TESSERACT5" = 1 ] || spec_path=/usr/bin:/bin:/usr/sbin:/sbin
in_root bash -c "export PATH=$spec_path; cd /opt/reviewer && /opt/venv/bin/python -m PyInstaller \
  --noconfirm --log-level WARN --distpath /opt/dist --workpath /opt/work build.spec"
# CPython was linked with RUNPATH $PYPREFIX/lib (so the build root's python
# finds its libpython); in the bundle that path would point at whatever a
# user's machine has there. The bundle's bootloader finds libpython and the
# extensions find it already loaded: drop the RUNPATH.
in_root bash -c "cd /opt/dist/contract-reviewer/_internal && for f in \$(find . -name '*.so*' -type f); do
  [ \"\$(patchelf --print-rpath \$f 2>/dev/null)\" = $PYPREFIX/lib ] && patchelf --remove-rpath \$f; done; true"
log "self-test in the build root"
in_root bash -c "cd /tmp && HOME=/tmp/selftest-home REVIEWER_DATA_DIR=/tmp/selftest-data \
  /opt/dist/contract-reviewer/contract-reviewer --self-test" | tee "$OLDBASE/selftest-build.log" | tail -5
log "the bundled Tesseract"
# Run as reviewer/ingest/ocr.py runs it: the bundle's libraries first.
tess_version=$(in_root env LD_LIBRARY_PATH=/opt/dist/contract-reviewer/_internal \
  /opt/dist/contract-reviewer/_internal/ocr/bin/tesseract --version 2>&1 | sed -n 1p)
echo "$tess_version"
want_major=$([ "$TESSERACT5" = 1 ] && echo 5 || echo 4)
case $tess_version in
  "tesseract $want_major."*) ;;
  *) echo "The bundle's Tesseract is '$tess_version', not $want_major.x (TESSERACT5=$TESSERACT5)" >&2; exit 1 ;;
esac
log "glibc floor"
in_root /opt/venv/bin/python /opt/reviewer/tools/glibc_floor.py /opt/dist/contract-reviewer --max "${GLIBC_MAX:-2.31}"

# ---- 6. results --------------------------------------------------------------------
version=$(cat "$ROOT/opt/dist/contract-reviewer/_internal/VERSION")
mkdir -p "$(dirname "$OUT")"
rm -rf "$OUT" && cp -a "$ROOT/opt/dist/contract-reviewer" "$OUT"
tarball=$(dirname "$OUT")/contract-reviewer-$version-linux-x86_64.tar.gz
tar -C "$(dirname "$OUT")" -czf "$tarball" "$(basename "$OUT")"
log "done: $OUT ($(du -sh "$OUT" | cut -f1)), $tarball ($(du -sh "$tarball" | cut -f1))"
