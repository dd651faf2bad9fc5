#!/usr/bin/env bash
# Draws the Rembuk icon with ImageMagick (apt-get install imagemagick): a meeting table with six
# seats, one per GMSC dimension group, white on the app's blue #0969da. Writes the committed files
#   installer/macos/Rembuk-1024.png   the master (macOS makes its .icns from it)
#   installer/linux/Rembuk.png        256 px (Linux menu, app image, .rembuk files)
#   installer/windows/rembuk.ico      16..256 px
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
master="$here/macos/Rembuk-1024.png"
convert -size 1024x1024 xc:none \
  -fill '#0969da' -draw "roundrectangle 32,32 991,991 210,210" \
  -fill white -draw "roundrectangle 292,402 732,622 110,110" \
  -draw "circle 420,300 420,362" -draw "circle 604,300 604,362" \
  -draw "circle 420,724 420,786" -draw "circle 604,724 604,786" \
  -draw "circle 188,512 188,574" -draw "circle 836,512 836,574" \
  -depth 8 "$master"
convert "$master" -filter Lanczos -resize 256x256 -depth 8 "$here/linux/Rembuk.png"
convert "$master" -filter Lanczos -depth 8 -define icon:auto-resize=256,64,48,32,16 "$here/windows/rembuk.ico"
