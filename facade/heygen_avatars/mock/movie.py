"""Short real videos of a look speaking: the portrait's mouth moves with the script, shown as captions.

H.264 in MP4 (yuv420p, ``faststart``: it plays in any browser as it downloads), encoded with PyAV (the
``media`` extra; its wheels carry FFmpeg). The mock films at HeyGen's default 720p (1280x720 for 16:9,
720x1280 for 9:16) and 12 frames a second, under a second a video; `talking_mp4` caches them per content.
"""

from __future__ import annotations

import functools
import io
import math
import os
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import replace

from PIL import Image, ImageDraw, ImageFilter

from .drawing import caption_font, draw
from .portrait import Portrait

__all__ = ["VIDEO_SIZES", "talking_mp4"]

VIDEO_SIZES = {"16:9": (1280, 720), "9:16": (720, 1280)}
FPS = 12
_SECONDS_PER_WORD = 0.36  # about 165 words a minute, as a voice reads
_MAX_SECONDS = 20.0
_WORDS_PER_CAPTION = 7


def _captions(script: str) -> list[tuple[str, float]]:
    """The script in caption-sized chunks, each with the seconds it is on screen."""
    words = script.split() or ["…"]
    chunks = [words[i : i + _WORDS_PER_CAPTION] for i in range(0, len(words), _WORDS_PER_CAPTION)]
    timed = [(" ".join(chunk), max(1.2, len(chunk) * _SECONDS_PER_WORD)) for chunk in chunks]
    kept, total = [], 0.0
    for text, seconds in timed:
        if total >= _MAX_SECONDS:
            break
        kept.append((text, seconds))
        total += seconds
    return kept


def _caption_layer(size: tuple[int, int], text: str) -> Image.Image:
    w, h = size
    font_size = max(14, min(w, h) // 18)
    font = caption_font(font_size)
    lines = textwrap.wrap(text, width=max(12, int(w / (font_size * 0.55))))
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    line_h = int(font_size * 1.3)
    top = h - line_h * len(lines) - font_size
    for index, line in enumerate(lines):
        width = font.getlength(line)
        x, y = (w - width) / 2, top + index * line_h
        d.rounded_rectangle((x - 8, y - 3, x + width + 8, y + line_h), radius=6, fill=(0, 0, 0, 170))
        d.text((x, y), line, font=font, fill=(255, 255, 255, 255))
    return layer


def _still(photo: bytes, size: tuple[int, int]) -> Callable[[float], Image.Image]:
    """Frames of a still photo: the whole photo over a blurred fill of itself, slowly pushing in."""
    source = Image.open(io.BytesIO(photo)).convert("RGB")
    w, h = size
    fill = source.resize(size).filter(ImageFilter.GaussianBlur(12))
    scale = min(w / source.width, h / source.height)
    fitted = source.resize((max(2, int(source.width * scale)), max(2, int(source.height * scale))))
    fill.paste(fitted, ((w - fitted.width) // 2, (h - fitted.height) // 2))

    def frame(t: float) -> Image.Image:
        zoom = 1.0 + 0.04 * t
        cw, ch = w / zoom, h / zoom
        box = ((w - cw) / 2, (h - ch) / 2, (w + cw) / 2, (h + ch) / 2)
        return fill.resize(size, Image.Resampling.BILINEAR, box=box)

    return frame


def _speaking(portrait: Portrait, size: tuple[int, int]) -> Callable[[float], Image.Image]:
    """Frames of a portrait speaking: the mouth opens and closes (three drawn states, reused)."""
    orientation = "horizontal" if size[0] > size[1] else "vertical"
    framed = Portrait(portrait.identity, replace(portrait.look, orientation=orientation))

    def frame(t: float) -> Image.Image:
        level = abs(math.sin(t * 9.0)) * (0.6 + 0.4 * abs(math.sin(t * 2.3)))
        return draw(framed, size, round(level * 2) / 2)

    return frame


@functools.lru_cache(maxsize=32)
def talking_mp4(subject: Portrait | bytes, script: str, aspect_ratio: str = "16:9") -> bytes:
    """An MP4 of `subject` (a portrait, which speaks; or a still photo's bytes) with `script` as captions.
    Cached per content."""
    import av

    size = VIDEO_SIZES.get(aspect_ratio, VIDEO_SIZES["16:9"])
    source = _speaking(subject, size) if isinstance(subject, Portrait) else _still(subject, size)
    fd, path = tempfile.mkstemp(suffix=".mp4")  # faststart rewrites the file: it needs a real one
    os.close(fd)
    try:
        with av.open(path, "w", format="mp4", options={"movflags": "+faststart"}) as out:
            stream = out.add_stream("libx264", rate=FPS, options={"preset": "veryfast", "crf": "30"})
            stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
            t = 0.0
            for text, seconds in _captions(script):
                layer = _caption_layer(size, text)
                for _ in range(round(seconds * FPS)):
                    image = Image.alpha_composite(source(t).convert("RGBA"), layer).convert("RGB")
                    for packet in stream.encode(av.VideoFrame.from_image(image)):  # type: ignore[no-untyped-call]
                        out.mux(packet)
                    t += 1 / FPS
            for packet in stream.encode():
                out.mux(packet)
        with open(path, "rb") as file:
            return file.read()
    finally:
        os.unlink(path)
