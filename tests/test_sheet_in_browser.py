"""The story's contact sheet in a real browser: headless Chromium opens it, every picture decodes and every
video loads and plays. Driven over the Chrome DevTools protocol (a websocket; ``websockets`` comes with the
mock's uvicorn). ``.ci/run`` installs Chromium (Debian's ``chromium``) when it is missing; without it this
test is skipped, saying so.

``HEYGEN_SHEET_SCREENSHOT=path.png`` also keeps a full-page screenshot of the sheet there.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from heygen_avatars import HeyGen
from heygen_avatars.cli.demo import play_story

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it: apt-get install chromium)"
)
# the flags known to work on these machines (no sandbox as root, no network but loopback)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    "--mute-audio", "--remote-debugging-port=0",
)  # fmt: skip

# every <img> decoded; every <video> loaded its first frame, knows its size and length, and plays
CHECK = """
(async () => {
  const wait = (element, event) => new Promise((done) => {
    element.addEventListener(event, () => done(true), { once: true });
    element.addEventListener("error", () => done(false), { once: true });
    setTimeout(() => done(false), 15000);
  });
  const images = await Promise.all([...document.images].map(async (img) => {
    if (!img.complete) await wait(img, "load");
    return { src: img.getAttribute("src"), width: img.naturalWidth, height: img.naturalHeight };
  }));
  const videos = [];
  for (const video of document.querySelectorAll("video")) {
    if (video.readyState < 2) { video.load(); await wait(video, "loadeddata"); }
    await video.play().catch(() => null);
    await new Promise((done) => setTimeout(done, 400));
    videos.push({ src: video.getAttribute("src"), width: video.videoWidth, height: video.videoHeight,
                  duration: video.duration, played: video.currentTime,
                  error: video.error && video.error.code });
    video.pause(); video.currentTime = 0;
  }
  return JSON.stringify({ images, videos, height: document.documentElement.scrollHeight });
})()
"""


class DevTools:
    """A page of a Chromium started for the test, spoken to over the DevTools protocol."""

    def __init__(self, socket: Any) -> None:
        self._socket = socket
        self._ids = itertools.count(1)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        sent = next(self._ids)
        self._socket.send(json.dumps({"id": sent, "method": method, "params": params}))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # events arrive between the answers: skip them
            message = json.loads(self._socket.recv(timeout=60))
            if message.get("id") == sent:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message["result"])
        raise TimeoutError(method)


@contextlib.contextmanager
def chromium(profile: Path) -> Iterator[DevTools]:
    assert CHROMIUM is not None
    browser = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and port_file.read_text().strip()):
            assert browser.poll() is None, "Chromium exited at start"
            assert time.monotonic() < deadline, "Chromium did not open its DevTools port in 30 s"
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
        page = next(t for t in targets if t["type"] == "page")
        from websockets.sync.client import connect

        with connect(page["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024) as socket:
            yield DevTools(socket)
    finally:
        browser.terminate()
        try:
            browser.wait(10)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait(10)


def test_the_contact_sheet_loads_every_picture_and_plays_the_videos(
    heygen_client: HeyGen, tmp_path: Path
) -> None:
    story = play_story(heygen_client, tmp_path / "story")
    with chromium(tmp_path / "profile") as page:
        page.send("Page.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False
        )
        page.send("Page.navigate", url=story.sheet.resolve().as_uri())
        page.send("Runtime.evaluate", expression="new Promise(r => document.readyState === 'complete' ? "
                  "r() : addEventListener('load', () => r()))", awaitPromise=True)  # fmt: skip
        found = json.loads(
            page.send("Runtime.evaluate", expression=CHECK, awaitPromise=True)["result"]["value"]
        )
        page.send("Emulation.setDeviceMetricsOverride", width=1400, height=int(found["height"]),
                  deviceScaleFactor=1, mobile=False)  # fmt: skip
        shot = base64.b64decode(page.send("Page.captureScreenshot", format="png")["data"])

    (tmp_path / "sheet.png").write_bytes(shot)
    if os.environ.get("HEYGEN_SHEET_SCREENSHOT"):
        Path(os.environ["HEYGEN_SHEET_SCREENSHOT"]).write_bytes(shot)
    shown = {image["src"] for image in found["images"]}
    assert {p.file for p in story.pictures if not p.video} <= shown  # every output picture is on the page
    for image in found["images"]:
        assert image["width"] >= 512 and image["height"] >= 512, image  # decoded, at HeyGen-like sizes
    videos = {video["src"]: video for video in found["videos"]}
    assert set(videos) == {"5-video.mp4", "6-talking-photo.mp4"}
    for video in videos.values():
        assert video["error"] is None and video["width"] > 0 and video["duration"] > 1, video
        assert video["played"] > 0, video  # it plays
    assert shot.startswith(b"\x89PNG")
