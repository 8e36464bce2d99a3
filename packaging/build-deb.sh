#!/usr/bin/env bash
# Wrap an unpacked desktop bundle into a Debian package.
#
#   bash packaging/build-deb.sh BUNDLE_DIR [OUT_DIR]
#
# BUNDLE_DIR is dist/contract-reviewer (for a package that installs on
# Debian 11 and newer, the one packaging/build-oldbase.sh makes); OUT_DIR
# (default: BUNDLE_DIR's parent) receives contract-reviewer_VERSION_amd64.deb.
# Needs dpkg-deb (dpkg 1.19+ for --root-owner-group); no root. Run by hand,
# not by CI (about a minute: gzip over 240 MB; xz would save ~15 %
# for several minutes more on two cores).
#
# The package installs:
#   /opt/contract-reviewer/                    the bundle, unchanged
#   /usr/bin/reviewer                          -> /opt/contract-reviewer/contract-reviewer
#   /usr/share/applications/contract-reviewer.desktop, the icon (SVG and 256 px PNG),
#   /usr/share/mime/packages/contract-reviewer.xml (*.review.json),
#   the man page, bash completion, and /usr/share/doc/contract-reviewer/copyright
#   with every licence notice the bundle carries.
# Depends: the packages of packaging/system-libraries.txt (the libraries the
# bundle links to and does not carry; tests/bundle/test_glibc_floor.py keeps
# that list complete) and libc6 from the glibc floor on.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(realpath "${1:?the unpacked bundle folder (dist/contract-reviewer)}")
OUT=$(realpath "${2:-$(dirname "$BUNDLE")}")
PKG=contract-reviewer
GLIBC_FLOOR=${GLIBC_FLOOR:-2.31}  # what tools/glibc_floor.py reports for the release bundle
MAINTAINER=${DEB_MAINTAINER:-Contract Reviewer maintainers <contract-reviewer@example.org>}
[ -x "$BUNDLE/contract-reviewer" ] || { echo "$BUNDLE holds no contract-reviewer program." >&2; exit 2; }
version=$(cat "$BUNDLE/_internal/VERSION")
debversion=$version-1
stage=$(mktemp -d "${TMPDIR:-/tmp}/$PKG-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
here=$REPO/packaging

# ---- the files -------------------------------------------------------------------
install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/man/man1" \
  "$stage/usr/share/bash-completion/completions" "$stage/usr/share/doc/$PKG" "$stage/DEBIAN"
cp -a "$BUNDLE" "$stage/opt/$PKG"
ln -s "/opt/$PKG/contract-reviewer" "$stage/usr/bin/reviewer"
sed "s|@BIN@|/usr/bin/reviewer|g" "$here/contract-reviewer.desktop" > "$stage/usr/share/applications/$PKG.desktop"
install -m 644 "$here/contract-reviewer.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$PKG.svg"
install -m 644 "$here/contract-reviewer.png" "$stage/usr/share/icons/hicolor/256x256/apps/$PKG.png"
install -m 644 "$here/contract-reviewer-mime.xml" "$stage/usr/share/mime/packages/$PKG.xml"
gzip -9n < "$here/reviewer.1" > "$stage/usr/share/man/man1/reviewer.1.gz"
install -m 644 "$here/completions/reviewer" "$stage/usr/share/bash-completion/completions/reviewer"

# copyright: Debian's machine-readable format; the notices of every dependency
# the bundle carries (resources/licenses, as Help > About shows them) follow
# as the licence texts.
{
  cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Contract Reviewer
Comment: A self-contained desktop bundle (PyInstaller) in /opt/$PKG. It carries
 Python $(ls "$BUNDLE/_internal" | sed -n 's/^libpython\([0-9.]*\)\.so.*/\1/p' | head -1), Qt for Python and the Qt libraries (LGPL-3.0: see the
 PySide6 notice below for how to replace them), the Python packages listed
 below, Tesseract OCR with its language data (Apache-2.0) and the shared
 libraries of the Debian system it was built on (their copyright files are
 those of the Debian packages of the same names).

Files: *
Copyright: Contract Reviewer authors
License: see-notices
 The notices of the components follow.
EOF
  for f in "$BUNDLE"/_internal/resources/licenses/*.txt; do
    echo
    echo "Files: opt/$PKG/_internal/* (component: $(basename "$f" .txt))"
    echo "Copyright: see below"
    echo "License: $(basename "$f" .txt)"
    # A continuation line per line of text; an empty line is " ." in this format.
    sed -e 's/^$/./' -e 's/^/ /' "$f"
  done
} > "$stage/usr/share/doc/$PKG/copyright"
printf '%s (%s) unstable; urgency=medium\n\n  * Desktop bundle %s packaged.\n\n -- %s  %s\n' \
  "$PKG" "$debversion" "$version" "$MAINTAINER" "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
  | gzip -9n > "$stage/usr/share/doc/$PKG/changelog.Debian.gz"

# ---- control, maintainer scripts ----------------------------------------------------
depends="libc6 (>= $GLIBC_FLOOR)"
for p in $(sed 's/#.*//' "$here/system-libraries.txt" | awk 'NF {print $2}' | sort -u); do
  [ "$p" = libc6 ] || depends="$depends, $p"
done
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: $PKG
Version: $debversion
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-noto-cjk
Suggests: xdg-utils
Section: text
Priority: optional
Description: review vendor contracts against a checklist, offline
 Contract Reviewer reads vendor contracts (PDF, DOCX, scanned PDFs through
 the built-in Tesseract OCR; English and Chinese), splits them into clauses
 and judges each item of a YAML checklist as met, vague or missing, with the
 evidence highlighted. Desktop window and command line (reviewer).
 .
 Self-contained: Python, Qt and Tesseract are inside /opt/$PKG.
 fonts-noto-cjk shows Chinese contracts and the Chinese interface.
EOF
# The menu, MIME and icon caches: Debian's desktop-file-utils,
# shared-mime-info and hicolor-icon-theme refresh them by dpkg triggers when
# they are installed; these calls cover systems where the tools exist without
# the triggers (and do nothing when the tools are absent).
for script in postinst postrm; do
  cat > "$stage/DEBIAN/$script" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ] || [ "$1" = remove ] || [ "$1" = purge ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
fi
exit 0
EOF
  chmod 755 "$stage/DEBIAN/$script"
done
# Libraries and Python extensions are loaded, not run: no execute bit.
find "$stage/opt/$PKG" -type f -name '*.so*' -exec chmod 644 {} +
# lintian: what a self-contained bundle in /opt is by design (checked and
# accepted, see docs/install.md); everything else it reports was fixed.
install -d "$stage/usr/share/lintian/overrides"
cat > "$stage/usr/share/lintian/overrides/$PKG" <<EOF
# Add-on software in /opt (FHS 3.13), not part of a distribution.
$PKG: dir-or-file-in-opt *
# The bundle carries its own Python, Qt, Tesseract and their libraries.
$PKG: embedded-library *
# Qt's and the wheels' libraries are shipped as their vendors built them;
# stripping the ones patched with patchelf breaks them (build.spec).
$PKG: unstripped-binary-or-object *
$PKG: shared-library-lacks-prerequisites *
$PKG: library-not-linked-against-libc *
$PKG: hardening-no-pie *
# The licence texts of the bundled components, in full, as their licences ask.
$PKG: copyright-file-contains-full-apache-2-license
$PKG: copyright-file-contains-full-gpl-license
$PKG: old-fsf-address-in-copyright-file
EOF
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  > "$stage/DEBIAN/md5sums"
find "$stage" -type d -exec chmod 755 {} +
chmod -R go-w "$stage"

mkdir -p "$OUT"
deb=$OUT/${PKG}_${debversion}_amd64.deb
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb ($(du -h "$deb" | cut -f1)); Depends: $depends"
