#!/usr/bin/env python3
"""Draws the app icons (a plain landmark ring, nothing that names the subject) as PNGs.

Run once when the design changes: `python3 tools/make-icons.py`. Pure standard library,
so it needs no image package.
"""
import struct
import zlib
from pathlib import Path

TEAL = (11, 110, 105)
WHITE = (255, 255, 255)


def pixel(x, y, size):
    # Full-bleed background keeps the icon valid as "maskable"; the mark sits well inside
    # the 80 % safe zone.
    c = (size - 1) / 2
    d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5 / size
    if 0.22 <= d <= 0.30 or d <= 0.085:
        return WHITE
    return TEAL


def png(size):
    rows = b"".join(
        b"\x00" + bytes(v for x in range(size) for v in pixel(x, y, size)) for y in range(size)
    )

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


out = Path(__file__).resolve().parent.parent / "public" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    (out / f"icon-{size}.png").write_bytes(png(size))
