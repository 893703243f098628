#!/usr/bin/env bash
# Adds Roadshow's desktop integration to the .deb that jpackage made, as files of the package (so dpkg owns
# them, removes them on purge, and its triggers refresh the menu, MIME and icon caches):
#   /usr/bin/roadshow                                   -> /opt/roadshow/bin/Roadshow
#   /usr/share/applications/org.roadshow.Roadshow.desktop
#   /usr/share/icons/hicolor/*/apps/org.roadshow.Roadshow.{png,svg}, .../mimetypes/application-x-roadshow.{png,svg}
#   /usr/share/mime/packages/org.roadshow.Roadshow.xml  (application/x-roadshow, *.roadshow)
#   /usr/share/metainfo/org.roadshow.Roadshow.metainfo.xml
# Usage: add-desktop-files.sh PACKAGE.deb VERSION   (called by build-installer.sh)
set -euo pipefail
deb="$1" version="$2"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(mktemp -d)"
chmod 755 "$root"
trap 'rm -rf "$root"' EXIT
dpkg-deb --raw-extract "$deb" "$root"
app=/opt/roadshow
[ -x "$root$app/bin/Roadshow" ] || { echo "add-desktop-files.sh: $deb has no $app/bin/Roadshow" >&2; exit 1; }

mkdir -p "$root/usr/bin"
ln -s "$app/bin/Roadshow" "$root/usr/bin/roadshow"
# JavaFX names the window's class (WM_CLASS) after the Application class; desktops match the window to its entry by it
wmclass=org.roadshow.app.RoadshowApp
install -D -m 644 /dev/null "$root/usr/share/applications/org.roadshow.Roadshow.desktop"
sed "s/@WMCLASS@/$wmclass/" "$here/org.roadshow.Roadshow.desktop" > "$root/usr/share/applications/org.roadshow.Roadshow.desktop"
install -D -m 644 "$here/org.roadshow.Roadshow.xml" "$root/usr/share/mime/packages/org.roadshow.Roadshow.xml"
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)
install -D -m 644 /dev/null "$root/usr/share/metainfo/org.roadshow.Roadshow.metainfo.xml"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" "$here/org.roadshow.Roadshow.metainfo.xml" \
  > "$root/usr/share/metainfo/org.roadshow.Roadshow.metainfo.xml"
icons="$root/usr/share/icons/hicolor"
for png in "$here"/icons/roadshow-*.png; do
  size=$(basename "$png" .png); size=${size#roadshow-}
  install -D -m 644 "$png" "$icons/${size}x$size/apps/org.roadshow.Roadshow.png"
  install -D -m 644 "$png" "$icons/${size}x$size/mimetypes/application-x-roadshow.png"
done
install -D -m 644 "$here/icons/roadshow.svg" "$icons/scalable/apps/org.roadshow.Roadshow.svg"
install -D -m 644 "$here/icons/roadshow.svg" "$icons/scalable/mimetypes/application-x-roadshow.svg"
find "$root/usr" -type d -exec chmod 755 {} +

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
# DEB_COMPRESSION=gzip builds faster than the default xz (a third larger)
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$deb" >/dev/null
