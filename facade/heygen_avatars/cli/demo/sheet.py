"""The story's contact sheet: one self-contained HTML page showing every image with its ids and status."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import groupby

import attrs

__all__ = ["Picture", "render_sheet"]


@attrs.frozen
class Picture:
    """One image the story saved: its chapter, a caption, the file (relative to the folder), ids, status."""

    chapter: str
    title: str
    file: str
    ids: tuple[tuple[str, str], ...]
    status: str
    video: str | None = None
    """The video file this image is the thumbnail of (the picture links to it), if any."""


_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; color: #222; background: #fafafa; }
h1 { margin-bottom: .2rem; } .sub { color: #666; margin-top: 0; }
section { margin: 2rem 0; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .3rem; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; width: 200px; background: #fff; border: 1px solid #e3e3e3; border-radius: 8px;
  padding: .6rem; }
figure img { width: 100%; border-radius: 4px; }
figcaption { font-size: 12px; } code { font-size: 11px; word-break: break-all; }
.status { display: inline-block; padding: 0 .4rem; border-radius: 4px; background: #e6f4ea; color: #1e6b34; }
"""


def _figure(picture: Picture) -> str:
    ids = "".join(f"<br>{escape(kind)}: <code>{escape(value)}</code>" for kind, value in picture.ids)
    target = picture.video or picture.file
    play = (
        f'<br><a href="{escape(picture.video)}">&#9654; {escape(picture.video)}</a>' if picture.video else ""
    )
    return (
        f'<figure><a href="{escape(target)}"><img src="{escape(picture.file)}" '
        f'alt="{escape(picture.title)}"></a><figcaption><b>{escape(picture.title)}</b> '
        f'<span class="status">{escape(picture.status)}</span>{ids}{play}</figcaption></figure>'
    )


def render_sheet(
    title: str, subtitle: str, pictures: Sequence[Picture], video_file: str | None = None
) -> str:
    """The HTML page: a section per chapter (in order of first appearance), a link to the video if any."""
    sections = []
    for chapter, items in groupby(pictures, key=lambda p: p.chapter):
        figures = "\n".join(_figure(p) for p in items)
        sections.append(f'<section><h2>{escape(chapter)}</h2><div class="grid">\n{figures}\n</div></section>')
    if video_file:
        sections.append(
            f'<section><h2>The video file</h2><p><a href="{escape(video_file)}">{escape(video_file)}</a>'
            "</p></section>"
        )
    body = "\n".join(sections)
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head>\n<body><h1>{escape(title)}</h1>"
        f'<p class="sub">{escape(subtitle)}</p>\n{body}\n</body></html>\n'
    )
