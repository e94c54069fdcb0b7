"""Drawing the setting of a portrait with Pillow: the look's scene (a studio, an office, a street, a beach,
...) behind the person, out of focus as behind a portrait. Part of `drawing`."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from .portrait import RGB, Look, mix, shade

__all__ = ["background"]


def background(look: Look, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """The look's scene at `size`, blurred unless it is the studio's plain wall (`rng`: where things go)."""
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
        top, bottom = mix(top, (255, 200, 140), 0.3), mix(bottom, (230, 150, 90), 0.3)
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
            lit = (255, 214, 120) if scene != "street" else shade(tone, 1.35)
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
        image = Image.composite(image, Image.new("RGB", size, shade(top, 1.06)), glow)
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


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size)
    return ImageOps.colorize(ramp, top, bottom)
