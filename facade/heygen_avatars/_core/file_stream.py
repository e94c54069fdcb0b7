"""Local files sent in chunks, never read whole: the body of a direct upload, of any size.

`open_local` looks at a source without loading it: bytes stay the `Upload` they already are; a path or a
seekable binary file object becomes a `StreamedFile` (its size from the file system, its type and image
size sniffed from its first bytes, as `files` does for small files); a stream that cannot seek (a pipe) is
copied to a temporary file first, in chunks. `StreamedFile.chunks` reads the file anew for every pass, so a
retried PUT sends it again from its first byte; `in_memory` reads a small one whole for a multipart upload.

Example::

    file = open_local("footage.mp4", field="footage")     # StreamedFile(filename='footage.mp4', size=...)
    for chunk in file.chunks(CHUNK_SIZE): ...              # 1 MiB at a time
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Final, cast

from attrs import field, frozen

from ..errors import InputValidationError
from .files import FileSource, Upload, default_name, load_upload, local_path, shown_path
from .sniff import image_size, sniff_content_type

__all__ = ["CHUNK_SIZE", "StreamedFile", "in_memory", "open_local"]

#: bytes read (and sent) at a time: what a direct upload holds in memory, about
CHUNK_SIZE: Final = 1024 * 1024
#: bytes read up front to sniff the type (and an image's size) of a file sent in chunks; a JPEG's size
#: may sit after up to 64 KB of EXIF and more of ICC profile, so images get a longer look
_HEAD_BYTES: Final = 64 * 1024
_IMAGE_HEAD_BYTES: Final = 1024 * 1024


@frozen(kw_only=True)
class StreamedFile:
    """A local file that is sent in chunks, never held whole: a path, or a binary file object read from
    ``start`` (rewound for each pass). ``content_type`` and the image size come from its first bytes."""

    filename: str
    size: int
    content_type: str | None
    width: int | None = None
    height: int | None = None
    path: Path | None = None
    handle: IO[bytes] | None = field(default=None, repr=False)
    start: int = 0
    argument: str = "file"
    """The argument the file was given as (named by the error of a file that changed while sent, or that is
    above the ``max_bytes`` its announced upload takes)."""

    def chunks(self, chunk_size: int) -> Generator[bytes, None, None]:
        """Exactly ``size`` bytes from the file's start, ``chunk_size`` at a time; one pass per call.

        A file that shrank or grew since it was opened raises `InputValidationError` (its bytes no longer
        match the size HeyGen was told)."""
        with self._open() as handle:
            left = self.size
            while left > 0:
                chunk = handle.read(min(chunk_size, left))
                if not chunk:
                    raise self._changed(f"it ended {left} bytes early")
                left -= len(chunk)
                yield chunk
            if handle.read(1):
                raise self._changed("it grew")

    @contextlib.contextmanager
    def _open(self) -> Iterator[IO[bytes]]:
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield handle
            return
        assert self.handle is not None
        self.handle.seek(self.start)
        yield self.handle

    def _changed(self, how: str) -> InputValidationError:
        return InputValidationError(
            self.argument,
            f"{self.filename!r} changed while it was being sent ({how}; {self.size} bytes expected)",
        )


def _head(handle: IO[bytes]) -> bytes:
    data = handle.read(_HEAD_BYTES)
    if isinstance(data, str):
        raise InputValidationError("file", "the file object is open in text mode; open it with 'rb'")
    if not isinstance(data, bytes | bytearray):
        raise InputValidationError("file", "the file object's read() did not return bytes")
    head = bytes(data)
    kind = sniff_content_type(head)
    if kind and kind.startswith("image/") and image_size(head, kind) is None:
        head += handle.read(_IMAGE_HEAD_BYTES - len(head))
    return head


def _streamed(
    name: str | None,
    size: int,
    head: bytes,
    *,
    path: Path | None = None,
    handle: IO[bytes] | None = None,
    start: int = 0,
    argument: str = "file",
) -> StreamedFile:
    kind = sniff_content_type(head)
    dims = image_size(head, kind) if kind and kind.startswith("image/") else None
    return StreamedFile(
        filename=name or default_name(kind),
        size=size,
        content_type=kind,
        width=dims[0] if dims else None,
        height=dims[1] if dims else None,
        path=path,
        handle=handle,
        start=start,
        argument=argument,
    )


def _seekable(handle: IO[bytes]) -> bool:
    try:
        return bool(handle.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _spool(handle: IO[bytes]) -> IO[bytes]:
    """A stream that cannot seek, copied to a temporary file in chunks (deleted when it is collected)."""
    spooled = cast(IO[bytes], tempfile.TemporaryFile(prefix="heygen-upload-"))  # noqa: SIM115
    shutil.copyfileobj(handle, spooled, CHUNK_SIZE)
    spooled.seek(0)
    return spooled


def open_local(source: FileSource, *, field: str, filename: str | None = None) -> Upload | StreamedFile:
    """A local file as it can be sent without loading it: bytes as an `Upload`, anything else as a
    `StreamedFile`. Nothing is checked against rules here (`files.check_upload` does that)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return load_upload(source, field=field, filename=filename)
    if isinstance(source, str | os.PathLike):
        path = local_path(source, field)  # (a path the OS refuses is an InputValidationError, too)
        try:
            with path.open("rb") as opened:
                head = _head(opened)
            size = path.stat().st_size
        except OSError as error:
            raise InputValidationError(field, f"cannot read {shown_path(path)}: {error.strerror}") from None
        return _streamed(filename or path.name, size, head, path=path, argument=field)
    if not callable(getattr(source, "read", None)):
        raise InputValidationError(
            field,
            f"expected a path, bytes or a binary file object, got {type(source).__name__}",
            value=source,
        )
    handle: IO[bytes] = source
    name = getattr(handle, "name", None)
    found = os.path.basename(name) if isinstance(name, str) else None
    if isinstance(handle.read(0), str):
        raise InputValidationError(
            field, "the file object is open in text mode; open it with 'rb'", value=source
        )
    if not _seekable(handle):
        handle = _spool(handle)
    start = handle.tell()
    size = handle.seek(0, os.SEEK_END) - start
    handle.seek(start)
    head = _head(handle)
    handle.seek(start)
    return _streamed(filename or found, size, head, handle=handle, start=start, argument=field)


def in_memory(file: Upload | StreamedFile) -> Upload:
    """The file read whole, its image size read from all of it (for a multipart upload: at most 32 MB)."""
    if isinstance(file, Upload):
        return file
    content = b"".join(file.chunks(CHUNK_SIZE))
    kind = file.content_type
    dims = image_size(content, kind) if kind and kind.startswith("image/") else None
    return Upload(
        filename=file.filename,
        content=content,
        content_type=kind,
        width=dims[0] if dims else None,
        height=dims[1] if dims else None,
        argument=file.argument,
    )
