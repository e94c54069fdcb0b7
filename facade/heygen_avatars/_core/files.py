"""Files users hand us: read once, type sniffed from the bytes, documented limits checked before sending.

A source is a path (``str`` or ``os.PathLike``), ``bytes``, or a binary file object. `load_upload` reads it
once into an `Upload` (filename, bytes, sniffed content type, image size when it is an image) and checks it
against `UploadRules` for the endpoint it is going to. No Pillow: the type comes from magic numbers and the
size from JPEG/PNG/WebP headers (`sniff`). Files too large to hold (direct uploads) are never read whole: see
`file_stream`, whose `StreamedFile` is checked by the same `check_upload` from its first bytes.

Example::

    upload = load_upload("portrait.jpg", rules=PHOTO_AVATAR_V1, field="photo")
    upload.content_type, upload.width, upload.height   # ('image/jpeg', 1024, 1024)
"""

from __future__ import annotations

import base64
import errno
import os
from collections.abc import Generator
from pathlib import Path
from typing import IO, Final, Protocol, TypeAlias

from attrs import field, frozen

from ..errors import InputValidationError
from .sniff import image_size, sniff_content_type

__all__ = [
    "MIB",
    "PHOTO_AVATAR_V1",
    "PHOTO_V3",
    "V1_ASSET",
    "V3_ASSET",
    "FileSource",
    "LocalFile",
    "Upload",
    "UploadRules",
    "check_upload",
    "default_name",
    "largest_accepted",
    "load_upload",
    "local_path",
    "shown_path",
]

FileSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What upload functions accept: a path, the bytes themselves, or a binary file object opened by the user."""

MIB: Final = 1024 * 1024

_EXTENSIONS: Final = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/heic": ".heic",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/wav": ".wav",
    "application/pdf": ".pdf",
}


@frozen(kw_only=True)
class UploadRules:
    """The documented limits of one upload destination."""

    purpose: str
    """Said in errors, e.g. "a photo avatar photo"."""
    allowed_types: tuple[str, ...]
    max_bytes: int | None
    """None: no limit of ours (a direct upload: the server's own ``max_bytes`` applies)."""
    max_inclusive: bool = True
    """False when the documented limit is "under N MB"."""
    min_width: int = 0
    min_height: int = 0


PHOTO_AVATAR_V1: Final = UploadRules(
    purpose="a photo avatar photo",
    allowed_types=("image/jpeg", "image/png"),
    max_bytes=10 * MIB,
    max_inclusive=False,
    min_width=512,
    min_height=512,
)
"""v2 photo avatars (uploaded through v1 assets): JPEG/PNG, at least 512x512, under 10 MB (HeyGen's
photo-avatars skill, "Photo Requirements")."""

V1_ASSET: Final = UploadRules(
    purpose="a v1 asset upload",
    allowed_types=("image/jpeg", "image/png", "video/mp4", "video/webm", "audio/mpeg"),
    max_bytes=50 * MIB,
)
"""``POST upload.heygen.com/v1/asset``: the content types the endpoint takes, 50 MB resource limit."""

V3_ASSET: Final = UploadRules(
    purpose="a v3 asset upload",
    allowed_types=(
        "image/png",
        "image/jpeg",
        "video/mp4",
        "video/webm",
        "audio/mpeg",
        "audio/wav",
        "application/pdf",
    ),
    max_bytes=32 * MIB,
)
"""``POST /v3/assets``: png, jpeg, mp4, webm, mp3, wav, pdf; at most 32 MB."""

PHOTO_V3: Final = UploadRules(
    purpose="a photo avatar photo",
    allowed_types=("image/jpeg", "image/png"),
    max_bytes=32 * MIB,
    min_width=512,
    min_height=512,
)
"""v3 photo avatars (``POST /v3/avatars`` type photo): JPEG/PNG, at least 512x512, v3 asset size limit."""


@frozen(kw_only=True)
class Upload:
    """A file read into memory, ready to send. ``content`` is left out of the repr."""

    filename: str
    content: bytes = field(repr=False)
    content_type: str | None
    """Sniffed from the bytes; ``None`` when the format is not recognised."""
    width: int | None = None
    height: int | None = None
    argument: str = "file"
    """The argument the file was given as (named by an error about it after the upload was announced)."""

    @property
    def size(self) -> int:
        return len(self.content)

    def chunks(self, chunk_size: int) -> Generator[bytes, None, None]:
        """The content in pieces of ``chunk_size`` (a direct upload's PUT sends any file this way)."""
        view = memoryview(self.content)
        for start in range(0, len(view), chunk_size):
            yield bytes(view[start : start + chunk_size])

    def as_base64_input(self) -> dict[str, str]:
        """The v3 ``AssetInput`` for inline content: ``{"type": "base64", "media_type", "data"}``."""
        return {
            "type": "base64",
            "media_type": self.content_type or "application/octet-stream",
            "data": base64.b64encode(self.content).decode("ascii"),
        }


class LocalFile(Protocol):
    """What the checks read of a local file, in memory (`Upload`) or streamed (`file_stream.StreamedFile`)."""

    @property
    def filename(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...


# ---------------------------------------------------------------------------------------------------------
# Reading and checking


def _megabytes(size: int) -> str:
    return f"{size / MIB:.1f} MB" if size >= MIB // 10 else f"{size} bytes"


def _too_big(field_name: str, size: str, rules: UploadRules) -> InputValidationError:
    bound = "under" if not rules.max_inclusive else "at most"
    limit = f"{(rules.max_bytes or 0) // MIB} MB"
    return InputValidationError(field_name, f"the file is {size}; {rules.purpose} must be {bound} {limit}")


def largest_accepted(rules: UploadRules) -> int:
    """The most bytes a file may have under ``rules`` (which must have a limit: every rules but a direct
    upload's), e.g. to cap a download before it is read."""
    if rules.max_bytes is None:
        raise ValueError(f"{rules.purpose} has no size limit")
    return rules.max_bytes - (0 if rules.max_inclusive else 1)


def _exceeds(size: int, rules: UploadRules) -> bool:
    if rules.max_bytes is None:
        return False
    return size > rules.max_bytes if rules.max_inclusive else size >= rules.max_bytes


def _read_source(source: object, field_name: str, limit: int | None) -> tuple[bytes, str | None, bool]:
    """The bytes, a filename if the source has one, and whether reading stopped at ``limit + 1`` bytes.

    Paths and file objects are read at most one byte past ``limit``, so an oversized file is refused
    without loading all of it.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None, False
    if isinstance(source, str | os.PathLike):
        path = local_path(source, field_name)
        try:
            with path.open("rb") as handle:
                data = handle.read(-1 if limit is None else limit + 1)
        except OSError as error:
            raise InputValidationError(
                field_name, f"cannot read {shown_path(path)}: {error.strerror}"
            ) from None
        return data, path.name, limit is not None and len(data) > limit
    read = getattr(source, "read", None)
    if callable(read):
        data = read() if limit is None else read(limit + 1)
        if isinstance(data, str):
            raise InputValidationError(
                field_name, "the file object is open in text mode; open it with 'rb'", value=source
            )
        if not isinstance(data, bytes | bytearray):
            raise InputValidationError(field_name, "the file object's read() did not return bytes")
        name = getattr(source, "name", None)
        base = os.path.basename(name) if isinstance(name, str) else None
        return bytes(data), base, limit is not None and len(data) > limit
    raise InputValidationError(
        field_name,
        f"expected a path, bytes or a binary file object, got {type(source).__name__}",
        value=source,
    )


def shown_path(path: Path) -> str:
    """A path as errors show it (quoted, at most 200 characters)."""
    text = repr(str(path))
    return text if len(text) <= 200 else text[:197] + "..."


def local_path(source: str | os.PathLike[str], field_name: str) -> Path:
    """An existing regular file's path, or the reason it is not one (never an OSError)."""
    try:
        path = Path(source)
        os.fsencode(path)  # a path the file system cannot name (an unpaired surrogate)
        is_file = path.is_file()
        is_dir = not is_file and path.is_dir()
    except (OSError, ValueError, TypeError) as error:  # too long, NUL, a bad PathLike
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise InputValidationError(field_name, f"not a usable file path ({reason})") from None
    if is_dir:
        raise InputValidationError(
            field_name, f"{shown_path(path)} is a folder; expected a file in it (a path to one file)"
        )
    if not is_file:
        try:  # is_file() says False for a path it cannot follow (a symlink loop): say why
            path.stat()
        except OSError as error:
            if error.errno not in (errno.ENOENT, errno.ENOTDIR) and error.strerror:
                raise InputValidationError(
                    field_name, f"cannot read {shown_path(path)}: {error.strerror}"
                ) from None
        raise InputValidationError(field_name, f"no such file: {shown_path(path)}")
    return path


def default_name(content_type: str | None) -> str:
    """The file name of a source that has none (bytes, an anonymous stream): ``upload.<ext>``."""
    return f"upload{_EXTENSIONS.get(content_type or '', '')}"


def check_upload(upload: LocalFile, rules: UploadRules, *, field: str = "file") -> None:
    """Raise `InputValidationError` if ``upload`` breaks ``rules`` (type, size, minimum image dimensions)."""
    if upload.size == 0:
        raise InputValidationError(field, "the file is empty")
    if upload.content_type not in rules.allowed_types:
        found = upload.content_type or "an unrecognised format"
        raise InputValidationError(
            field,
            f"{rules.purpose} must be one of the allowed types; the file's bytes say {found}",
            allowed=rules.allowed_types,
        )
    if _exceeds(upload.size, rules):
        raise _too_big(field, _megabytes(upload.size), rules)
    if rules.min_width or rules.min_height:
        if upload.width is None or upload.height is None:
            raise InputValidationError(field, f"could not read the image size of this {upload.content_type}")
        if upload.width < rules.min_width or upload.height < rules.min_height:
            raise InputValidationError(
                field,
                f"the image is {upload.width}x{upload.height} pixels; {rules.purpose} must be at least "
                f"{rules.min_width}x{rules.min_height}",
            )


def load_upload(
    source: FileSource,
    *,
    rules: UploadRules | None = None,
    field: str = "file",
    filename: str | None = None,
) -> Upload:
    """Read ``source`` once into an `Upload`, sniff its type, and check it against ``rules`` if given.

    Paths and file objects are read at most one byte past ``rules.max_bytes``, so an oversized file is
    refused without loading it all (a path's size is checked before opening it). ``filename`` overrides
    the name taken from the path or file object.

    Example::

        upload = load_upload(open("me.png", "rb"), rules=PHOTO_AVATAR_V1, field="photo")
    """
    if isinstance(source, str | os.PathLike) and rules is not None:
        path = local_path(source, field)
        try:
            size = path.stat().st_size
        except OSError as error:
            raise InputValidationError(field, f"cannot read {shown_path(path)}: {error.strerror}") from None
        if _exceeds(size, rules):
            raise _too_big(field, _megabytes(size), rules)
    limit = rules.max_bytes if rules is not None else None
    content, found_name, truncated = _read_source(source, field, limit)
    if rules is not None and truncated:
        raise _too_big(field, f"more than {(rules.max_bytes or 0) // MIB} MB", rules)
    content_type = sniff_content_type(content)
    dims = image_size(content, content_type) if content_type and content_type.startswith("image/") else None
    name = filename or found_name or default_name(content_type)
    upload = Upload(
        filename=name,
        content=content,
        content_type=content_type,
        width=dims[0] if dims else None,
        height=dims[1] if dims else None,
        argument=field,
    )
    if rules is not None:
        check_upload(upload, rules, field=field)
    return upload
