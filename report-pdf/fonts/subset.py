"""Makes the report's fonts from Debian's Noto packages (fonts-noto-core 20201225-1,
fonts-noto-cjk 1:20220127): see README.md here. Run with fontTools installed:

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python report-pdf/fonts/subset.py
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
CORE = pathlib.Path("/usr/share/fonts/truetype/noto")
CJK = pathlib.Path("/usr/share/fonts/opentype/noto")
SUBSET = [sys.executable, "-m", "fontTools.subset"]
# Every layout feature for Latin, Cyrillic and Arabic (joining forms, marks, ligatures); for
# Chinese only kerning and glyph composition: the collection's other features (local forms of
# Japanese, Korean and traditional glyphs, vertical forms) would pull in thousands of glyphs
# the report never shows and double the file.
ALL_FEATURES = "*"
CJK_FEATURES = "kern,ccmp"

# Latin (with Latin-1, Latin Extended-A/B for French and Spanish and more), Cyrillic,
# general punctuation, currency, letter-like symbols, arrows, the replacement character.
LATIN = "U+0000-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FB00-FB06,U+FFFD"
# Arabic, its supplement, presentation forms, and the Latin digits and punctuation it mixes with.
ARABIC = "U+0000-007F,U+00A0-00FF,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+2010-2027,U+25CC"


def cjk_unicodes():
    """All of GB2312 (simplified), Big5 level 1 (the common traditional characters), CJK
    symbols and punctuation, and fullwidth forms."""
    chars = set()
    for cp in range(0x3400, 0xA000):
        ch = chr(cp)
        try:
            ch.encode("gb2312")
            chars.add(cp)
            continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
            if len(b) == 2 and 0xA440 <= int.from_bytes(b, "big") <= 0xC67E:
                chars.add(cp)
        except UnicodeEncodeError:
            pass
    chars.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    chars.update(range(0xFF00, 0xFFF0))  # halfwidth and fullwidth forms
    chars.update(range(0x2E80, 0x2FE0))  # radicals
    chars.update(range(0x3100, 0x3130))  # bopomofo
    chars.add(0x00B7)
    chars.update(range(0x2010, 0x2027))
    return ",".join(f"U+{cp:04X}" for cp in sorted(chars))


def run(source, out, unicodes, index=None, features=ALL_FEATURES):
    args = SUBSET + [str(source), f"--output-file={HERE / out}", f"--unicodes={unicodes}",
                     f"--layout-features={features}", "--no-hinting", "--name-IDs=*"]
    if index is not None:
        args.append(f"--font-number={index}")
    subprocess.run(args, check=True)
    print(out, (HERE / out).stat().st_size)


for style in ["Regular", "Bold", "Italic"]:
    run(CORE / f"NotoSans-{style}.ttf", f"NotoSans-{style}.ttf", LATIN)
for style in ["Regular", "Bold"]:
    run(CORE / f"NotoNaskhArabic-{style}.ttf", f"NotoNaskhArabic-{style}.ttf", ARABIC)
# Index 2 of the collections is Noto Sans CJK SC.
run(CJK / "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", cjk_unicodes(), 2, CJK_FEATURES)
