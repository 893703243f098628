#!/usr/bin/env bash
# Builds a native installer with jpackage (bundled runtime, .roadshow file association).
# Usage: packaging/build-installer.sh [deb|rpm|msi|exe|dmg|pkg|app-image]
# The type defaults to what suits the current system; build on the system you target.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-}"
if [ -z "$type" ]; then
  case "$(uname -s)" in
    Linux) type=deb ;;
    Darwin) type=dmg ;;
    *) type=msi ;;
  esac
fi
mvn -B -q -DskipTests package
input=target/installer-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/roadshow.jar "$input/"
cp -r target/lib "$input/lib"
# the version pom.xml gives, as the build wrote it for the app; jpackage takes only its numbers (0.1.0-SNAPSHOT -> 0.1.0)
version=$(sed -n 's/^version=\([0-9][0-9.]*\).*/\1/p' target/classes/org/roadshow/version.properties)
if [ -z "$version" ]; then
  echo "no version in target/classes/org/roadshow/version.properties" >&2
  exit 1
fi
args=(--type "$type" --name Roadshow --app-version "$version" --vendor Roadshow
      --description "Conference trip planner" --input "$input" --main-jar roadshow.jar
      --main-class org.roadshow.app.Launcher --dest target/installer)
if [ "$type" != app-image ]; then
  args+=(--file-associations packaging/roadshow-file.properties)
fi
case "$type" in
  deb) args+=(--linux-shortcut --linux-menu-group Office --linux-package-deps libgtk-3-0) ;;
  rpm) args+=(--linux-shortcut --linux-menu-group Office --linux-package-deps gtk3) ;;
  msi|exe) args+=(--win-menu --win-shortcut --win-dir-chooser) ;;
esac
jpackage "${args[@]}"
ls -l target/installer
