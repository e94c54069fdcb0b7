"""Drawing a `Portrait` with Pillow: the setting, the person framed by pose, the face, the style's grading
and the small caption saying what was asked. Deterministic: the same portrait gives the same pixels.

Needs Pillow (the ``media`` extra, part of ``mock``); `heygen_avatars.mock.pictures` falls back to flat
images when it is missing.
"""

from __future__ import annotations

import functools
import io
import random
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

from .portrait import RGB, Identity, Look, Portrait, size_of

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont, ImageFont as BitmapFont

__all__ = ["caption_font", "draw", "png_bytes"]

_SUPERSAMPLE = 2  # drawn at twice the size, then scaled down: smooth edges without an anti-aliasing API


def _shade(colour: RGB, factor: float) -> RGB:
    return (
        min(255, int(colour[0] * factor)),
        min(255, int(colour[1] * factor)),
        min(255, int(colour[2] * factor)),
    )


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (int(a[0] + (b[0] - a[0]) * t), int(a[1] + (b[1] - a[1]) * t), int(a[2] + (b[2] - a[2]) * t))


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size)
    return ImageOps.colorize(ramp, top, bottom)


# the setting -----------------------------------------------------------------------------------------------


def _background(look: Look, size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    scene = look.scene
    skies = {
        "rooftop": ((250, 150, 90), (120, 70, 140)),
        "sunset": ((252, 170, 90), (150, 70, 120)),
        "night": ((16, 18, 48), (60, 20, 70)),
        "beach": ((120, 190, 240), (220, 240, 250)),
        "park": ((150, 200, 240), (210, 235, 245)),
        "street": ((170, 200, 230), (225, 230, 235)),
    }
    walls = {
        "office": ((232, 230, 222), (206, 204, 196)),
        "cafe": ((150, 104, 70), (96, 64, 44)),
        "library": ((120, 84, 56), (80, 56, 40)),
        "studio": ((222, 228, 236), (170, 180, 196)),
    }
    top, bottom = skies.get(scene) or walls.get(scene) or walls["studio"]
    if look.warm:
        top, bottom = _mix(top, (255, 200, 140), 0.3), _mix(bottom, (230, 150, 90), 0.3)
    image = _gradient(size, top, bottom)
    d = ImageDraw.Draw(image)
    if scene in ("street", "rooftop", "sunset", "night"):
        if scene in ("rooftop", "sunset"):
            d.ellipse((w * 0.68, h * 0.30, w * 0.84, h * 0.30 + w * 0.16), fill=(255, 226, 150))
        x = -rng.uniform(0, w * 0.05)
        base = h * (0.62 if scene in ("rooftop", "sunset") else 0.9)
        while x < w:
            bw = rng.uniform(w * 0.07, w * 0.16)
            bh = rng.uniform(h * 0.25, h * 0.6)
            tone = (
                (44, 40, 60)
                if scene != "street"
                else rng.choice(((150, 140, 130), (120, 110, 110), (170, 160, 150), (110, 120, 135)))
            )
            d.rectangle((x, base - bh, x + bw, h), fill=tone)
            lit = (255, 214, 120) if scene != "street" else _shade(tone, 1.35)
            for wy in range(int(base - bh + h * 0.03), int(h), max(6, int(h * 0.05))):
                for wx in range(int(x + bw * 0.12), int(x + bw * 0.85), max(6, int(bw * 0.22))):
                    if rng.random() < 0.6:
                        d.rectangle((wx, wy, wx + bw * 0.1, wy + h * 0.025), fill=lit)
            x += bw + rng.uniform(0, w * 0.02)
        if scene == "street":
            d.rectangle((0, h * 0.9, w, h), fill=(96, 96, 100))
        if scene in ("rooftop", "sunset"):
            d.rectangle((0, h * 0.8, w, h), fill=(70, 60, 70))
            for rx in range(0, w, max(8, w // 24)):
                d.line((rx, h * 0.72, rx, h * 0.8), fill=(30, 28, 34), width=max(2, w // 300))
            d.line((0, h * 0.72, w, h * 0.72), fill=(30, 28, 34), width=max(3, w // 200))
        if scene == "night":
            for _ in range(5):
                nx, ny = rng.uniform(0, w), rng.uniform(0, h * 0.6)
                colour = rng.choice(((255, 40, 200), (40, 240, 255)))
                d.line((nx, ny, nx + w * 0.15, ny), fill=colour, width=max(3, w // 150))
    elif scene == "beach":
        d.rectangle((0, h * 0.55, w, h * 0.75), fill=(40, 120, 180))
        d.rectangle((0, h * 0.75, w, h), fill=(236, 214, 170))
    elif scene == "park":
        d.rectangle((0, h * 0.7, w, h), fill=(88, 150, 70))
        for _ in range(9):
            tx, ty, r = rng.uniform(0, w), rng.uniform(h * 0.25, h * 0.6), rng.uniform(w * 0.06, w * 0.14)
            d.ellipse((tx - r, ty - r, tx + r, ty + r), fill=rng.choice(((60, 120, 60), (80, 140, 70))))
    elif scene == "office":
        wx0 = w * (0.05 if rng.random() < 0.5 else 0.62)
        d.rectangle((wx0, h * 0.12, wx0 + w * 0.33, h * 0.62), fill=(190, 218, 240))
        for i in range(1, 3):
            d.line(
                (wx0 + w * 0.11 * i, h * 0.12, wx0 + w * 0.11 * i, h * 0.62),
                fill=(250, 250, 250),
                width=max(3, w // 160),
            )
        d.line((wx0, h * 0.37, wx0 + w * 0.33, h * 0.37), fill=(250, 250, 250), width=max(3, w // 160))
        d.rectangle((0, h * 0.78, w, h), fill=(150, 120, 90))
    elif scene in ("library", "cafe"):
        for shelf in range(4):
            sy = h * (0.12 + shelf * 0.2)
            d.rectangle((0, sy + h * 0.15, w, sy + h * 0.17), fill=(70, 44, 28))
            x = 0.0
            while x < w and scene == "library":
                bw = rng.uniform(w * 0.012, w * 0.03)
                colour = rng.choice(((150, 40, 40), (40, 80, 130), (60, 110, 60), (180, 150, 60)))
                d.rectangle((x, sy + rng.uniform(0, h * 0.04), x + bw, sy + h * 0.15), fill=colour)
                x += bw + 1
        if scene == "cafe":
            for lx in (0.2, 0.5, 0.8):
                d.ellipse(
                    (w * lx - w * 0.03, h * 0.08, w * lx + w * 0.03, h * 0.08 + w * 0.06),
                    fill=(255, 220, 150),
                )
    else:  # studio: a soft light behind the head
        glow = Image.radial_gradient("L").resize(size)
        image = Image.composite(image, Image.new("RGB", size, _shade(top, 1.06)), glow)
    if look.plants or scene == "office":
        _plant(ImageDraw.Draw(image), w * (0.1 if rng.random() < 0.5 else 0.86), h, w, rng)
    if scene != "studio":  # the setting out of focus, as behind a portrait
        image = image.filter(ImageFilter.GaussianBlur(max(1.0, w / 160)))
    return image


def _plant(d: ImageDraw.ImageDraw, x: float, h: int, w: int, rng: random.Random) -> None:
    d.rectangle((x - w * 0.035, h * 0.72, x + w * 0.035, h * 0.82), fill=(170, 110, 70))
    for _ in range(14):
        lx, ly = x + rng.uniform(-w * 0.08, w * 0.08), rng.uniform(h * 0.45, h * 0.72)
        r = w * rng.uniform(0.02, 0.04)
        d.ellipse((lx - r, ly - r * 1.8, lx + r, ly + r), fill=rng.choice(((46, 120, 60), (70, 150, 70))))


# the person ------------------------------------------------------------------------------------------------

_FRAMING = {  # pose -> (head height, head centre y), as fractions of the picture's height
    "close_up": (0.50, 0.42),
    "half_body": (0.30, 0.33),
    "full_body": (0.12, 0.16),
}


def _person(image: Image.Image, who: Identity, look: Look, mouth: float) -> None:
    w, h = image.size
    d = ImageDraw.Draw(image)
    head, centre_y = _FRAMING.get(look.pose, _FRAMING["half_body"])
    u = h * head
    if look.orientation == "vertical" and look.pose != "full_body":
        u = min(u, w * 0.62)
    shift = (0.0, -0.07, 0.07, 0.03)[look.variant % 4] if look.pose != "close_up" else 0.0
    cx, cy = w * (0.5 + shift), h * centre_y
    face_w = who.face_width * u
    skin = who.skin
    _hair_back(d, who, cx, cy, u)
    d.rectangle((cx - 0.17 * u, cy + 0.2 * u, cx + 0.17 * u, cy + 0.72 * u), fill=_shade(skin, 0.88))
    _body(d, who, look, cx, cy, u, h)
    for side in (-1, 1):  # ears
        ex = cx + side * face_w / 2
        d.ellipse((ex - 0.06 * u, cy - 0.1 * u, ex + 0.06 * u, cy + 0.1 * u), fill=_shade(skin, 0.94))
    d.ellipse((cx - face_w / 2, cy - u / 2, cx + face_w / 2, cy + u / 2), fill=skin)
    _face(d, who, look, cx, cy, u, mouth)
    _hair_front(d, who, cx, cy, u, face_w)
    if look.glasses:
        eye_y, dx = cy - 0.02 * u, who.eye_gap * 0.5 * u
        lw = max(2, int(0.014 * u))
        for side in (-1, 1):
            ex = cx + side * dx
            d.rounded_rectangle(
                (ex - 0.1 * u, eye_y - 0.07 * u, ex + 0.1 * u, eye_y + 0.07 * u),
                radius=0.03 * u,
                outline=(30, 30, 34),
                width=lw,
            )
        d.line((cx - dx + 0.1 * u, eye_y, cx + dx - 0.1 * u, eye_y), fill=(30, 30, 34), width=lw)


def _hair_back(d: ImageDraw.ImageDraw, who: Identity, cx: float, cy: float, u: float) -> None:
    hair = who.hair
    if who.hair_style == "long":
        d.rounded_rectangle(
            (cx - 0.52 * u, cy - 0.56 * u, cx + 0.52 * u, cy + 1.0 * u),
            radius=0.4 * u,
            fill=_shade(hair, 0.9),
        )
    elif who.hair_style == "bob":
        d.rounded_rectangle(
            (cx - 0.5 * u, cy - 0.56 * u, cx + 0.5 * u, cy + 0.36 * u), radius=0.3 * u, fill=_shade(hair, 0.9)
        )
    elif who.hair_style == "bun":
        d.ellipse((cx - 0.2 * u, cy - 0.82 * u, cx + 0.2 * u, cy - 0.42 * u), fill=hair)
    elif who.hair_style == "curly":
        rng = random.Random(f"curls/{who.seed}")
        for i in range(26):
            t = i / 25
            x = cx + (t - 0.5) * 1.05 * u
            y = cy - 0.42 * u * (1 - abs(t - 0.5) * 1.2) + rng.uniform(-0.04, 0.04) * u
            r = rng.uniform(0.1, 0.14) * u
            d.ellipse((x - r, y - r, x + r, y + r), fill=hair)
        for side in (-1, 1):
            d.ellipse(
                (
                    cx + side * 0.42 * u - 0.14 * u,
                    cy - 0.2 * u,
                    cx + side * 0.42 * u + 0.14 * u,
                    cy + 0.25 * u,
                ),
                fill=hair,
            )


def _body(d: ImageDraw.ImageDraw, who: Identity, look: Look, cx: float, cy: float, u: float, h: int) -> None:
    colour = look.colour
    half = (1.3 if who.gender == "Man" else 1.12) * u
    top = cy + 0.62 * u
    full = look.pose == "full_body"
    bottom = top + 2.4 * u if full else h + u
    if full:  # legs, shoes, arms
        legs = _shade((52, 60, 84), 1.0) if look.garment != "dress" else who.skin
        for side in (-1, 1):
            x0 = cx + side * 0.32 * u
            d.rounded_rectangle(
                (x0 - 0.26 * u, bottom - 0.2 * u, x0 + 0.26 * u, bottom + 3.2 * u), radius=0.12 * u, fill=legs
            )
            d.ellipse((x0 - 0.32 * u, bottom + 3.05 * u, x0 + 0.36 * u, bottom + 3.35 * u), fill=(40, 32, 30))
            ax = cx + side * (half + 0.05 * u)
            d.rounded_rectangle(
                (ax - 0.2 * u, top + 0.15 * u, ax + 0.2 * u, top + 2.3 * u),
                radius=0.18 * u,
                fill=_shade(colour, 0.92),
            )
            d.ellipse((ax - 0.15 * u, top + 2.2 * u, ax + 0.15 * u, top + 2.55 * u), fill=who.skin)
        if look.garment == "dress":
            d.polygon(
                [
                    (cx - half, bottom - 0.3 * u),
                    (cx + half, bottom - 0.3 * u),
                    (cx + half * 1.3, bottom + 1.6 * u),
                    (cx - half * 1.3, bottom + 1.6 * u),
                ],
                fill=colour,
            )
    d.rounded_rectangle((cx - half, top, cx + half, bottom), radius=0.45 * u, fill=colour)
    dark, light = _shade(colour, 0.7), _shade(colour, 1.25)
    neck = (cx - 0.2 * u, top - 0.05 * u, cx + 0.2 * u, top + 0.22 * u)
    garment = look.garment
    if garment in ("blazer", "jacket"):
        under = (245, 245, 242) if garment == "blazer" else (236, 236, 236)
        d.polygon([(cx - 0.3 * u, top), (cx + 0.3 * u, top), (cx, top + 1.25 * u)], fill=under)
        for side in (-1, 1):
            d.polygon(
                [
                    (cx + side * 0.3 * u, top - 0.02 * u),
                    (cx + side * 0.5 * u, top + 0.1 * u),
                    (cx + side * 0.16 * u, top + 0.75 * u),
                    (cx + side * 0.02 * u, top + 1.25 * u),
                ],
                fill=dark,
            )
        if look.colour == (74, 108, 150):  # denim: its seams
            for side in (-1, 1):
                d.line(
                    (cx + side * 0.7 * u, top + 0.2 * u, cx + side * 0.7 * u, bottom),
                    fill=light,
                    width=max(2, int(0.02 * u)),
                )
        for k in range(2):
            by = top + (1.35 + 0.3 * k) * u
            d.ellipse((cx - 0.04 * u, by - 0.04 * u, cx + 0.04 * u, by + 0.04 * u), fill=dark)
    elif garment == "shirt":
        d.pieslice(neck, 0, 180, fill=who.skin)
        for side in (-1, 1):
            d.polygon(
                [
                    (cx, top + 0.18 * u),
                    (cx + side * 0.3 * u, top - 0.02 * u),
                    (cx + side * 0.34 * u, top + 0.2 * u),
                ],
                fill=light if colour[0] < 200 else (225, 225, 222),
            )
        d.line((cx, top + 0.2 * u, cx, bottom), fill=dark, width=max(2, int(0.012 * u)))
        for k in range(3):
            by = top + (0.45 + 0.4 * k) * u
            d.ellipse((cx - 0.025 * u, by - 0.025 * u, cx + 0.025 * u, by + 0.025 * u), fill=dark)
    elif garment in ("tshirt", "sweater", "dress"):
        if garment == "dress":
            d.polygon([(cx - 0.3 * u, top), (cx + 0.3 * u, top), (cx, top + 0.6 * u)], fill=who.skin)
        else:
            band = 0.07 * u if garment == "sweater" else 0.03 * u
            d.pieslice((neck[0] - band, neck[1] - band, neck[2] + band, neck[3] + band), 0, 180, fill=dark)
            d.pieslice(neck, 0, 180, fill=who.skin)
    elif garment == "hoodie":
        d.ellipse((cx - 0.42 * u, top - 0.2 * u, cx + 0.42 * u, top + 0.35 * u), fill=dark)
        d.pieslice(neck, 0, 180, fill=who.skin)
        for side in (-1, 1):
            d.line(
                (cx + side * 0.12 * u, top + 0.25 * u, cx + side * 0.14 * u, top + 0.8 * u),
                fill=light,
                width=max(2, int(0.02 * u)),
            )


def _face(
    d: ImageDraw.ImageDraw, who: Identity, look: Look, cx: float, cy: float, u: float, mouth: float
) -> None:
    skin, dark_skin = who.skin, _shade(who.skin, 0.78)
    big = 1.3 if look.style == "Pixar" else 1.0
    eye_y, dx = cy - 0.02 * u, who.eye_gap * 0.5 * u
    ew, eh = 0.065 * u * big, 0.034 * u * big
    lid = max(2, int((0.012 if who.gender == "Woman" else 0.008) * u))
    brow = _shade(who.hair, 0.8) if who.hair_style != "bald" else (60, 50, 44)
    for side in (-1, 1):
        ex = cx + side * dx
        d.ellipse((ex - ew, eye_y - eh, ex + ew, eye_y + eh), fill=(250, 250, 248))
        r = 0.034 * u * big
        d.ellipse((ex - r, eye_y - r, ex + r, eye_y + r), fill=who.eyes)
        d.ellipse((ex - r / 2, eye_y - r / 2, ex + r / 2, eye_y + r / 2), fill=(16, 12, 12))
        d.ellipse((ex + r * 0.2, eye_y - r * 0.6, ex + r * 0.6, eye_y - r * 0.2), fill=(255, 255, 255))
        d.arc((ex - ew, eye_y - eh, ex + ew, eye_y + eh), 190, 350, fill=(40, 30, 28), width=lid)
        by = eye_y - 0.1 * u
        lift = who.brow_tilt * u  # the inner end, raised (+) or lowered (-): a friendly or a firm look
        inner, outer = ex - side * 0.08 * u, ex + side * 0.08 * u
        d.line(
            (inner, by - lift, ex, by - 0.012 * u, outer, by + 0.01 * u),
            fill=brow,
            width=max(3, int(0.022 * u)),
            joint="curve",
        )
        if who.age in ("Senior", "Late Middle Age"):
            for k in range(2 if who.age == "Senior" else 1):
                wx = ex + side * (ew + 0.02 * u)
                d.line(
                    (
                        wx,
                        eye_y - 0.01 * u + k * 0.025 * u,
                        wx + side * 0.04 * u,
                        eye_y - 0.025 * u + k * 0.035 * u,
                    ),
                    fill=dark_skin,
                    width=max(1, int(0.006 * u)),
                )
    if who.age == "Senior":
        for k in range(2):
            fy = cy - 0.26 * u + k * 0.04 * u
            d.arc(
                (cx - 0.18 * u, fy, cx + 0.18 * u, fy + 0.06 * u),
                200,
                340,
                fill=dark_skin,
                width=max(1, int(0.006 * u)),
            )
    d.line(
        (cx + 0.02 * u, eye_y + 0.05 * u, cx + 0.04 * u, cy + 0.15 * u),
        fill=dark_skin,
        width=max(2, int(0.01 * u)),
    )
    d.arc(
        (cx - 0.06 * u, cy + 0.1 * u, cx + 0.06 * u, cy + 0.19 * u),
        20,
        160,
        fill=dark_skin,
        width=max(2, int(0.01 * u)),
    )
    mouth_y, mw = cy + 0.28 * u, who.mouth_width * u * 0.5
    if who.beard:
        d.chord(
            (cx - who.face_width * u / 2, cy - u / 2, cx + who.face_width * u / 2, cy + u / 2),
            15,
            165,
            fill=_shade(who.hair, 0.85),
        )
        d.ellipse(
            (cx - mw * 1.1, mouth_y - 0.06 * u, cx + mw * 1.1, mouth_y + 0.01 * u),
            fill=_shade(who.hair, 0.85),
        )
    lips = _mix(skin, (190, 70, 80), 0.45 if who.gender == "Woman" else 0.25)
    if mouth > 0.05:
        open_h = 0.07 * u * mouth
        d.ellipse(
            (cx - mw * 0.8, mouth_y - open_h / 2, cx + mw * 0.8, mouth_y + open_h / 2),
            fill=(90, 30, 36),
            outline=lips,
            width=max(2, int(0.014 * u)),
        )
    else:
        d.arc(
            (cx - mw, mouth_y - 0.07 * u, cx + mw, mouth_y + 0.03 * u),
            20,
            160,
            fill=lips,
            width=max(3, int(0.018 * u)),
        )


def _hair_front(d: ImageDraw.ImageDraw, who: Identity, cx: float, cy: float, u: float, face_w: float) -> None:
    hair, style = who.hair, who.hair_style
    if style == "bald":
        for side in (-1, 1):
            x = cx + side * face_w * 0.46
            d.ellipse((x - 0.05 * u, cy - 0.2 * u, x + 0.05 * u, cy + 0.02 * u), fill=_shade(hair, 0.9))
        return
    pad = 0.04 * u
    d.chord((cx - face_w / 2 - pad, cy - 0.6 * u, cx + face_w / 2 + pad, cy + 0.02 * u), 180, 360, fill=hair)
    if style in ("long", "bob", "bun"):  # a side-swept fringe and locks framing the face
        d.polygon(
            [
                (cx - face_w * 0.5, cy - 0.3 * u),
                (cx + face_w * 0.1, cy - 0.3 * u),
                (cx - face_w * 0.42, cy - 0.12 * u),
            ],
            fill=hair,
        )
        if style != "bun":
            for side in (-1, 1):
                x = cx + side * face_w * 0.47
                d.rounded_rectangle(
                    (x - 0.07 * u, cy - 0.32 * u, x + 0.07 * u, cy + 0.3 * u), radius=0.05 * u, fill=hair
                )


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
    setting = _background(look, (final[0] // 2, final[1] // 2), rng).resize(final, Image.Resampling.BILINEAR)
    person = Image.new("RGBA", (final[0] * _SUPERSAMPLE, final[1] * _SUPERSAMPLE), (0, 0, 0, 0))
    _person(person, portrait.identity, look, mouth)
    image = Image.alpha_composite(setting.convert("RGBA"), person.reduce(_SUPERSAMPLE)).convert("RGB")
    return _grade(image, look.style)


@functools.lru_cache(maxsize=256)
def png_bytes(portrait: Portrait) -> bytes:
    """The portrait with its caption as PNG bytes (cached per portrait)."""
    out = io.BytesIO()
    label(draw(portrait), portrait.caption).save(
        out, format="PNG", compress_level=1
    )  # fast: the mock serves them locally
    return out.getvalue()
