#!/usr/bin/env bash
# Builds Roadshow's native installer with jpackage: a runtime linked by jlink (the JDK's modules Roadshow needs
# plus JavaFX as named modules), a class-data archive made by a training run of the app, and on Linux the desktop
# integration (command on PATH, menu entry, icons, the .roadshow file type, AppStream metainfo).
#
# Usage: packaging/build-installer.sh [--jdk DIR] [--app-version X.Y.Z] [--skip-build] [TYPE]
#   TYPE     deb, rpm, app-image (Linux); msi, exe (Windows); dmg, pkg (macOS). Default: deb, msi or dmg.
#   --jdk    the JDK whose jlink, jpackage and JVM are bundled (default: $JAVA_HOME; else the newest JDK 25+
#            installed beside the javac on PATH, as /usr/lib/jvm/*, else that javac's JDK).
#            JDK 17 to 24: an AppCDS archive (-XX:ArchiveClassesAtExit); JDK 25 and newer: an AOT cache, which
#            starts the installed app markedly sooner (JDK 17's archive is not used once installed, see below).
#   --app-version  the package's version (default: pom.xml's, without -SNAPSHOT).
#   --skip-build   use target/ as it is instead of running mvn package.
# Output: target/installer/ (the package) and target/installer/image/ (the app-image it was made from).
set -euo pipefail
cd "$(dirname "$0")/.."
here=packaging

type="" jdk="${JAVA_HOME:-}" version="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --jdk) jdk="${2:?--jdk needs a folder}"; shift 2 ;;
    --jdk=*) jdk="${1#--jdk=}"; shift ;;
    --app-version) version="${2:?--app-version needs a version}"; shift 2 ;;
    --app-version=*) version="${1#--app-version=}"; shift ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build-installer.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) type="$1"; shift ;;
  esac
done
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) os=windows ;;
esac
if [ -z "$type" ]; then
  case "$os" in linux) type=deb ;; mac) type=dmg ;; *) type=msi ;; esac
fi
case "$os:$type" in
  linux:deb|linux:rpm|linux:app-image|mac:dmg|mac:pkg|mac:app-image|windows:msi|windows:exe|windows:app-image) ;;
  *) echo "build-installer.sh: cannot build '$type' on $os (jpackage builds for the system it runs on)" >&2; exit 2 ;;
esac
if [ -z "$jdk" ] && command -v javac >/dev/null 2>&1; then
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  # the newest JDK 25+ beside it with jlink and jpackage (as app/RuntimeJdk picks for mvn javafx:run)
  best=0
  for other in "$(dirname "$jdk")"/*; do
    [ -f "$other/release" ] && [ -x "$other/bin/jpackage" ] && [ -x "$other/bin/jlink" ] || continue
    f=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$other/release")
    if [ -n "$f" ] && [ "$f" -ge 25 ] && [ "$f" -gt "$best" ]; then best=$f; jdk="$other"; fi
  done
fi

# --- prerequisites: everything missing is named at once, with what to install
missing=()
need() { # need COMMAND-OR-PATH WHAT-TO-INSTALL
  if [ "${1#/}" != "$1" ]; then [ -x "$1" ] || missing+=("$1  ($2)"); else command -v "$1" >/dev/null 2>&1 || missing+=("$1  ($2)"); fi
}
exe=""; [ "$os" = windows ] && exe=.exe
if [ -z "$jdk" ] || [ ! -f "$jdk/release" ]; then
  missing+=("a JDK 17 or newer  (Debian: openjdk-17-jdk; or pass --jdk DIR / set JAVA_HOME)")
else
  for tool in java jlink jmod jar jpackage; do need "$jdk/bin/$tool$exe" "a full JDK 17 or newer, e.g. Debian's openjdk-17-jdk"; done
fi
[ "$build" = 1 ] && need mvn "Maven 3.8+, Debian: maven"
if [ "$os" = linux ]; then
  need objcopy "jlink strips native debug symbols with it; Debian: binutils"
  need xvfb-run "the training run shows the window on a virtual display; Debian: xvfb xauth"
fi
case "$type" in
  deb) need fakeroot "Debian: fakeroot"; need dpkg-deb "Debian: dpkg" ;;
  rpm) need rpmbuild "Debian: rpm; Fedora: rpm-build" ;;
esac
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-installer.sh: missing prerequisites:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  [ "$os" = linux ] && echo "On Debian/Ubuntu: apt-get install openjdk-17-jdk maven binutils fakeroot xvfb xauth" >&2
  exit 1
fi
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
if [ -z "$feature" ] || [ "$feature" -lt 17 ]; then
  echo "build-installer.sh: $jdk is not a JDK 17 or newer (release file says '${feature:-nothing}')" >&2
  exit 1
fi
echo "JDK $feature from $jdk"
if [ "$feature" -lt 25 ] && [ "$type" != app-image ]; then
  # measured: JDK 17's archive is ignored once the app is installed elsewhere than it was trained (2 of 9 classes
  # mapped from /opt/roadshow); JDK 25's AOT cache is used from any folder
  echo "note: JDK $feature's class-data archive works only where the app-image was made, not once installed;" \
       "build with --jdk on a JDK 25 or newer for a faster installed start" >&2
fi

# --- the app: jar and libraries
if [ "$build" = 1 ]; then
  mvn -B -q -DskipTests package
fi
jar=target/roadshow.jar
for f in "$jar" target/lib target/javafx target/classes/org/roadshow/version.properties; do
  [ -e "$f" ] || { echo "build-installer.sh: $f is missing; build first (mvn -DskipTests package)" >&2; exit 1; }
done
if [ -z "$version" ]; then
  # jpackage takes only the numbers: 0.1.0-SNAPSHOT -> 0.1.0
  version=$(sed -n 's/^version=\([0-9][0-9.]*[0-9]\).*/\1/p' target/classes/org/roadshow/version.properties)
  [ -n "$version" ] || { echo "no version in target/classes/org/roadshow/version.properties" >&2; exit 1; }
fi
work=target/installer-work
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/input/lib" "$work/jmods" "$out"
work="$(cd "$work" && pwd)"
out="$(cd "$out" && pwd)"
cp "$jar" "$work/input/"
# JavaFX is in the runtime as modules; its jars on the class path too would only be read for nothing
find target/lib -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/lib/" \;

# --- the runtime: the modules app/RuntimeImage links for mvn javafx:run, plus every locale's formats
modules=$(sed -n '/static final List<String> MODULES = List.of(/,/);/p' src/main/java/org/roadshow/app/RuntimeImage.java \
  | grep -o '"[a-z][a-z.]*"' | tr -d '"' | paste -sd, -)
[ -n "$modules" ] || { echo "build-installer.sh: no module list in app/RuntimeImage.java (MODULES)" >&2; exit 1; }
modules="$modules,jdk.localedata"
# JavaFX's jars from Maven Central as jmods, their native libraries (at the jar's root) as the jmod's libraries;
# the platform-neutral jars (no module-info.class) are empty and skipped
for fxjar in target/javafx/javafx-*.jar; do
  name=$(basename "$fxjar" .jar)
  dir="$work/jmod-$name"
  mkdir -p "$dir/classes" "$dir/libs"
  (cd "$dir/classes" && "$jdk/bin/jar" --extract --file "$OLDPWD/$fxjar")
  [ -f "$dir/classes/module-info.class" ] || { rm -rf "$dir"; continue; }
  rm -rf "$dir/classes/META-INF"
  find "$dir/classes" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} "$dir/libs/" \;
  find "$dir/classes" -maxdepth 1 -name '*.jar' -delete # the SWT bridge in javafx-swing
  module=$(echo "$name" | sed 's/-[0-9].*//' | tr - .)
  "$jdk/bin/jmod" create --class-path "$dir/classes" --libs "$dir/libs" "$work/jmods/$module.jmod"
  rm -rf "$dir"
done
modulepath="$work/jmods"
# JDK 24+ may come without jmods and link from its own run-time image (JEP 493)
[ -d "$jdk/jmods" ] && modulepath="$jdk/jmods${PATHSEP:-:}$modulepath"
[ "$os" = windows ] && modulepath="${modulepath//:/;}"
# --strip-debug keeps line numbers out of stack traces but makes the runtime a third smaller; bin/java stays,
# the AOT training (JDK 25) starts it to write the cache
"$jdk/bin/jlink" --module-path "$modulepath" --add-modules "$modules" --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive --output "$work/runtime"

# --- the app-image
case "$os" in
  linux) app="$out/image/Roadshow"; launcher="$app/bin/Roadshow"; appdir="$app/lib/app"; icon=(--icon "$here/linux/icons/roadshow-256.png") ;;
  mac) app="$out/image/Roadshow.app"; launcher="$app/Contents/MacOS/Roadshow"; appdir="$app/Contents/app"; icon=() ;;
  windows) app="$out/image/Roadshow"; launcher="$app/Roadshow.exe"; appdir="$app/app"; icon=() ;;
esac
# A class-data archive the JVM cannot use (another JVM, changed jars) is ignored without a word (-Xshare:auto;
# the AOT cache's -XX:AOTMode=auto is the default). JDK 24+ warns when JavaFX loads its native libraries or
# calls sun.misc.Unsafe (Marlin), unless allowed. The serial collector and only the quick compiler (C1), as
# mvn javafx:run's JVM (app/ClassDataArchive.DESKTOP_OPTIONS says why).
if [ "$feature" -ge 25 ]; then
  archive=roadshow.aot
  options=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:aot=off -Xlog:class+path=off
           --enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow)
else
  archive=roadshow.jsa
  options=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off)
  [ "$feature" -ge 24 ] && options+=(--enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow)
fi
javaopts=()
for o in "${options[@]}"; do javaopts+=(--java-options "$o"); done
"$jdk/bin/jpackage" --type app-image --name Roadshow --app-version "$version" --vendor Roadshow \
  --description "Conference trip planner" --runtime-image "$work/runtime" --input "$work/input" \
  --main-jar roadshow.jar --main-class org.roadshow.app.Launcher "${icon[@]}" "${javaopts[@]}" --dest "$out/image"
[ "$os" = linux ] && "$here/linux/write-launcher.sh" "$app"

# --- the training run: the app opens the sample project, answers Shortcut+O and quits (app/StartupProbe)
# The class-data archive records each jar's modification time, which must match at run time: fix them (and
# every file's in the package) to one time the package's tar entries keep (SOURCE_DATE_EPOCH clamps dpkg-deb's).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
find "$app" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
home="$work/training-home"
mkdir -p "$home"
if [ "$feature" -ge 25 ]; then
  training=("-XX:AOTCacheOutput=$appdir/$archive") # records, then a second JVM (the runtime's bin/java) writes it
else
  training=("-XX:ArchiveClassesAtExit=$appdir/$archive")
fi
train() { # the launcher with extra JVM options (the launcher takes them from JAVA_TOOL_OPTIONS)
  local display=()
  [ "$os" = linux ] && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" XDG_DATA_HOME="$home/data" \
    JAVA_TOOL_OPTIONS="-Droadshow.startupProbe=true -Djava.util.prefs.userRoot=$home/prefs $*" \
    timeout 300 "${display[@]}" "$launcher" >>"$work/training.log" 2>&1
}
echo "training run (log: $work/training.log)"
if ! train "${training[@]}" || ! grep -q ROADSHOW-BENCH-PROJECT-SHOWN "$work/training.log"; then
  echo "build-installer.sh: the training run did not show the project; see $work/training.log" >&2
  exit 1
fi
if [ ! -s "$appdir/$archive" ]; then
  echo "build-installer.sh: the training run wrote no $archive; see $work/training.log" >&2
  exit 1
fi
touch -d "@$SOURCE_DATE_EPOCH" "$appdir/$archive"
use="-XX:SharedArchiveFile=\$APPDIR/$archive"
[ "$feature" -ge 25 ] && use="-XX:AOTCache=\$APPDIR/$archive"
# the launcher's configuration: one more JVM option in its [JavaOptions] section
sed -i.orig "/^\[JavaOptions\]/a java-options=$use" "$appdir/Roadshow.cfg"
rm -f "$appdir/Roadshow.cfg.orig"
grep -q -- "$use" "$appdir/Roadshow.cfg" || { echo "build-installer.sh: could not name the archive in $appdir/Roadshow.cfg" >&2; exit 1; }
[ "$os" = linux ] && "$here/linux/write-launcher.sh" "$app"
echo "archive: $appdir/$archive ($(du -k "$appdir/$archive" | cut -f1) KB)"
[ "$type" = app-image ] && { echo "app-image: $app"; exit 0; }

# --- the package
args=(--type "$type" --app-image "$app" --name Roadshow --app-version "$version" --vendor Roadshow
      --description "Conference trip planner" --dest "$out")
case "$type" in
  deb) # maintainer scripts of our own (jpackage's fail where xdg tools or menu folders are missing); the desktop
       # files are added below as files of the package, so dpkg owns them and its triggers update the caches
       args+=(--resource-dir "$here/linux/deb" --linux-package-name roadshow --linux-app-category office
              --linux-deb-maintainer roadshow@example.org --linux-package-deps libgtk-3-0) ;;
  rpm) args+=(--linux-package-name roadshow --linux-shortcut --linux-menu-group Office --linux-package-deps gtk3
              --file-associations "$here/roadshow-file.properties") ;;
  msi|exe) args+=(--win-menu --win-shortcut --win-dir-chooser --file-associations "$here/roadshow-file.properties") ;;
  dmg|pkg) args+=(--file-associations "$here/roadshow-file.properties") ;;
esac
if [ "$type" = deb ]; then
  # add-desktop-files.sh rebuilds jpackage's .deb: jpackage's is left uncompressed, so that it is compressed once
  mkdir -p "$work/uncompressed"
  printf '#!/bin/sh\nexec %s -Znone "$@"\n' "$(command -v dpkg-deb)" > "$work/uncompressed/dpkg-deb"
  chmod 755 "$work/uncompressed/dpkg-deb"
  PATH="$work/uncompressed:$PATH" "$jdk/bin/jpackage" "${args[@]}"
else
  "$jdk/bin/jpackage" "${args[@]}"
fi
if [ "$type" = deb ]; then
  "$here/linux/add-desktop-files.sh" "$(ls "$out"/roadshow_*.deb)" "$version"
fi
ls -l "$out"
