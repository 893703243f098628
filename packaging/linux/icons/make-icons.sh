#!/usr/bin/env bash
# Renders roadshow.svg to the PNG sizes the installer ships (checked in, so a build needs no SVG renderer).
# Run after changing the SVG; needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" roadshow.svg -o "roadshow-$size.png"
done
