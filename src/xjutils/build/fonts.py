"""The PDF edition's own fonts: Noto Sans CJK SC, regular and bold, subset to the text printed.

Chromium's PDF backend (Skia) embeds TrueType outlines as CID fonts but writes CFF-based
fonts, such as the OpenType collections Debian ships Noto Sans CJK in, as Type 3: bitmapped
in some readers, unsearchable in others, and megabytes large. So the printed document carries
its own fonts as @font-face data: each weight subset with fontTools to the characters the
document uses and its cubic outlines converted to quadratic ones (TrueType). A bold face of
its own also keeps Chromium from faking bold, which it would also print as Type 3.
"""

import base64
import io
import shutil
import subprocess

FAMILY = "Noto Sans CJK SC"
WEIGHTS = {400: "Regular", 700: "Bold"}


class FontMissingError(FileNotFoundError):
    """No Noto Sans CJK SC on this machine (Debian: fonts-noto-cjk)."""


def face(weight: int) -> tuple[str, int]:
    """(file, index in its collection) of the system's Noto Sans CJK SC of `weight`.

    Raises:
        FontMissingError: fontconfig finds no Noto Sans CJK SC of that weight.
    """
    if shutil.which("fc-match") is None:
        raise FontMissingError("fc-match missing: apt-get install fontconfig fonts-noto-cjk")
    found = subprocess.run(
        ["fc-match", "-f", "%{family}\n%{style}\n%{file}\n%{index}", f"{FAMILY}:{WEIGHTS[weight]}"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout.splitlines()
    if len(found) < 4 or FAMILY not in found[0] or WEIGHTS[weight] not in found[1]:
        raise FontMissingError(
            f"{FAMILY} {WEIGHTS[weight]} not installed: apt-get install fonts-noto-cjk"
        )
    return found[2], int(found[3])


def _quadratic(font) -> None:
    """Replace the font's CFF outlines by TrueType ones (glyf/loca), in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion, maxp.numGlyphs, maxp.maxZones = 0x00010000, len(order), 1
    for field in (
        "maxTwilightPoints maxStorage maxFunctionDefs maxInstructionDefs maxStackElements "
        "maxSizeOfInstructions maxComponentElements"
    ).split():
        setattr(maxp, field, 0)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font.sfntVersion = "\x00\x01\x00\x00"


def subset(weight: int, text: str) -> bytes:
    """A TrueType font of `weight` holding the glyphs of `text` (and printable ASCII).

    Deterministic: the same text gives the same bytes (no timestamp is recalculated).
    """
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    path, index = face(weight)
    font = TTFont(path, fontNumber=index, lazy=True, recalcTimestamp=False)
    options = ft_subset.Options()
    options.layout_features = ["kern", "palt"]
    options.notdef_outline = True
    options.name_IDs = [1, 2, 3, 4, 6]
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted({ord(c) for c in text} | set(range(0x20, 0x7F))))
    subsetter.subset(font)
    _quadratic(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def css(text: str) -> str:
    """@font-face rules (fonts inline as data URLs) and the rule that prints every text in
    them."""
    faces = "".join(
        f"@font-face{{font-family:'XJ Print';font-weight:{weight};src:url(data:font/ttf;base64,"
        f"{base64.b64encode(subset(weight, text)).decode()}) format('truetype')}}"
        for weight in WEIGHTS
    )
    return f"<style>{faces}body,body *{{font-family:'XJ Print' !important}}</style>"
