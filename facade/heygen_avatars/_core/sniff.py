"""What a file is, from its first bytes: the MIME type from magic numbers, an image's size from its JPEG, PNG
or WebP header. No Pillow; never raises on bytes it cannot read (None instead).

Example::

    sniff_content_type(data)          # 'image/png'
    image_size(data, "image/png")     # (1024, 768)
"""

from __future__ import annotations

import struct
from typing import Final

__all__ = ["image_size", "sniff_content_type"]


# ---------------------------------------------------------------------------------------------------------
# Sniffing


def _sniff_iso_media(data: bytes) -> str | None:
    brand = data[8:12]
    if brand in {b"heic", b"heix", b"heim", b"heis", b"hevc", b"mif1", b"msf1", b"avif"}:
        return "image/avif" if brand == b"avif" else "image/heic"
    if brand == b"qt  ":
        return "video/quicktime"
    if brand in {b"M4A ", b"M4B "}:
        return "audio/mp4"
    return "video/mp4"


def _is_mp3_frame(data: bytes) -> bool:
    # MPEG audio frame sync (11 set bits), layer III; ADTS AAC has layer bits 00 and is not MP3.
    return len(data) >= 2 and data[0] == 0xFF and (data[1] & 0xE0) == 0xE0 and (data[1] & 0x06) == 0x02


def sniff_content_type(data: bytes) -> str | None:
    """The MIME type from the file's first bytes (magic numbers), or ``None`` if unrecognised.

    >>> sniff_content_type(b"%PDF-1.7 ...")
    'application/pdf'
    """
    head = bytes(data[:64])
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head else "video/x-matroska"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"ID3") or _is_mp3_frame(head):
        return "audio/mpeg"
    return None


# ---------------------------------------------------------------------------------------------------------
# Image dimensions

# JPEG start-of-frame markers carry the size (C4 DHT, C8 JPG and CC DAC are not frames).
_JPEG_SOF: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers have no length
            index += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan before any frame header
            return None
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if marker in _JPEG_SOF:
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return width, height
        if length < 2:
            return None
        index += 2 + length
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def image_size(data: bytes, content_type: str | None = None) -> tuple[int, int] | None:
    """``(width, height)`` read from a JPEG, PNG or WebP header, or ``None`` if it cannot be read."""
    kind = content_type or sniff_content_type(data)
    try:
        if kind == "image/jpeg":
            return _jpeg_size(data)
        if kind == "image/png":
            return _png_size(data)
        if kind == "image/webp":
            return _webp_size(data)
    except (struct.error, IndexError):
        return None
    return None
