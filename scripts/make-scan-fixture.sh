#!/usr/bin/env bash
# Makes the scans the OCR tests read (fixtures/scan/), as signed copies come
# back from a scanner: each page rasterised in grey, tilted a little, maybe
# speckled, binarised, and the images put into a PDF with no text layer.
#   hue-appendix-scan.pdf        the Huế appendix, 200 dpi, tilts of 0.2-0.9° alternating
#   hue-appendix-noisy-150.pdf   the same at 150 dpi, tilted 2°, with scanner noise
#   borderless-scan.pdf          the borderless variant (no rulings at all), 200 dpi, 1.2°
#   borderless-sideways.pdf      the same scanned sideways (turned 90.8° clockwise)
# Needs Debian's poppler-utils, imagemagick and img2pdf. The outputs are
# committed; CI does not run this.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fixtures/scan

# scan IN OUT DPI NOISE ANGLE...: one angle per page, the last one repeated.
scan() {
  local in=$1 out=$2 dpi=$3 noise=$4
  shift 4
  local angles=("$@") tmp i=0
  tmp=$(mktemp -d)
  pdftoppm -r "$dpi" -gray "$in" "$tmp/p"
  for page in "$tmp"/p-*.pgm; do
    local angle=${angles[$((i < ${#angles[@]} ? i : ${#angles[@]} - 1))]}
    if [ "$noise" = noise ]; then
      /usr/bin/convert "$page" -attenuate 0.6 +noise Gaussian -background white -rotate "$angle" -threshold 55% -type bilevel -units PixelsPerInch -density "$dpi" "${page%.pgm}.png"
    else
      /usr/bin/convert "$page" -background white -rotate "$angle" -threshold 60% -type bilevel -units PixelsPerInch -density "$dpi" "${page%.pgm}.png"
    fi
    i=$((i + 1))
  done
  img2pdf -s "${dpi}dpi" "$tmp"/p-*.png -o "$out"
  rm -rf "$tmp"
  ls -l "$out"
}

scan fixtures/hue/hue-appendix.pdf fixtures/scan/hue-appendix-scan.pdf 200 clean 0.6 -0.4 0.8 -0.7 0.3 -0.5 0.9 -0.3 0.5 -0.8 0.4 -0.6 0.7 -0.2 0.6 -0.5
scan fixtures/hue/hue-appendix.pdf fixtures/scan/hue-appendix-noisy-150.pdf 150 noise -2.0
scan fixtures/variants/borderless.pdf fixtures/scan/borderless-scan.pdf 200 clean 1.2
scan fixtures/variants/borderless.pdf fixtures/scan/borderless-sideways.pdf 200 clean 90.8
