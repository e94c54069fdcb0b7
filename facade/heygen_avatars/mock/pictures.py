"""The mock's pictures and videos as files it serves: drawn from what was asked, rendered when first read.

A stored file holds a render function until someone downloads it, so a test that never looks at a
picture never pays for drawing it; what is drawn is cached per content (`drawing.png_bytes`,
`movie.talking_mp4`). With Pillow and PyAV missing (the ``media`` extra, part of ``mock``), pictures are
flat seeded gradients of the same sizes and videos a placeholder MP4, and the mock warns once.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import importlib.util
import threading
import warnings
from collections.abc import Callable

from .media import MP4_BYTES, png
from .portrait import Portrait, size_of

__all__ = [
    "MEDIA_EXTRA_MISSING",
    "ahead",
    "can_draw",
    "can_film",
    "picture",
    "seed_of",
    "still_frame",
    "stop_rendering",
    "talking_video",
]

MEDIA_EXTRA_MISSING = (
    'the HeyGen mock draws its pictures with Pillow and its videos with PyAV: install the "media" extra '
    '(pip install "heygen-avatars[media]"); until then pictures are plain gradients and videos placeholders'
)
_warned = False


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def can_draw() -> bool:
    """Whether Pillow is installed (pictures show people)."""
    return _available("PIL")


def can_film() -> bool:
    """Whether Pillow and PyAV are installed (videos play)."""
    return can_draw() and _available("av")


def _warn_once() -> None:
    global _warned
    if not _warned:
        _warned = True
        warnings.warn(MEDIA_EXTRA_MISSING, RuntimeWarning, stacklevel=4)


_renderer: concurrent.futures.ThreadPoolExecutor | None = None
_renderer_lock = threading.Lock()


def ahead(render: Callable[[], bytes]) -> Callable[[], bytes]:
    """`render` started now on a background thread (Pillow and FFmpeg release the GIL): the file is ready,
    or nearly, when someone downloads it. For a mock on real time, where a person waits for the files."""
    global _renderer
    with _renderer_lock:
        if _renderer is None:
            _renderer = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="heygen-mock-media")
        future = _renderer.submit(render)
    return future.result


def stop_rendering() -> None:
    """Drop the renders not started yet (a server shutting down does not wait for files nobody fetched)."""
    global _renderer
    with _renderer_lock:
        if _renderer is not None:
            _renderer.shutdown(wait=False, cancel_futures=True)
            _renderer = None


def picture(portrait: Portrait) -> Callable[[], bytes]:
    """The PNG of `portrait`, rendered when first read."""

    def render() -> bytes:
        if can_draw():
            from .drawing import png_bytes

            return png_bytes(portrait)
        _warn_once()
        width, height = size_of(portrait.look.orientation)
        return png(portrait.identity.seed + repr(portrait.look), width, height)

    return render


def talking_video(
    subject: Portrait | Callable[[], bytes], script: str | None, aspect_ratio: str | None
) -> Callable[[], bytes]:
    """The MP4 of `subject` (a portrait, or a photo's bytes) speaking `script`, rendered when first read."""

    def render() -> bytes:
        if not can_film():
            _warn_once()
            return MP4_BYTES
        from .movie import talking_mp4

        source = subject if isinstance(subject, Portrait) else subject()
        return talking_mp4(source, script or "(audio)", aspect_ratio or "16:9")

    return render


def still_frame(
    subject: Portrait | Callable[[], bytes], aspect_ratio: str | None, caption: tuple[str, ...]
) -> Callable[[], bytes]:
    """A video's thumbnail: its first frame, as PNG."""

    def render() -> bytes:
        from .movie import VIDEO_SIZES

        width, height = VIDEO_SIZES.get(aspect_ratio or "16:9", VIDEO_SIZES["16:9"])
        if not isinstance(subject, Portrait):
            return subject()
        if not can_draw():
            _warn_once()
            return png(subject.identity.seed, width, height)
        import io

        from .drawing import draw, label

        out = io.BytesIO()
        label(draw(subject, (width, height)), caption).save(out, format="PNG")
        return out.getvalue()

    return render


def seed_of(data: bytes) -> str:
    """A stable seed for a file's bytes (a face for a photo the mock did not draw)."""
    return hashlib.sha256(data).hexdigest()[:16]
