#!/bin/sh
# Remove what install.sh installed for the current user (settings and logs are kept;
# add --purge to remove them and the OCR cache too).
set -eu
[ -n "${HOME:-}" ] && [ -d "$HOME" ] || { echo "HOME (${HOME:-unset}) is missing: set HOME to your home folder." >&2; exit 2; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/contract-reviewer"
[ -L "$HOME/.local/bin/reviewer" ] && rm -f "$HOME/.local/bin/reviewer"
rm -f "$data/applications/contract-reviewer.desktop" "$data/icons/hicolor/scalable/apps/contract-reviewer.svg" \
  "$data/icons/hicolor/256x256/apps/contract-reviewer.png" "$data/mime/packages/contract-reviewer.xml" \
  "$data/man/man1/reviewer.1" "$data/bash-completion/completions/reviewer"
if [ "${1:-}" = "--purge" ]; then
  rm -rf "${XDG_STATE_HOME:-$HOME/.local/state}/contract-reviewer" "${XDG_CACHE_HOME:-$HOME/.cache}/contract-reviewer"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "Contract Reviewer removed."
