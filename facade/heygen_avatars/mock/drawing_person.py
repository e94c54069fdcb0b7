"""Drawing the person of a portrait with Pillow: framed by the look's pose, hair, body and clothes, the face
(eyes, brows, the lines of age, a beard, the mouth open as far as asked) and glasses. Part of `drawing`."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .portrait import Identity, Look, mix, shade

__all__ = ["person"]

_FRAMING = {  # pose -> (head height, head centre y), as fractions of the picture's height
    "close_up": (0.50, 0.42),
    "half_body": (0.30, 0.33),
    "full_body": (0.12, 0.16),
}


def person(image: Image.Image, who: Identity, look: Look, mouth: float) -> None:
    """Draw `who` dressed and framed as `look` says onto `image` (transparent but for the person; `mouth`:
    0 closed .. 1 open)."""
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
    d.rectangle((cx - 0.17 * u, cy + 0.2 * u, cx + 0.17 * u, cy + 0.72 * u), fill=shade(skin, 0.88))
    _body(d, who, look, cx, cy, u, h)
    for side in (-1, 1):  # ears
        ex = cx + side * face_w / 2
        d.ellipse((ex - 0.06 * u, cy - 0.1 * u, ex + 0.06 * u, cy + 0.1 * u), fill=shade(skin, 0.94))
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
            fill=shade(hair, 0.9),
        )
    elif who.hair_style == "bob":
        d.rounded_rectangle(
            (cx - 0.5 * u, cy - 0.56 * u, cx + 0.5 * u, cy + 0.36 * u), radius=0.3 * u, fill=shade(hair, 0.9)
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
        legs = shade((52, 60, 84), 1.0) if look.garment != "dress" else who.skin
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
                fill=shade(colour, 0.92),
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
    dark, light = shade(colour, 0.7), shade(colour, 1.25)
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
    skin, dark_skin = who.skin, shade(who.skin, 0.78)
    big = 1.3 if look.style == "Pixar" else 1.0
    eye_y, dx = cy - 0.02 * u, who.eye_gap * 0.5 * u
    ew, eh = 0.065 * u * big, 0.034 * u * big
    lid = max(2, int((0.012 if who.gender == "Woman" else 0.008) * u))
    brow = shade(who.hair, 0.8) if who.hair_style != "bald" else (60, 50, 44)
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
            fill=shade(who.hair, 0.85),
        )
        d.ellipse(
            (cx - mw * 1.1, mouth_y - 0.06 * u, cx + mw * 1.1, mouth_y + 0.01 * u),
            fill=shade(who.hair, 0.85),
        )
    lips = mix(skin, (190, 70, 80), 0.45 if who.gender == "Woman" else 0.25)
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
            d.ellipse((x - 0.05 * u, cy - 0.2 * u, x + 0.05 * u, cy + 0.02 * u), fill=shade(hair, 0.9))
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
