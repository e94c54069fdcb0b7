"""`file_stream`: local files looked at without being read, then sent in chunks, one full pass per attempt."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import pytest
from heygen_avatars._core.file_stream import StreamedFile, in_memory, open_local
from heygen_avatars._core.files import PHOTO_V3, Upload, check_upload
from heygen_avatars.errors import InputValidationError
from test_files import jpeg, png

MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(range(256)) * 64


class Pipe(io.RawIOBase):
    """A stream that cannot seek (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self._inner = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._inner.readinto(buffer)


def test_a_path_is_looked_at_not_read(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(MP4)
    file = open_local(path, field="footage")
    assert isinstance(file, StreamedFile)
    assert (file.filename, file.size, file.content_type) == ("clip.mp4", len(MP4), "video/mp4")
    assert b"".join(file.chunks(1000)) == MP4 == b"".join(file.chunks(4096))  # each pass from the start
    assert [len(c) for c in file.chunks(10_000)] == [10_000, len(MP4) - 10_000]
    assert "handle" not in repr(file)


def test_a_file_object_is_read_from_where_it_stood_and_rewound_per_pass() -> None:
    handle = io.BytesIO(b"junk" + MP4)
    handle.read(4)
    file = open_local(handle, field="f", filename="x.mp4")
    assert isinstance(file, StreamedFile) and file.size == len(MP4) and file.content_type == "video/mp4"
    assert b"".join(file.chunks(777)) == MP4 and b"".join(file.chunks(777)) == MP4


def test_a_stream_that_cannot_seek_is_spooled() -> None:
    file = open_local(io.BufferedReader(Pipe(MP4)), field="f")
    assert isinstance(file, StreamedFile) and file.size == len(MP4) and file.filename == "upload.mp4"
    assert b"".join(file.chunks(100)) == MP4


def test_bytes_stay_an_upload() -> None:
    file = open_local(MP4, field="f")
    assert isinstance(file, Upload) and b"".join(file.chunks(1000)) == MP4 and in_memory(file) is file


def test_a_file_that_changed_since_it_was_opened_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(MP4)
    file = open_local(path, field="f")
    path.write_bytes(MP4 + b"more")
    with pytest.raises(InputValidationError, match="it grew"):
        b"".join(file.chunks(1000))
    path.write_bytes(MP4[:100])
    with pytest.raises(InputValidationError, match=f"ended {len(MP4) - 100} bytes early"):
        b"".join(file.chunks(1000))


def test_an_image_size_after_a_long_exif_is_found(tmp_path: Path) -> None:
    path = tmp_path / "me.jpg"
    icc = b"\xff\xe2" + struct.pack(">H", 60_002) + b"\0" * 60_000  # APP2 segments (an ICC profile)
    path.write_bytes(jpeg(600, 800, padding=icc * 3))  # the frame header after 180 KB
    file = open_local(path, field="photo")
    assert (file.width, file.height) == (600, 800)
    check_upload(file, PHOTO_V3, field="photo")
    whole = in_memory(file)
    assert (whole.width, whole.height) == (600, 800) and whole.content == path.read_bytes()


@pytest.mark.parametrize(
    ("source", "fragment"),
    [(io.StringIO("text"), "text mode"), (42, "expected a path"), ("/no/such.mp4", "no such file")],
)
def test_unusable_sources(source: object, fragment: str) -> None:
    with pytest.raises(InputValidationError, match=fragment) as caught:
        open_local(source, field="footage")  # type: ignore[arg-type]
    assert caught.value.field == "footage"


def test_png_sizes_come_from_the_head(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    path.write_bytes(png(640, 480))
    file = open_local(path, field="p")
    assert (file.width, file.height) == (640, 480)
