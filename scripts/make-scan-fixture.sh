#!/usr/bin/env bash
# Makes fixtures/scan/hue-appendix-scan.pdf: the Huế appendix as a signed copy
# comes back from a scanner. Each page is rasterised at 200 dpi in grey,
# tilted a little (alternately clockwise and anticlockwise), binarised, and
# the images are put into a PDF with no text layer.
# Needs Debian's poppler-utils, imagemagick and img2pdf. The output is
# committed; CI does not run this.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pdftoppm -r 200 -gray fixtures/hue/hue-appendix.pdf "$tmp/p"
angles=(0.6 -0.4 0.8 -0.7 0.3 -0.5 0.9 -0.3 0.5 -0.8 0.4 -0.6 0.7 -0.2 0.6 -0.5)
i=0
for page in "$tmp"/p-*.pgm; do
  /usr/bin/convert "$page" -background white -rotate "${angles[$i]}" -threshold 60% -type bilevel -units PixelsPerInch -density 200 "${page%.pgm}.png"
  i=$((i + 1))
done
mkdir -p fixtures/scan
img2pdf -s 200dpi "$tmp"/p-*.png -o fixtures/scan/hue-appendix-scan.pdf
ls -l fixtures/scan/hue-appendix-scan.pdf
