#!/bin/sh
# Install Contract Reviewer for the current user, no root needed.
#   sh install.sh [BUNDLE_DIR]      BUNDLE_DIR: the unpacked bundle (holds ./contract-reviewer or ./reviewer);
#                                   default: the bundle this script sits in (_internal/packaging/..)
# Puts the bundle in ~/.local/opt/contract-reviewer, `reviewer` in ~/.local/bin, the
# menu entry, icon, MIME type ("Open with Contract Reviewer" for PDF/DOCX and
# *.review.json), man page and bash completion under ~/.local/share.
# uninstall.sh removes exactly what this installs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$(dirname "$(dirname "$here")")}
if [ -x "$bundle/contract-reviewer" ]; then exe=contract-reviewer
elif [ -x "$bundle/reviewer" ]; then exe=reviewer
else echo "No 'reviewer' program in $bundle: give the unpacked bundle's folder." >&2; exit 2; fi
[ -n "${HOME:-}" ] && [ -d "$HOME" ] && [ -w "$HOME" ] || { echo "HOME (${HOME:-unset}) is missing or not writable: set HOME to your home folder." >&2; exit 2; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/contract-reviewer
bin=$HOME/.local/bin
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps" \
  "$data/mime/packages" "$data/man/man1" "$data/bash-completion/completions"
if [ "$(cd "$bundle" && pwd)" != "$opt" ]; then
  rm -rf "$opt.new" && cp -R "$bundle" "$opt.new" && rm -rf "$opt" && mv "$opt.new" "$opt"
fi
ln -sf "$opt/$exe" "$bin/reviewer"
sed "s|@BIN@|$opt/$exe|g" "$here/contract-reviewer.desktop" > "$data/applications/contract-reviewer.desktop"
cp "$here/contract-reviewer.svg" "$data/icons/hicolor/scalable/apps/contract-reviewer.svg"
[ -f "$here/contract-reviewer.png" ] && cp "$here/contract-reviewer.png" "$data/icons/hicolor/256x256/apps/contract-reviewer.png"
cp "$here/contract-reviewer-mime.xml" "$data/mime/packages/contract-reviewer.xml"
[ -f "$here/reviewer.1" ] && cp "$here/reviewer.1" "$data/man/man1/reviewer.1"
[ -f "$here/completions/reviewer" ] && cp "$here/completions/reviewer" "$data/bash-completion/completions/reviewer"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
echo "Installed Contract Reviewer in $opt; start it from the menu or with $bin/reviewer."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Add $bin to PATH to run 'reviewer' from a terminal." ;; esac
