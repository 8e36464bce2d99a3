#!/usr/bin/env bash
# Prove the bundle (or the .deb) installs and starts on a fresh Debian root
# that has only what a desktop user has: no Python, no compiler, only the
# system libraries packaging/system-libraries.txt declares.
#
#   sudo bash packaging/try-fresh-root.sh SUITE bundle DIR   # per-user install.sh of an unpacked bundle
#   sudo bash packaging/try-fresh-root.sh SUITE deb FILE     # dpkg -i + apt-get -f install, then dpkg -r
#
# SUITE: bullseye or bookworm. Run by hand, never by CI (root, debootstrap,
# chroot, the Debian mirror). Steps:
#  1. debootstrap SUITE (minbase) once into $OLDBASE/SUITE-fresh, kept
#     pristine; every trial copies it to $OLDBASE/SUITE-try;
#  2. installs the declared runtime packages (bundle mode; the .deb's
#     Depends bring them in deb mode), nothing else;
#  3. installs the app as a user would: install.sh as an ordinary user
#     (bundle), or the .deb as root;
#  4. runs `reviewer --self-test` as that user, and with SCAN_PDF=FILE a
#     review of that scanned PDF (OCR by the bundled Tesseract);
#  5. starts Xvfb on this host (socket bind-mounted into the root), runs the
#     installed desktop entry's Exec line on the sample contract, waits for the
#     window and takes a screenshot: $OLDBASE/screenshot-SUITE-MODE.png;
#  6. uninstalls (uninstall.sh, or dpkg -r) and lists anything left behind.
# A log of every step: $OLDBASE/try-SUITE-MODE.log. Host tools needed:
# debootstrap, Xvfb, xdotool, imagemagick (import).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
OLDBASE=${OLDBASE:-/work/oldbase}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SUITE=${1:?SUITE: bullseye or bookworm}
MODE=${2:?MODE: bundle or deb}
ARTIFACT=$(realpath "${3:?the unpacked bundle folder or the .deb}")
FRESH=$OLDBASE/$SUITE-fresh
TRY=$OLDBASE/$SUITE-try
SHOT=$OLDBASE/screenshot-$SUITE-$MODE.png
LOG=$OLDBASE/try-$SUITE-$MODE.log
DISPLAY_NO=${DISPLAY_NO:-77}
USER_NAME=reviewer-user

[ "$(id -u)" -eq 0 ] || { echo "Run as root." >&2; exit 2; }
for tool in debootstrap Xvfb xdotool import; do
  command -v $tool >/dev/null || { echo "Missing $tool: apt-get install debootstrap xvfb xdotool imagemagick" >&2; exit 2; }
done
exec > >(tee "$LOG") 2>&1
log() { printf '\n== %s\n' "$*"; }

# ---- 1. a pristine root, copied for this trial ----------------------------------
[ -x "$FRESH/usr/bin/apt-get" ] && [ ! -d "$FRESH/debootstrap" ] && touch "$FRESH/.stamp-debootstrap"
if [ ! -f "$FRESH/.stamp-debootstrap" ]; then
  rm -rf "$FRESH"
  log "debootstrap $SUITE into $FRESH"
  debootstrap --variant=minbase "$SUITE" "$FRESH" "$MIRROR" >/dev/null
  touch "$FRESH/.stamp-debootstrap"
fi
for m in "$TRY/tmp/.X11-unix" "$TRY/dev/pts" "$TRY/dev" "$TRY/sys" "$TRY/proc"; do
  mountpoint -q "$m" 2>/dev/null && umount -l "$m"
done
rm -rf "$TRY" && cp -a "$FRESH" "$TRY"
cp /etc/resolv.conf "$TRY/etc/resolv.conf"

xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  for m in "$TRY/tmp/.X11-unix" "$TRY/dev/pts" "$TRY/dev" "$TRY/sys" "$TRY/proc"; do
    mountpoint -q "$m" 2>/dev/null && umount -l "$m" || true
  done
}
trap cleanup EXIT
mount -t proc proc "$TRY/proc"
mount -t sysfs sys "$TRY/sys"
mount --bind /dev "$TRY/dev"
mount -t devpts devpts "$TRY/dev/pts"
as_root() { chroot "$TRY" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 "$@"; }

# ---- 2. what a desktop user has ---------------------------------------------------
runtime=$(sed 's/#.*//' "$REPO/packaging/system-libraries.txt" | awk 'NF {print $2}' | sort -u | tr '\n' ' ')
log "apt-get install in the fresh $SUITE root"
as_root apt-get update -qq
if [ "$MODE" = bundle ]; then
  echo "declared runtime packages: $runtime"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $runtime >/dev/null
fi
for forbidden in python3 gcc; do
  as_root sh -c "command -v $forbidden" && { echo "$forbidden is installed in the trial root"; exit 1; }
done
echo "no python3, no gcc in the root"
as_root useradd -m -s /bin/sh "$USER_NAME"
uid=$(as_root id -u "$USER_NAME"); gid=$(as_root id -g "$USER_NAME")
as_user() { chroot --userspec="$uid:$gid" "$TRY" /usr/bin/env -i HOME=/home/$USER_NAME \
  PATH=/home/$USER_NAME/.local/bin:/usr/bin:/bin LANG=C.UTF-8 USER=$USER_NAME "$@"; }

# ---- 3. install -------------------------------------------------------------------
if [ "$MODE" = bundle ]; then
  log "per-user install (install.sh) as $USER_NAME"
  mkdir -p "$TRY/home/$USER_NAME/Downloads"
  cp -a "$ARTIFACT" "$TRY/home/$USER_NAME/Downloads/contract-reviewer"
  chown -R "$uid:$gid" "$TRY/home/$USER_NAME/Downloads"
  as_user sh /home/$USER_NAME/Downloads/contract-reviewer/_internal/packaging/install.sh
  rm -rf "$TRY/home/$USER_NAME/Downloads/contract-reviewer"
  desktop=/home/$USER_NAME/.local/share/applications/contract-reviewer.desktop
  samples=/home/$USER_NAME/.local/opt/contract-reviewer/_internal/resources/samples
else
  log "dpkg -i $(basename "$ARTIFACT") + apt-get -f install"
  cp "$ARTIFACT" "$TRY/tmp/app.deb"
  as_root dpkg -i /tmp/app.deb || true  # fails on the missing Depends, which -f brings
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends >/dev/null
  as_root dpkg -s contract-reviewer | grep -E '^(Status|Version|Depends)'
  desktop=/usr/share/applications/contract-reviewer.desktop
  samples=/opt/contract-reviewer/_internal/resources/samples
fi
exec_line=$(sed -n 's/^Exec=//p' "$TRY$desktop")
echo "desktop entry: $desktop"
echo "Exec=$exec_line"

# ---- 4. self-test -------------------------------------------------------------------
log "reviewer --self-test as $USER_NAME"
as_user sh -c 'cd && reviewer --self-test' > "$OLDBASE/selftest-$SUITE-$MODE.log" 2>&1 && st=0 || st=$?
grep -cE '^PASS' "$OLDBASE/selftest-$SUITE-$MODE.log" | sed 's/^/PASS lines: /'
grep -E '^FAIL' "$OLDBASE/selftest-$SUITE-$MODE.log" || true
echo "self-test exit code $st"

# ---- 4b. OCR with the bundled Tesseract (SCAN_PDF=a scanned PDF, optional) ------------
if [ -n "${SCAN_PDF:-}" ]; then
  log "OCR: reviewer review $(basename "$SCAN_PDF") as $USER_NAME"
  cp "$SCAN_PDF" "$TRY/tmp/scan.pdf" && chmod 644 "$TRY/tmp/scan.pdf"
  as_user env REVIEWER_OCR_CACHE=off reviewer review /tmp/scan.pdf --quiet || { echo "OCR review failed"; st=1; }
fi

# ---- 5. the window from the desktop entry, on a virtual screen -------------------------
log "desktop entry's Exec line under Xvfb :$DISPLAY_NO"
Xvfb ":$DISPLAY_NO" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$DISPLAY_NO" ] && break; sleep 0.1; done
mkdir -p "$TRY/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$TRY/tmp/.X11-unix"
sample=$samples/acme-rtc-support-terms.pdf
command=${exec_line//%f/$sample}
started=$(date +%s%N)
as_user env DISPLAY=:$DISPLAY_NO sh -c "cd && exec $command" > "$OLDBASE/gui-$SUITE-$MODE.log" 2>&1 &
app_pid=$!
# The window is there when X knows it; then give the review of the sample a
# moment to fill it (the screenshot shows the judged checklist).
if DISPLAY=:$DISPLAY_NO timeout 60 xdotool search --sync --onlyvisible --class reviewer >/dev/null; then
  echo "window mapped after $(( ($(date +%s%N) - started) / 1000000 )) ms"
  sleep 12
  DISPLAY=:$DISPLAY_NO import -window root "$SHOT"
  echo "screenshot: $SHOT"
else
  echo "no window within 60 s"; cat "$OLDBASE/gui-$SUITE-$MODE.log"; gui_failed=1
fi
kill "$app_pid" 2>/dev/null || true  # the bundle's bootloader runs Python in its own process: this is the app
wait "$app_pid" 2>/dev/null || true
umount -l "$TRY/tmp/.X11-unix"
kill "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
echo "app log:"; tail -5 "$OLDBASE/gui-$SUITE-$MODE.log"

# ---- 6. uninstall, and what is left ---------------------------------------------------
log "uninstall"
if [ "$MODE" = bundle ]; then
  # uninstall.sh removes the folder it sits in: run a copy
  as_user sh -c 'cp ~/.local/opt/contract-reviewer/_internal/packaging/uninstall.sh /tmp/uninstall.sh && sh /tmp/uninstall.sh'
  # Kept on purpose: logs (XDG state), the regenerated MIME and desktop caches.
  left=$(cd "$TRY/home/$USER_NAME" && find .local -type f ! -path '.local/state/*' ! -path '.local/share/mime/*' \
    ! -name '*.cache' 2>/dev/null || true)
else
  as_root dpkg -r contract-reviewer
  left=$(cd "$TRY" && { ls -d opt/contract-reviewer usr/bin/reviewer usr/share/applications/contract-reviewer.desktop \
    usr/share/mime/packages/contract-reviewer.xml usr/share/doc/contract-reviewer 2>/dev/null || true; })
  as_root dpkg -P contract-reviewer >/dev/null
fi
if [ -n "$left" ]; then echo "left behind:"; echo "$left"; else echo "nothing left behind"; fi
[ "$st" -eq 0 ] && [ -z "${gui_failed:-}" ] && [ -z "$left" ] && echo "TRIAL PASSED" || { echo "TRIAL FAILED"; exit 1; }
