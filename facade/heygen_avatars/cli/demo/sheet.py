"""The story's contact sheet: one self-contained HTML page, a section per step with what was asked (the
inputs, with their pictures) beside what came back (every image with its ids and status, videos playing)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import attrs

__all__ = ["Inputs", "Picture", "render_sheet"]


@attrs.frozen
class Picture:
    """One image the story saved: its chapter, a caption, the file (relative to the folder), ids, status."""

    chapter: str
    title: str
    file: str
    ids: tuple[tuple[str, str], ...]
    status: str
    video: str | None = None
    """The video file this image is the first frame of (shown as the video's poster), if any."""


@attrs.frozen
class Inputs:
    """What one step asked for: its fields (name, value) and the saved pictures it started from."""

    chapter: str
    fields: tuple[tuple[str, str], ...]
    files: tuple[str, ...] = ()


_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; color: #222; background: #fafafa; }
h1 { margin-bottom: .2rem; } .sub { color: #666; margin-top: 0; }
.source { background: #fff8e1; border: 1px solid #f0d98c; border-radius: 6px; padding: .5rem .8rem; }
section { margin: 2rem 0; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .3rem; }
.step { display: flex; gap: 1.5rem; align-items: flex-start; }
.inputs { flex: 0 0 260px; background: #f1f4f9; border-radius: 8px; padding: .6rem .8rem; font-size: 13px; }
.inputs h3, .outputs h3 { margin: 0 0 .4rem; font-size: 12px; text-transform: uppercase; color: #667; }
.inputs dl { margin: 0; } .inputs dt { font-weight: 600; } .inputs dd { margin: 0 0 .4rem; }
.inputs img { width: 110px; border-radius: 4px; margin: .2rem .2rem 0 0; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; width: 220px; background: #fff; border: 1px solid #e3e3e3; border-radius: 8px;
  padding: .6rem; }
figure.video { width: 460px; }
figure img, figure video { width: 100%; border-radius: 4px; }
figcaption { font-size: 12px; } code { font-size: 11px; word-break: break-all; }
.status { display: inline-block; padding: 0 .4rem; border-radius: 4px; background: #e6f4ea; color: #1e6b34; }
"""


def _figure(picture: Picture) -> str:
    ids = "".join(f"<br>{escape(kind)}: <code>{escape(value)}</code>" for kind, value in picture.ids)
    caption = (
        f"<figcaption><b>{escape(picture.title)}</b> "
        f'<span class="status">{escape(picture.status)}</span>{ids}'
    )
    if picture.video:
        video = escape(picture.video)
        return (
            f'<figure class="video"><video src="{video}" poster="{escape(picture.file)}" controls muted '
            f'playsinline preload="auto"></video>{caption}<br><a href="{video}">{video}</a> '
            f'(first frame: <a href="{escape(picture.file)}">{escape(picture.file)}</a>)'
            "</figcaption></figure>"
        )
    return (
        f'<figure><a href="{escape(picture.file)}"><img src="{escape(picture.file)}" '
        f'alt="{escape(picture.title)}"></a>{caption}</figcaption></figure>'
    )


def _inputs(inputs: Inputs | None) -> str:
    if inputs is None:
        return ""
    fields = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in inputs.fields)
    files = "".join(
        f'<a href="{escape(file)}"><img src="{escape(file)}" alt="input: {escape(file)}"></a>'
        for file in inputs.files
    )
    return f'<div class="inputs"><h3>Asked</h3><dl>{fields}</dl>{files}</div>'


def render_sheet(
    title: str,
    subtitle: str,
    pictures: Sequence[Picture],
    inputs: Sequence[Inputs] = (),
    source: str = "",
) -> str:
    """The HTML page: a note on where the pictures come from, then a section per chapter (in order of first
    appearance) with its inputs beside its outputs."""
    chapters = list(dict.fromkeys([*(i.chapter for i in inputs), *(p.chapter for p in pictures)]))
    asked = {i.chapter: i for i in inputs}
    sections = []
    for chapter in sorted(chapters, key=lambda c: (c.split(".")[0].zfill(3), chapters.index(c))):
        figures = "\n".join(_figure(p) for p in pictures if p.chapter == chapter)
        sections.append(
            f'<section><h2>{escape(chapter)}</h2><div class="step">{_inputs(asked.get(chapter))}'
            f'<div class="outputs"><h3>Came back</h3><div class="grid">\n{figures}\n</div></div></div>'
            "</section>"
        )
    body = "\n".join(sections)
    note = f'<p class="source">{escape(source)}</p>' if source else ""
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head>\n<body><h1>{escape(title)}</h1>"
        f'<p class="sub">{escape(subtitle)}</p>\n{note}\n{body}\n</body></html>\n'
    )
