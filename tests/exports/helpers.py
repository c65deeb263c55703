"""Test helpers for the exports: a pure-Python PNG reader (no Pillow in the test dependencies)
and the headless Chromium launcher shared by the browser tests and the benchmark."""
from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

CHROMIUM = os.environ.get("CONFLICTKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_available() -> tuple[bool, str]:
    if not Path(CHROMIUM).exists():
        return False, f"{CHROMIUM} not found (Debian package chromium; `make chromium` installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False, "playwright for Python is not installed (pip install -e '.[test]')"
    return True, ""


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """(width, height, pixels) of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = depth = ctype = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, f"unsupported PNG {depth=} {ctype=}"
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    pixels = [tuple(r[x:x + 3]) for r in rows for x in range(0, stride, bpp)]
    return width, height, pixels


def non_background(data: bytes, background=(255, 255, 255), tolerance: int = 8) -> int:
    """How many pixels of a PNG screenshot differ from the background colour."""
    _, _, pixels = png_pixels(data)
    return sum(1 for p in pixels if max(abs(p[k] - background[k]) for k in range(3)) > tolerance)
