#!/usr/bin/env bash
# Makes every raster of the icon from backprop-studio.svg; run after changing the drawing, commit the
# results. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
#   the window's icons (Stage.getIcons):  src/main/resources/studio/backprop/app/icon-N.png
#   Linux (jpackage, the menu entry):     backprop-studio.png, 512 px
#   Windows (jpackage, the .msi):         backprop-studio.ico, 16 to 256 px
#   macOS (jpackage, the .dmg):           backprop-studio.icns, 16 to 1024 px
set -euo pipefail
cd "$(dirname "$0")"
window=../../src/main/resources/studio/backprop/app
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
png() { rsvg-convert -w "$1" -h "$1" backprop-studio.svg -o "$2"; }
mkdir -p "$window"
for n in 16 32 48 64 128 256; do png "$n" "$window/icon-$n.png"; done
png 512 backprop-studio.png
for n in 16 24 32 48 64 128 256; do png "$n" "$tmp/ico-$n.png"; done
convert "$tmp"/ico-{16,24,32,48,64,128,256}.png backprop-studio.ico
for n in 16 32 48 128 256 512 1024; do png "$n" "$tmp/icns-$n.png"; done
png2icns backprop-studio.icns "$tmp"/icns-{16,32,48,128,256,512,1024}.png >/dev/null
