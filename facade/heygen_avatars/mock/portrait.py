"""What the mock's pictures show: a person (`Identity`: the face, kept across every look of one avatar) in
a `Look` (clothes, setting, framing, style) read from the request's attributes and prompt words.

Pure data, word matching and the colour arithmetic the drawing uses; drawing is `heygen_avatars.mock.drawing`
(Pillow). A `Portrait` is hashable: it is the cache key of what is drawn from it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "RGB",
    "SIZES",
    "Identity",
    "Look",
    "Portrait",
    "caption_lines",
    "identity_for",
    "look_for",
    "mix",
    "shade",
    "size_of",
]

RGB = tuple[int, int, int]


def shade(colour: RGB, factor: float) -> RGB:
    """`colour` darker (factor < 1) or lighter (> 1)."""
    return (
        min(255, int(colour[0] * factor)),
        min(255, int(colour[1] * factor)),
        min(255, int(colour[2] * factor)),
    )


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` blended towards `b` by `t` (0: a, 1: b)."""
    return (int(a[0] + (b[0] - a[0]) * t), int(a[1] + (b[1] - a[1]) * t), int(a[2] + (b[2] - a[2]) * t))


#: pixel sizes by orientation, like HeyGen's AI photos (every side >= 512: they pass the upload rules)
SIZES: dict[str, tuple[int, int]] = {
    "square": (1024, 1024),
    "horizontal": (1280, 720),
    "vertical": (720, 1280),
}

_SKIN: dict[str, tuple[RGB, ...]] = {
    "White": ((243, 211, 186), (234, 192, 164), (226, 182, 152)),
    "Black": ((141, 90, 52), (118, 72, 44), (96, 60, 38)),
    "Asian American": ((241, 207, 174), (232, 193, 156), (224, 186, 148)),
    "East Asian": ((243, 212, 180), (234, 199, 162)),
    "South East Asian": ((214, 168, 124), (202, 154, 110)),
    "South Asian": ((192, 138, 98), (172, 120, 82)),
    "Middle Eastern": ((216, 172, 132), (202, 157, 117)),
    "Pacific": ((182, 128, 88), (166, 114, 78)),
    "Hispanic": ((224, 178, 138), (208, 158, 118)),
}
_DARK_HAIR: tuple[RGB, ...] = ((28, 24, 22), (48, 36, 28), (62, 44, 32))
_LIGHT_HAIR: tuple[RGB, ...] = ((206, 172, 104), (122, 82, 48), (146, 70, 36), (88, 60, 40))
_EYES: tuple[RGB, ...] = ((72, 48, 30), (96, 64, 38), (58, 40, 28))
_LIGHT_EYES: tuple[RGB, ...] = ((70, 110, 160), (80, 120, 80), (96, 64, 38))

COLOURS: dict[str, RGB] = {
    "white": (240, 240, 236), "black": (30, 30, 34), "navy": (28, 40, 84), "blue": (46, 96, 186),
    "denim": (74, 108, 150), "red": (186, 36, 44), "burgundy": (110, 28, 44), "maroon": (112, 30, 40),
    "green": (48, 128, 74), "olive": (104, 110, 52), "teal": (30, 128, 128), "yellow": (236, 198, 60),
    "mustard": (204, 160, 40), "orange": (232, 120, 40), "pink": (232, 140, 170), "purple": (112, 60, 150),
    "lavender": (170, 150, 210), "grey": (128, 128, 132), "gray": (128, 128, 132), "silver": (190, 190, 196),
    "beige": (216, 196, 160), "cream": (240, 228, 200), "khaki": (176, 160, 110), "tan": (196, 160, 112),
    "brown": (110, 74, 46), "camel": (184, 138, 86), "gold": (212, 172, 60), "charcoal": (58, 60, 66),
}  # fmt: skip
_HAIR_WORDS: dict[str, RGB] = {
    "blonde": (214, 180, 110), "blond": (214, 180, 110), "brunette": (88, 58, 36), "redhead": (150, 66, 30),
    "ginger": (168, 80, 34), "auburn": (130, 56, 34), "grey hair": (188, 188, 190),
    "gray hair": (188, 188, 190), "silver hair": (208, 208, 214), "white hair": (232, 232, 232),
    "black hair": (26, 22, 20), "brown hair": (96, 64, 40), "red hair": (150, 60, 30),
    "pink hair": (232, 130, 170), "blue hair": (60, 100, 200),
}  # fmt: skip
_HAIR_STYLES: dict[str, str] = {
    "bald": "bald", "shaved": "bald", "buzz": "short", "short hair": "short", "pixie": "short",
    "bob": "bob", "long hair": "long", "ponytail": "bun", "bun": "bun", "curly": "curly", "afro": "curly",
    "braids": "long", "wavy": "long",
}  # fmt: skip
#: clothing words, most specific first: the garment drawn, and its default colour
_CLOTHES: tuple[tuple[str, str, RGB], ...] = (
    ("denim jacket", "jacket", COLOURS["denim"]),
    ("leather jacket", "jacket", (40, 34, 32)),
    ("t-shirt", "tshirt", (236, 236, 236)), ("tee", "tshirt", (236, 236, 236)),
    ("blazer", "blazer", COLOURS["navy"]), ("suit", "blazer", COLOURS["charcoal"]),
    ("hoodie", "hoodie", COLOURS["grey"]), ("sweater", "sweater", COLOURS["cream"]),
    ("jumper", "sweater", COLOURS["cream"]), ("cardigan", "sweater", COLOURS["beige"]),
    ("turtleneck", "sweater", COLOURS["black"]), ("dress", "dress", COLOURS["red"]),
    ("blouse", "shirt", COLOURS["white"]), ("shirt", "shirt", COLOURS["white"]),
    ("coat", "jacket", COLOURS["camel"]), ("jacket", "jacket", COLOURS["charcoal"]),
    ("uniform", "blazer", COLOURS["navy"]), ("scrubs", "tshirt", COLOURS["teal"]),
    ("casual", "tshirt", (236, 236, 236)), ("formal", "blazer", COLOURS["charcoal"]),
    ("business", "blazer", COLOURS["navy"]), ("stylish", "jacket", COLOURS["camel"]),
)  # fmt: skip
#: setting words, most specific first
_SCENES: tuple[tuple[str, str], ...] = (
    ("rooftop", "rooftop"), ("sunset", "sunset"), ("city street", "street"), ("street", "street"),
    ("city", "street"), ("office", "office"), ("beach", "beach"), ("sea", "beach"), ("park", "park"),
    ("garden", "park"), ("forest", "park"), ("outdoor", "park"), ("cafe", "cafe"), ("café", "cafe"),
    ("coffee", "cafe"), ("library", "library"), ("bookshelf", "library"), ("classroom", "library"),
    ("night", "night"), ("neon", "night"), ("studio", "studio"),
)  # fmt: skip


def _words(*texts: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9\- ]+", " ", (t or "").lower()) for t in texts)


def _has(words: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", words) is not None


def _first(words: str, table: Iterable[tuple[str, str]]) -> str | None:
    hits = [(words.find(phrase), index, value) for index, (phrase, value) in enumerate(table)
            if _has(words, phrase)]  # fmt: skip
    return min(hits)[2] if hits else None


@dataclass(frozen=True, slots=True)
class Identity:
    """A face: what every look of one avatar shares (seeded, then steered by the asked attributes)."""

    seed: str
    gender: str
    age: str
    skin: RGB
    hair: RGB
    hair_style: str
    eyes: RGB
    face_width: float
    eye_gap: float
    mouth_width: float
    brow_tilt: float
    beard: bool


@dataclass(frozen=True, slots=True)
class Look:
    """What changes between looks: clothes, setting, framing and style."""

    garment: str
    colour: RGB
    scene: str
    pose: str = "half_body"
    orientation: str = "square"
    style: str = "Realistic"
    glasses: bool = False
    plants: bool = False
    warm: bool = False
    variant: int = 0


@dataclass(frozen=True, slots=True)
class Portrait:
    """A person in a look, with the caption the picture carries (what was asked)."""

    identity: Identity
    look: Look
    caption: tuple[str, ...] = ()


def identity_for(
    seed: str,
    *,
    gender: str = "Unspecified",
    age: str = "Unspecified",
    ethnicity: str = "Unspecified",
    words: str = "",
) -> Identity:
    """A face from `seed`, following the asked gender, age, ethnicity and any hair/beard words."""
    rng = random.Random(f"identity/{seed}")
    text = _words(words)
    if gender not in ("Woman", "Man"):
        gender = "Woman" if _has(text, "woman") or _has(text, "female") else rng.choice(("Woman", "Man"))
        gender = "Man" if _has(text, "man") or _has(text, "male") else gender
    skins = _SKIN.get(ethnicity) or tuple(s for tones in _SKIN.values() for s in tones)
    skin = rng.choice(skins)
    light = ethnicity in ("White", "Hispanic", "Unspecified")
    hair = rng.choice(_DARK_HAIR + (_LIGHT_HAIR if light else ()))
    eyes = rng.choice(_LIGHT_EYES if light and rng.random() < 0.4 else _EYES)
    if age == "Senior":
        hair = rng.choice(((196, 196, 198), (222, 222, 224)))
    elif age == "Late Middle Age":
        hair = ((hair[0] + 120) // 2, (hair[1] + 120) // 2, (hair[2] + 120) // 2)  # greying
    for phrase, colour in _HAIR_WORDS.items():
        if _has(text, phrase):
            hair = colour
    style = (
        rng.choice(("long", "long", "bob", "bun", "curly"))
        if gender == "Woman"
        else rng.choice(
            ("short", "short", "curly", "bald" if age in ("Senior", "Late Middle Age") else "short")
        )
    )
    style = _first(text, _HAIR_STYLES.items()) or style
    beard = (
        gender == "Man" and (rng.random() < 0.35 or _has(text, "beard")) and not _has(text, "clean-shaven")
    )
    return Identity(
        seed=seed, gender=gender, age=age, skin=skin, hair=hair, hair_style=style, eyes=eyes,
        face_width=rng.uniform(0.70, 0.80) + (0.04 if gender == "Man" else 0.0),
        eye_gap=rng.uniform(0.26, 0.31), mouth_width=rng.uniform(0.24, 0.32),
        brow_tilt=rng.uniform(-0.005, 0.02), beard=beard,
    )  # fmt: skip


def look_for(
    words: str | None,
    *,
    seed: str,
    pose: str | None = None,
    orientation: str | None = None,
    style: str | None = None,
    variant: int = 0,
) -> Look:
    """A look from the prompt words (clothes and colour, setting, glasses, plants, warm light) and the asked
    framing; what the words leave open comes from `seed`."""
    text = _words(words)
    rng = random.Random(f"look/{seed}")
    garment, colour = rng.choice((("shirt", COLOURS["white"]), ("sweater", COLOURS["beige"]),
                                  ("tshirt", COLOURS["teal"]), ("jacket", COLOURS["charcoal"])))  # fmt: skip
    hits = [(text.find(p), i, g, c) for i, (p, g, c) in enumerate(_CLOTHES) if _has(text, p)]
    if hits:
        start, _, garment, colour = min(hits)
        before = text[max(0, start - 24) : start].split()  # a colour word just before the garment wins
        named = [COLOURS[w] for w in before[-2:] if w in COLOURS]
        colour = named[-1] if named else colour
    else:
        named = [COLOURS[w] for w in text.split() if w in COLOURS]
        colour = named[0] if named else colour
    scene = _first(text, _SCENES) or "studio"
    return Look(
        garment=garment, colour=colour, scene=scene, pose=pose or "half_body",
        orientation=orientation or "square", style=style or "Realistic",
        glasses=_has(text, "glasses") or _has(text, "spectacles"), plants=_has(text, "plants")
        or _has(text, "plant"), warm=_has(text, "warm") or _has(text, "golden") or scene == "sunset",
        variant=variant,
    )  # fmt: skip


def caption_lines(
    *, prompt: str | None = None, look: Look, asked: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """The small label a picture carries: that the mock drew it, what was asked."""
    first = " · ".join(
        [a for a in asked if a and a != "Unspecified"] + [look.pose, look.orientation, look.style]
    )
    lines = [f"drawn by the local HeyGen mock · {first}"]
    if prompt:
        lines.append(f"“{prompt.strip()[:110]}”")
    return tuple(lines)


def size_of(orientation: str) -> tuple[int, int]:
    """The picture's pixel size for an orientation (square for anything unknown)."""
    return SIZES.get(orientation, SIZES["square"])
