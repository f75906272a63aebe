#!/usr/bin/env bash
# Regenerates src/css/fonts/course-math.woff2, the font formulas are drawn with (MathML):
# Latin Modern Math from Debian's fonts-lmodern, cut down to the characters below. The build
# (src/plugins/mathml) fails naming the formula when one of its symbols is not in the font: add
# the character's code point to CHARS and run this again (needs Debian's python3-fonttools and
# python3-brotli). 'ssty' (script-size glyph variants, which Chromium does not apply) is left out;
# the MATH table (stretchy delimiters, radicals, big operators) is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
CHARS='U+20-7E,U+A0-FF,U+131,U+237,U+2C6,U+2C7,U+2C9,U+2D8-2DC,U+300-36F,'\
'U+391-3A9,U+3B1-3C9,U+3D1,U+3D5,U+3D6,U+3F0,U+3F1,U+3F5,U+2016,U+2020,U+2021,U+2026,U+2032-2037,U+203E,U+2061-2064,'\
'U+20D7,U+2102,U+210A-2115,U+2119-211D,U+2124,U+2127,U+212C,U+212D,U+212F-2131,U+2133,U+2134,U+2190-21FF,U+2200-22FF,'\
'U+2308-230B,U+2322,U+2323,U+23B4,U+23B5,U+23DC-23E1,U+25A1,U+25B3,U+25BD,U+27E8-27EB,U+27F5-27FF,'\
'U+1D400-1D49B,U+1D49C-1D4B5,U+1D538-1D551,U+1D5A0-1D5D3,U+1D6A8-1D755,U+1D7CE-1D7E1'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-lmodern >/dev/null && dpkg-deb -x fonts-lmodern_*.deb .)
python3 -m fontTools.subset "$work/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf" \
  --unicodes="$CHARS" --layout-features='' --flavor=woff2 --output-file=src/css/fonts/course-math.woff2
ls -l src/css/fonts/course-math.woff2
