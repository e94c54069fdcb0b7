"""Files: read once, type sniffed from the bytes, image size from headers, limits checked before sending."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import pytest
from heygen_avatars._core.files import (
    MIB,
    PHOTO_AVATAR_V1,
    PHOTO_V3,
    V1_ASSET,
    V3_ASSET,
    Upload,
    UploadRules,
    load_upload,
)
from heygen_avatars._core.sniff import image_size, sniff_content_type
from heygen_avatars.errors import InputValidationError
from hypothesis import given, settings, strategies as st


def png(width: int, height: int, *, real: bool = False) -> bytes:
    """A PNG: header-only by default, or a real decodable grey image when ``real``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height))) if real else b""
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def jpeg(width: int, height: int, *, sof: int = 0xC0, padding: bytes = b"") -> bytes:
    """SOI, an APP0 (JFIF) and an EXIF-like APP1 segment, then the frame header carrying the size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    app1_body = b"Exif\x00\x00" + b"\x00" * 20
    app1 = b"\xff\xe1" + struct.pack(">H", len(app1_body) + 2) + app1_body
    frame = b"\xff" + bytes([sof]) + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + app1 + padding + frame + b"\xff\xda" + b"\x00" * 16 + b"\xff\xd9"


def webp_vp8x(width: int, height: int) -> bytes:
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    body += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def webp_vp8l(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    body = b"VP8L" + struct.pack("<I", 5) + b"\x2f" + bits.to_bytes(4, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def webp_vp8(width: int, height: int) -> bytes:
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height)
    body = b"VP8 " + struct.pack("<I", len(frame)) + frame
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


SAMPLES = {
    "image/jpeg": jpeg(800, 600),
    "image/png": png(640, 480),
    "image/webp": webp_vp8x(1024, 768),
    "image/gif": b"GIF89a" + b"\x00" * 20,
    "image/heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
    "video/mp4": b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41",
    "video/quicktime": b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ",
    "audio/mp4": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom",
    "video/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm",
    "video/x-matroska": b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska",
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 10,
    "audio/wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 16,
    "application/pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
}


@pytest.mark.parametrize(("content_type", "data"), sorted(SAMPLES.items()))
def test_sniff_content_type(content_type: str, data: bytes) -> None:
    assert sniff_content_type(data) == content_type


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfb\x90\x64" + b"\x00" * 10, "audio/mpeg"),  # bare MPEG-1 layer III frame
        (b"\xff\xf1\x50\x80" + b"\x00" * 10, None),  # ADTS AAC is not MP3
        (b"hello world", None),
        (b"", None),
        (b"<html><body>403</body></html>", None),
    ],
)
def test_sniff_edge_cases(data: bytes, expected: str | None) -> None:
    assert sniff_content_type(data) == expected


@pytest.mark.parametrize(
    ("data", "size"),
    [
        (png(640, 480), (640, 480)),
        (png(3, 2, real=True), (3, 2)),
        (jpeg(800, 600), (800, 600)),
        (jpeg(512, 4000, sof=0xC2), (512, 4000)),  # progressive
        (jpeg(100, 50, padding=b"\xff\xff"), (100, 50)),  # fill bytes before a marker
        (webp_vp8x(1024, 768), (1024, 768)),
        (webp_vp8l(300, 200), (300, 200)),
        (webp_vp8(640, 360), (640, 360)),
    ],
)
def test_image_size_from_headers(data: bytes, size: tuple[int, int]) -> None:
    assert image_size(data) == size


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff",  # truncated JPEG
        b"\xff\xd8\xff\xe0\x00\x10JFIF",  # segment runs past the end
        b"\xff\xd8\xff\xda\x00\x02",  # scan before any frame header
        b"\x89PNG\r\n\x1a\n\x00\x00",  # truncated PNG
        b"RIFF\x00\x00\x00\x00WEBPVP8X",  # truncated WebP
        b"%PDF-1.4",
    ],
)
def test_image_size_is_none_when_unreadable(data: bytes) -> None:
    assert image_size(data) is None


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x00\x00\x00WEBP", b""]),
    rest=st.binary(max_size=80),
)
def test_sniffing_and_sizing_never_raise_on_garbage(prefix: bytes, rest: bytes) -> None:
    data = prefix + rest
    kind = sniff_content_type(data)
    size = image_size(data)
    assert kind is None or "/" in kind
    assert size is None or all(isinstance(n, int) and n >= 0 for n in size)


# --- sources ----------------------------------------------------------------------------------------------


def test_path_str_pathlike_bytes_and_file_object_give_the_same_upload(tmp_path: Path) -> None:
    data = png(600, 600, real=True)
    path = tmp_path / "face.png"
    path.write_bytes(data)
    from_str = load_upload(str(path), rules=PHOTO_AVATAR_V1)
    from_path = load_upload(path, rules=PHOTO_AVATAR_V1)
    with path.open("rb") as handle:
        from_file = load_upload(handle, rules=PHOTO_AVATAR_V1)
    from_bytes = load_upload(data, rules=PHOTO_AVATAR_V1)
    from_buffer = load_upload(io.BytesIO(data), rules=PHOTO_AVATAR_V1)
    for upload in (from_str, from_path, from_file, from_bytes, from_buffer):
        assert upload.content == data
        assert (upload.content_type, upload.width, upload.height) == ("image/png", 600, 600)
    assert from_str.filename == from_path.filename == from_file.filename == "face.png"
    assert from_bytes.filename == from_buffer.filename == "upload.png"


def test_filename_override_and_default_extension() -> None:
    assert load_upload(jpeg(600, 600), filename="me.jpeg").filename == "me.jpeg"
    assert load_upload(SAMPLES["video/mp4"]).filename == "upload.mp4"
    assert load_upload(b"plain text").filename == "upload"


def test_file_object_is_read_once() -> None:
    class CountingReader(io.BytesIO):
        reads = 0

        def read(self, size: int | None = -1) -> bytes:
            CountingReader.reads += 1
            return super().read(size)

    load_upload(CountingReader(jpeg(600, 600)), rules=PHOTO_AVATAR_V1)
    assert CountingReader.reads == 1


def test_upload_repr_hides_content_and_base64_input() -> None:
    upload = load_upload(png(600, 600))
    assert "content=" not in repr(upload) and "PNG" not in repr(upload)
    assert upload.as_base64_input() == {
        "type": "base64",
        "media_type": "image/png",
        "data": base64.b64encode(png(600, 600)).decode(),
    }
    assert upload.size == len(png(600, 600))


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("/no/such/file.png", "no such file"),
        (12345, "expected a path, bytes or a binary file object, got int"),
        (io.StringIO("text"), "text mode"),
    ],
)
def test_unusable_sources(source: object, fragment: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        load_upload(source, field="photo")  # type: ignore[arg-type]
    assert caught.value.field == "photo"
    assert fragment in str(caught.value)


def test_a_symlink_loop_is_named_as_such_not_as_a_missing_file(tmp_path: Path) -> None:
    loop = tmp_path / "portrait.png"
    loop.symlink_to(loop)
    with pytest.raises(InputValidationError) as caught:
        load_upload(loop, field="photo")
    assert caught.value.field == "photo"
    assert "no such file" not in str(caught.value) and "symbolic links" in str(caught.value)


# --- limits -----------------------------------------------------------------------------------------------


def test_photo_avatar_rules_accept_512_square_jpeg_and_png() -> None:
    assert load_upload(jpeg(512, 512), rules=PHOTO_AVATAR_V1).width == 512
    assert load_upload(png(4000, 3000), rules=PHOTO_V3).height == 3000


@pytest.mark.parametrize(("width", "height"), [(511, 512), (512, 511), (100, 100)])
def test_photo_avatar_minimum_size(width: int, height: int) -> None:
    with pytest.raises(InputValidationError) as caught:
        load_upload(png(width, height), rules=PHOTO_AVATAR_V1, field="photo")
    message = str(caught.value)
    assert caught.value.field == "photo"
    assert f"{width}x{height}" in message and "at least 512x512" in message


@pytest.mark.parametrize(
    "content_type", ["image/webp", "image/gif", "image/heic", "video/mp4", "application/pdf"]
)
def test_photo_avatar_refuses_other_types_naming_what_was_found(content_type: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        load_upload(SAMPLES[content_type], rules=PHOTO_AVATAR_V1, field="photo")
    assert caught.value.allowed == ("image/jpeg", "image/png")
    assert content_type in str(caught.value)


def test_unrecognised_bytes_are_refused() -> None:
    with pytest.raises(InputValidationError, match="an unrecognised format"):
        load_upload(b"definitely not an image", rules=V3_ASSET)


def test_empty_file_is_refused() -> None:
    with pytest.raises(InputValidationError, match="empty"):
        load_upload(b"", rules=V3_ASSET)


def test_photo_avatar_limit_is_strictly_under_10_mb() -> None:
    head = jpeg(1024, 1024)
    just_under = head + b"\x00" * (10 * MIB - 1 - len(head))
    assert load_upload(just_under, rules=PHOTO_AVATAR_V1).size == 10 * MIB - 1
    exactly = head + b"\x00" * (10 * MIB - len(head))
    with pytest.raises(
        InputValidationError, match=r"the file is 10\.0 MB; a photo avatar photo must be under 10 MB"
    ):
        load_upload(exactly, rules=PHOTO_AVATAR_V1)


SMALL = UploadRules(purpose="a test upload", allowed_types=("video/mp4",), max_bytes=2 * MIB)


def test_oversized_path_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.mp4"
    path.write_bytes(SAMPLES["video/mp4"] + b"\x00" * (3 * MIB))

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file should not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(
        InputValidationError, match=r"the file is 3\.0 MB; a test upload must be at most 2 MB"
    ):
        load_upload(path, rules=SMALL, field="footage")


def test_oversized_stream_is_refused_after_reading_one_byte_past_the_limit() -> None:
    stream = io.BytesIO(SAMPLES["video/mp4"] + b"\x00" * (3 * MIB))
    with pytest.raises(InputValidationError, match="more than 2 MB"):
        load_upload(stream, rules=SMALL)
    assert stream.tell() == 2 * MIB + 1


def test_size_limit_is_inclusive_for_v3_assets() -> None:
    exactly = SAMPLES["application/pdf"] + b"\x00" * (32 * MIB - len(SAMPLES["application/pdf"]))
    assert load_upload(exactly, rules=V3_ASSET).size == 32 * MIB
    with pytest.raises(InputValidationError, match="at most 32 MB"):
        load_upload(exactly + b"\x00", rules=V3_ASSET)


@pytest.mark.parametrize(
    ("rules", "accepted", "refused"),
    [
        (
            V1_ASSET,
            ["image/jpeg", "image/png", "video/mp4", "video/webm", "audio/mpeg"],
            ["audio/wav", "image/webp"],
        ),
        (
            V3_ASSET,
            [
                "image/png",
                "image/jpeg",
                "video/mp4",
                "video/webm",
                "audio/mpeg",
                "audio/wav",
                "application/pdf",
            ],
            ["image/webp", "video/quicktime", "image/gif"],
        ),
    ],
)
def test_asset_endpoint_types(rules: UploadRules, accepted: list[str], refused: list[str]) -> None:
    for content_type in accepted:
        assert load_upload(SAMPLES[content_type], rules=rules).content_type == content_type
    for content_type in refused:
        with pytest.raises(InputValidationError):
            load_upload(SAMPLES[content_type], rules=rules)


def test_upload_without_rules_accepts_anything_readable() -> None:
    upload = load_upload(b"anything")
    assert isinstance(upload, Upload)
    assert upload.content_type is None
