"""Drawing a `Portrait` with Pillow: the setting (`drawing_scene`) and the person (`drawing_person`)
composed, the style's grading and the small caption saying what was asked. Deterministic: the same
portrait gives the same pixels.

Needs Pillow (the ``media`` extra, part of ``mock``); `heygen_avatars.mock.pictures` falls back to flat
images when it is missing.
"""

from __future__ import annotations

import functools
import io
import random
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

from .drawing_person import person
from .drawing_scene import background
from .portrait import Portrait, size_of

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont, ImageFont as BitmapFont

__all__ = ["caption_font", "draw", "label", "png_bytes"]

_SUPERSAMPLE = 2  # drawn at twice the size, then scaled down: smooth edges without an anti-aliasing API


# the style and the caption ---------------------------------------------------------------------------------


def _vignette(image: Image.Image, strength: float) -> Image.Image:
    table = [int(max(0, v - 90) * strength) for v in range(256)]  # dark only towards the edges
    mask = Image.radial_gradient("L").resize(image.size).point(table)
    return Image.composite(Image.new("RGB", image.size, (0, 0, 0)), image, mask)


def _grade(image: Image.Image, style: str) -> Image.Image:
    grey = ImageOps.grayscale(image)
    if style == "Pixar":
        image = ImageEnhance.Color(image).enhance(1.45)
        return ImageEnhance.Contrast(image).enhance(1.06)
    if style == "Cinematic":
        tone = ImageOps.colorize(grey, (8, 34, 44), (255, 214, 170), mid=(120, 110, 100))
        image = _vignette(Image.blend(image, tone, 0.4), 0.9)
        d = ImageDraw.Draw(image)
        bar = int(image.size[1] * 0.08)
        d.rectangle((0, 0, image.size[0], bar), fill=(0, 0, 0))
        d.rectangle((0, image.size[1] - bar, image.size[0], image.size[1]), fill=(0, 0, 0))
        return image
    if style == "Vintage":
        sepia = ImageOps.colorize(grey, (44, 28, 16), (250, 236, 204))
        return _vignette(ImageEnhance.Contrast(Image.blend(image, sepia, 0.75)).enhance(0.9), 0.8)
    if style == "Noir":
        return _vignette(ImageEnhance.Contrast(grey).enhance(1.6).convert("RGB"), 1.2)
    if style == "Cyberpunk":
        neon = ImageOps.colorize(grey, (24, 0, 48), (120, 255, 255), mid=(230, 40, 200))
        return _vignette(Image.blend(image, neon, 0.5), 0.8)
    return _vignette(image, 0.35)  # Realistic, Unspecified: a soft portrait vignette


@functools.lru_cache(maxsize=8)
def caption_font(size: int) -> FreeTypeFont | BitmapFont:
    """Pillow's bundled font at `size` pixels (its small bitmap font where FreeType is missing)."""
    try:
        return ImageFont.load_default(size)
    except (TypeError, OSError, ImportError):  # pragma: no cover - Pillow without FreeType
        return ImageFont.load_default()


def label(image: Image.Image, lines: tuple[str, ...]) -> Image.Image:
    """`image` with `lines` small on a translucent strip at its bottom."""
    if not lines:
        return image
    w, h = image.size
    size = max(12, min(w, h) // 40)
    font = caption_font(size)
    fitted = [_fit(line, font, w - 2 * size) for line in lines]
    strip = int(size * 1.35 * len(fitted) + size * 0.8)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(overlay)
    d.rectangle((0, h - strip, w, h), fill=(0, 0, 0, 150))
    for index, line in enumerate(fitted):
        d.text(
            (size, h - strip + size * 0.4 + index * size * 1.35),
            line,
            font=font,
            fill=(255, 255, 255, 235 if index else 190),
        )
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _fit(text: str, font: FreeTypeFont | BitmapFont, width: int) -> str:
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text + "…"


@functools.lru_cache(maxsize=64)
def draw(portrait: Portrait, size: tuple[int, int] | None = None, mouth: float = 0.0) -> Image.Image:
    """The portrait as an image (`size`: its orientation's by default; `mouth`: 0 closed .. 1 open).
    Cached: treat the result as read-only."""
    look = portrait.look
    final = size or size_of(look.orientation)
    rng = random.Random(f"scene/{portrait.identity.seed}/{look}")
    # the setting is out of focus: drawn at half size and scaled up; the person at twice, scaled down
    setting = background(look, (final[0] // 2, final[1] // 2), rng).resize(final, Image.Resampling.BILINEAR)
    figure = Image.new("RGBA", (final[0] * _SUPERSAMPLE, final[1] * _SUPERSAMPLE), (0, 0, 0, 0))
    person(figure, portrait.identity, look, mouth)
    image = Image.alpha_composite(setting.convert("RGBA"), figure.reduce(_SUPERSAMPLE)).convert("RGB")
    return _grade(image, look.style)


@functools.lru_cache(maxsize=256)
def png_bytes(portrait: Portrait) -> bytes:
    """The portrait with its caption as PNG bytes (cached per portrait)."""
    out = io.BytesIO()
    label(draw(portrait), portrait.caption).save(
        out, format="PNG", compress_level=1
    )  # fast: the mock serves them locally
    return out.getvalue()
