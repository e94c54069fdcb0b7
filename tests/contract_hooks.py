"""schemathesis hooks shared by tests/test_contract.py and scripts/contract-test: real media files.

schemathesis cannot invent a valid JPEG or MP4; without these strategies it sends random bytes (or skips
the media type), which a server rightly refuses. Every file here is small, real and valid for its type:
the PNG comes from the mock's own encoder; the JPEG is a baseline JFIF written below (a grey image of any
size: one DC-only block per 8x8, single-symbol Huffman tables); MP4/WebM/MP3 are minimal containers
whose magic bytes and headers are what type sniffing reads.

It also holds the *references* a schema-valid request may need: a schema cannot say "an image_key you
uploaded" or "a voice that exists", so random strings only ever reach the 400/404 branches. After
`seed_references(mock)`, positive cases (never negative ones) get real ids from the mock in those fields
(`image_key(s)`, `generation_id`, `avatar_id`, `voice_id`, asset inputs, a webhook endpoint's `url`), and
the success paths are tested too. Without seeding (e.g. against HeyGen itself) requests go out as generated.

Importing this module registers the strategies and the hook (schemathesis keeps them in global
registries), so the CLI can load it as a hooks module and pytest by importing it.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import struct
from typing import TYPE_CHECKING, Any

import schemathesis
from heygen_avatars.mock.media import MP4_BYTES, png
from hypothesis import strategies as st
from schemathesis.transport.serialization import Binary

if TYPE_CHECKING:
    from heygen_avatars.mock import MockHeyGen

__all__ = [
    "FILES",
    "MEDIA_TYPES",
    "REFERENCES",
    "gray_jpeg",
    "register",
    "seed_references",
    "with_references",
]


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def gray_jpeg(width: int = 16, height: int = 16) -> bytes:
    """A valid baseline JPEG, uniformly mid-grey, `width` x `height` pixels."""
    jfif = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    quant = b"\x00" + b"\x01" * 64
    frame = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    one_symbol = b"\x01" + b"\x00" * 15 + b"\x00"  # one code of length 1, for symbol 0
    scan_header = b"\x01\x01\x00\x00\x3f\x00"
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = "00" * blocks  # per block: DC difference category 0, then end-of-block
    bits += "1" * (-len(bits) % 8)
    scan = int(bits, 2).to_bytes(len(bits) // 8, "big")  # zero bytes, then padding: never 0xFF
    return (
        b"\xff\xd8"
        + _segment(0xE0, jfif)
        + _segment(0xDB, quant)
        + _segment(0xC0, frame)
        + _segment(0xC4, b"\x00" + one_symbol)
        + _segment(0xC4, b"\x10" + one_symbol)
        + _segment(0xDA, scan_header)
        + scan
        + b"\xff\xd9"
    )


def _webm() -> bytes:
    # EBML header: DocType "webm"; then an empty Segment. Enough for every sniffer (magic 1A 45 DF A3).
    doctype = b"\x42\x82\x84webm"
    header = b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(doctype)]) + doctype
    return header + b"\x18\x53\x80\x67\x80"


def _mp3() -> bytes:
    # One MPEG-1 Layer III frame, 128 kbit/s, 44.1 kHz: 417 bytes (header + silence).
    return b"\xff\xfb\x90\x64" + b"\x00" * 413


FILES: dict[str, bytes] = {
    "image/png": png("contract-test", 16, 16),
    "image/jpeg": gray_jpeg(),
    "video/mp4": MP4_BYTES,
    "video/webm": _webm(),
    "audio/mpeg": _mp3(),
}
MEDIA_TYPES = tuple(FILES)


def register() -> None:
    """Register a real file for every raw media type the specs accept, and for multipart `binary` parts."""
    for media_type, content in FILES.items():
        schemathesis.openapi.media_type(media_type, st.just(content))
    schemathesis.openapi.format("binary", st.sampled_from(sorted(FILES.values())).map(Binary))


# ------------------------------------------------------------------------------------------ references

#: ids that exist on the server under test (filled by `seed_references`, or from the environment when
#: scripts/contract-test runs the schemathesis CLI; empty = leave requests alone)
REFERENCES: dict[str, Any] = json.loads(os.environ.get("HEYGEN_CONTRACT_REFERENCES") or "{}")


def seed_references(mock: MockHeyGen) -> dict[str, Any]:
    """Create what requests can point at on `mock` (a finished photo generation, an uploaded asset) and
    remember the ids, with a public look and a voice the mock ships with."""
    backend = mock.backend
    generation = backend.generate_photos("contract-test")
    mock.complete_job(generation.id)
    asset = backend.upload_v3(FILES["image/png"], "contract-test.png")
    footage = backend.upload_v3(FILES["video/mp4"], "contract-test.mp4")
    state = mock.state
    REFERENCES.clear()
    REFERENCES.update(
        image_keys=list(generation.image_keys),
        generation_id=generation.id,
        asset_id=asset.id,
        video_asset_id=footage.id,
        avatar_id=next(look_id for look_id, look in state.avatar_looks.items() if look.public),
        voice_id=next(iter(state.voices)),
        # a webhook endpoint URL HeyGen accepts (public https); the mock records its deliveries, never
        # contacting a host that is not loopback
        webhook_url="https://hooks.example.com/heygen-contract",
    )
    return REFERENCES


#: AssetInputs that take a video (footage of a person); every other one takes an image
_VIDEO_INPUTS = ("consent_video",)
_VIDEO_BODIES = ("digital_twin", "video")


def _substitute(node: Any, video: bool = False) -> None:
    if isinstance(node, list):
        for item in node:
            _substitute(item, video)
        return
    if not isinstance(node, dict):
        return
    refs = REFERENCES
    kind = node.get("type")
    media_type = "video/mp4" if video else "image/png"
    if kind == "asset_id" and isinstance(node.get("asset_id"), str):
        node["asset_id"] = refs["video_asset_id" if video else "asset_id"]
    elif kind == "base64" and isinstance(node.get("data"), str) and isinstance(node.get("media_type"), str):
        node["data"] = base64.b64encode(FILES[media_type]).decode()
        node["media_type"] = media_type
    elif kind == "url" and isinstance(node.get("url"), str):
        node["url"] = f"https://example.com/contract-test.{'mp4' if video else 'png'}"
    elif kind is None and isinstance(node.get("url"), str) and "webhook_url" in refs:  # a webhook endpoint
        node["url"] = refs["webhook_url"]
    if isinstance(node.get("image_key"), str):
        node["image_key"] = refs["image_keys"][0]
    keys = node.get("image_keys")
    if (
        isinstance(keys, list)
        and 1 <= len(keys) <= len(refs["image_keys"])
        and all(isinstance(k, str) for k in keys)
    ):
        node["image_keys"] = refs["image_keys"][: len(keys)]
    for field in ("generation_id", "avatar_id", "voice_id"):
        if isinstance(node.get(field), str):
            node[field] = refs[field]
    for key, value in node.items():
        _substitute(value, key in _VIDEO_INPUTS or (key == "file" and kind in _VIDEO_BODIES))


def with_references(body: Any) -> Any:
    """A copy of `body` whose reference fields name resources that exist (see the module docstring)."""
    copied = copy.deepcopy(body)
    _substitute(copied)
    return copied


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Positive cases only: point reference fields at seeded resources."""
    meta = getattr(case, "meta", None)
    negative = meta is None or meta.generation.mode.is_negative
    if REFERENCES and not negative and isinstance(case.body, dict | list):
        case.body = with_references(case.body)


register()
