"""The PDF edition's fonts: Noto Sans CJK SC, regular and bold, as the system has them.

Typst embeds them as CID subsets itself; the project's figures use the wheel's regular face
(`plots.font_path`), which has no bold. Debian ships both weights in fonts-noto-cjk.
"""

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
