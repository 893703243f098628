#!/usr/bin/env bash
# Replaces the app-image's native launcher (bin/Roadshow) with a shell launcher that starts the bundled runtime's
# java with the options and class path of jpackage's lib/app/Roadshow.cfg. jpackage's Linux launcher asks rpm and
# dpkg which package owns it on every start, twice (`rpm -qf`, `dpkg -S`): some 250 ms before Java even starts on a
# quiet machine with 800 packages, more on a desktop with thousands. Debian's own Java packages start this way.
# Usage: write-launcher.sh APP-IMAGE   (called by build-installer.sh; run again after the cfg changes)
set -euo pipefail
app="$1"
cfg="$app/lib/app/Roadshow.cfg"
[ -f "$cfg" ] || { echo "write-launcher.sh: no $cfg" >&2; exit 1; }
main="" classpath="" options=()
while IFS= read -r line; do
  case "$line" in
    app.mainclass=*) main="${line#app.mainclass=}" ;;
    app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
[ -n "$main" ] && [ -n "$classpath" ] || { echo "write-launcher.sh: $cfg names no main class or class path" >&2; exit 1; }
quote() { # a double-quoted shell word in which only $APPDIR expands
  case "$1" in *[\"\`\\]*|*'$'[!A]*) echo "write-launcher.sh: cannot quote '$1' from $cfg" >&2; exit 1 ;; esac
  printf ' "%s"' "$1"
}
{
  echo '#!/bin/sh'
  echo "# Roadshow's launcher, written by packaging/linux/write-launcher.sh from lib/app/Roadshow.cfg."
  echo 'self=$(readlink -f "$0")'
  echo 'root=${self%/bin/*}'
  echo 'APPDIR=$root/lib/app'
  printf 'exec "$root/lib/runtime/bin/java"'
  for o in "${options[@]}"; do quote "$o"; done
  printf ' -cp'; quote "$classpath"
  printf ' %s "$@"\n' "$main"
} > "$app/bin/Roadshow.new"
chmod 755 "$app/bin/Roadshow.new"
mv "$app/bin/Roadshow.new" "$app/bin/Roadshow"
# only the native launcher loads it
rm -f "$app/lib/libapplauncher.so"
