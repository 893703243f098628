#!/usr/bin/env bash
# Installs Roadshow's .deb as a user would and checks it, then upgrades and purges it: the command on PATH, the
# desktop file, the AppStream metainfo, the file type, a .roadshow file opened through xdg-open under Xvfb (a
# Roadshow window appears), and that nothing is left behind. Run as root on a Debian-like system (CI does).
# Usage: packaging/linux/check-deb.sh target/installer/roadshow_VERSION_ARCH.deb
# Needs: apt-get, xvfb-run, xdotool, xdg-utils, desktop-file-utils, appstream (.ci/run installs them).
set -euo pipefail
deb="$(readlink -f "${1:?usage: check-deb.sh PACKAGE.deb}")"
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../assets/samples/roadshow-sample.roadshow"
export DEBIAN_FRONTEND=noninteractive
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

if dpkg-query -W -f='${Status}' roadshow 2>/dev/null | grep -q installed; then
  fail "roadshow is installed already; remove it first (apt-get purge roadshow)"
fi
defaults=/usr/share/applications/defaults.list
defaults_before="$(cat "$defaults" 2>/dev/null || echo none)"

step "install $deb"
apt-get install -y -qq "$deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "apt-get install"; }
[ "$(command -v roadshow)" = /usr/bin/roadshow ] || fail "roadshow is not on PATH as /usr/bin/roadshow"
version="$(dpkg-query -W -f='${Version}' roadshow)"
roadshow --version | tee "$tmp/version" | grep -q "${version%%-*}" || fail "roadshow --version says $(cat "$tmp/version"), the package is $version"
roadshow validate "$sample" || fail "roadshow validate on the sample"
echo '{"formatVersion": 1, "people": [' > "$tmp/broken.roadshow"
set +e; roadshow validate "$tmp/broken.roadshow" >"$tmp/broken.out" 2>&1; code=$?; set -e
[ "$code" = 1 ] || fail "roadshow validate on a broken file exited $code, not 1"
grep -q broken.roadshow "$tmp/broken.out" || fail "the error does not name the file: $(cat "$tmp/broken.out")"
if roadshow validate "$sample" 2>&1 | grep -qi "Unsupported JavaFX configuration\|warning"; then
  fail "the launcher prints a warning"
fi

step "desktop file, metainfo, file type"
desktop=/usr/share/applications/org.roadshow.Roadshow.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -q '^Exec=roadshow %f$' "$desktop" || fail "the desktop file's Exec does not take a file"
appstreamcli validate --no-net /usr/share/metainfo/org.roadshow.Roadshow.metainfo.xml || fail "appstreamcli validate"
for size in 16 32 48 128 256 512; do
  [ -f "/usr/share/icons/hicolor/${size}x$size/apps/org.roadshow.Roadshow.png" ] || fail "no ${size}px icon"
done
[ "$(xdg-mime query filetype "$sample")" = application/x-roadshow ] || fail "xdg-mime: $(xdg-mime query filetype "$sample")"
[ "$(xdg-mime query default application/x-roadshow)" = org.roadshow.Roadshow.desktop ] \
  || fail "xdg-mime default for application/x-roadshow: '$(xdg-mime query default application/x-roadshow)'"

step "open the sample with xdg-open under Xvfb"
cp "$sample" "$tmp/trips.roadshow"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_STATE_HOME="$tmp/home/state"
mkdir -p "$HOME"
cat > "$tmp/open.sh" <<'EOF'
#!/bin/sh
# opens the file, waits (up to 120 s) for a window named after it, prints its process id
xdg-open "$1" >/dev/null 2>&1 &
window=""
for _ in $(seq 1 240); do
  window=$(xdotool search --onlyvisible --name 'trips' 2>/dev/null | head -1)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || exit 1
echo "window: $(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: //p')"
echo "pid: $(xdotool getwindowpid "$window")"
kill "$(xdotool getwindowpid "$window")"
EOF
chmod 755 "$tmp/open.sh"
xvfb-run -a -s '-screen 0 1280x800x24' "$tmp/open.sh" "$tmp/trips.roadshow" > "$tmp/open.log" 2>&1 \
  || { cat "$tmp/open.log"; fail "no Roadshow window showed trips.roadshow after xdg-open"; }
cat "$tmp/open.log"

step "upgrade to a newer version of the same package"
mkdir "$tmp/next"
dpkg-deb --raw-extract "$deb" "$tmp/next/root"
sed -i "s/^Version: .*/Version: ${version}+check/" "$tmp/next/root/DEBIAN/control"
dpkg-deb --root-owner-group -Znone --build "$tmp/next/root" "$tmp/next/roadshow-next.deb" >/dev/null
apt-get install -y -qq "$tmp/next/roadshow-next.deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "upgrade"; }
[ "$(dpkg-query -W -f='${Version}' roadshow)" = "${version}+check" ] || fail "the upgrade did not install"
roadshow validate "$sample" >/dev/null || fail "roadshow validate after the upgrade"
[ -f "$desktop" ] || fail "the desktop file is gone after the upgrade"

step "purge"
files="$(dpkg-query -L roadshow)"
apt-get purge -y -qq roadshow >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "apt-get purge"; }
left=""
for f in $files; do
  if [ -e "$f" ] || [ -L "$f" ]; then
    case "$f" in /opt/roadshow*|*roadshow*|*Roadshow*) left="$left $f" ;; esac
  fi
done
[ -z "$left" ] || fail "left behind:$left"
[ ! -e /opt/roadshow ] || fail "/opt/roadshow is left behind"
[ "$(cat "$defaults" 2>/dev/null || echo none)" = "$defaults_before" ] || fail "$defaults changed"
if grep -rqs 'roadshow' /usr/share/applications/mimeinfo.cache /usr/share/mime/globs2 /var/lib/dpkg/info/roadshow.list; then
  fail "a cache still names Roadshow"
fi
step "all good: installed, ran, opened a file, upgraded and purged $(basename "$deb")"
