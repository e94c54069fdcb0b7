"""The mock's pictures and videos tell the story: drawn from what was asked (clothes, setting, framing, style,
labelled small), one face per person across a group's looks and a v3 look made with ``avatar_id``, sizes a
photo avatar accepts, and real videos of the look speaking its script. Rendered only when downloaded."""

from __future__ import annotations

import io
import warnings
from typing import Any

import av
import pytest
from heygen_avatars import HeyGen
from heygen_avatars.mock import MockHeyGen, pictures
from heygen_avatars.mock.portrait import COLOURS, Portrait, identity_for, look_for
from PIL import Image

PHOTOS = {
    "name": "Lina", "age": "Young Adult", "gender": "Woman", "ethnicity": "Asian American",
    "orientation": "vertical", "pose": "half_body", "style": "Realistic",
    "appearance": "A woman in a red sweater in a park",
}  # fmt: skip


def image(client: HeyGen, url: str) -> Image.Image:
    return Image.open(io.BytesIO(client.download(url)))


def nearest_colour(rgb: tuple[int, ...]) -> str:
    return min(COLOURS, key=lambda name: sum((a - b) ** 2 for a, b in zip(COLOURS[name], rgb, strict=False)))


def torso(picture: Image.Image, portrait: Portrait) -> tuple[int, ...]:
    """A pixel on the clothes, beside the neckline, for a half-body portrait."""
    w, h = picture.size
    u = h * 0.30
    shift = (0.0, -0.07, 0.07, 0.03)[portrait.look.variant % 4]
    x, y = w * (0.5 + shift) + 0.75 * u, h * 0.33 + 1.3 * u
    return tuple(picture.convert("RGB").getpixel((int(x), int(y))))  # type: ignore[arg-type]


def test_ai_photos_show_what_was_asked(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    photos = heygen_client.photo_avatars.generate_photos(**PHOTOS).result()  # type: ignore[arg-type]
    drawn = [heygen_mock.backend.portrait_of(key) for key in photos.image_keys]
    assert all(p is not None for p in drawn)
    for url, portrait in zip(photos.image_urls, drawn, strict=True):
        assert portrait is not None
        assert portrait.look.garment == "sweater" and portrait.look.scene == "park"
        assert (portrait.identity.gender, portrait.identity.age) == ("Woman", "Young Adult")
        assert "vertical" in portrait.caption[0] and "red sweater" in portrait.caption[1]  # the label
        picture = image(heygen_client, url)
        assert picture.size == (720, 1280)  # vertical, as HeyGen's; every side >= 512
        assert nearest_colour(torso(picture, portrait)) == "red"  # a person can see the sweater
    assert len({p.identity for p in drawn if p}) == 1  # four photos of one person


def test_every_look_of_a_group_and_a_v3_look_made_with_avatar_id_keep_the_face(
    heygen_client: HeyGen, heygen_mock: MockHeyGen
) -> None:
    photos = heygen_client.photo_avatars.generate_photos(**PHOTOS).result()  # type: ignore[arg-type]
    group = heygen_client.photo_avatars.create_group(
        name="Lina", image_key=photos.image_keys[0], generation_id=photos.id
    )
    group.job.result()
    heygen_client.photo_avatars.train(group.group_id).result()
    looks = heygen_client.photo_avatars.generate_looks(
        group.group_id, prompt="Navy blazer in an office", orientation="square", pose="close_up",
        style="Cinematic",
    ).result()  # fmt: skip
    face = heygen_mock.backend.identity_of(photos.image_keys[0])
    for key, url in zip(looks.image_keys, looks.image_urls, strict=True):
        portrait = heygen_mock.backend.portrait_of(key)
        assert portrait is not None and portrait.identity == face
        assert (portrait.look.garment, portrait.look.colour) == ("blazer", COLOURS["navy"])
        assert (portrait.look.pose, portrait.look.style, portrait.look.scene) == (
            "close_up",
            "Cinematic",
            "office",
        )
        assert image(heygen_client, url).size == (1024, 1024)

    base = heygen_client.avatars.create_from_photo(name="Lina v3", url=photos.image_urls[0]).job.result()
    office = heygen_client.avatars.create_from_prompt(
        name="Lina, beach", prompt="White shirt on a beach", avatar_id=base.id
    ).job.result()
    other = heygen_client.avatars.create_from_prompt(
        name="Someone", prompt="White shirt on a beach"
    ).job.result()
    same = heygen_mock.backend.portrait_of(heygen_mock.state.avatar_looks[office.id].image_key)
    new = heygen_mock.backend.portrait_of(heygen_mock.state.avatar_looks[other.id].image_key)
    assert same is not None and same.identity == face and same.look.scene == "beach"
    assert new is not None and new.identity != face  # no avatar_id: someone else
    assert image(heygen_client, str(office.preview_image_url)).size[0] >= 512


def test_an_ai_photo_can_be_uploaded_again_as_a_photo(heygen_client: HeyGen) -> None:
    photos = heygen_client.photo_avatars.generate_photos(**PHOTOS).result()  # type: ignore[arg-type]
    picture = heygen_client.download(photos.image_urls[0])
    avatar = heygen_client.avatars.create_from_photo(name="Again", photo=picture).job.result()
    assert avatar.status == "completed"


def test_a_video_is_the_look_speaking_its_script(heygen_client: HeyGen, tmp_path: Any) -> None:
    look = heygen_client.avatars.create_from_prompt(
        name="Presenter", prompt="A teacher in a library"
    ).job.result()
    script = "Hello there! Today we learn about avatars, looks and videos, one step at a time."
    voice = next(iter(heygen_client.voices.list(max_items=1)))
    video = heygen_client.videos.create(avatar_id=look.id, script=script, voice_id=voice.id).result()
    assert str(video.video_url).split("?")[0].endswith(".mp4")
    path = heygen_client.videos.download(video, to=tmp_path / "v.mp4")
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264" and (stream.width, stream.height) == (1280, 720)  # 720p
        frames = [frame.to_image() for frame in container.decode(video=0)]
    words = len(script.split())
    assert len(frames) / 12 >= words * 0.3  # long enough to read the captions (12 frames a second)
    assert len({frame.tobytes() for frame in frames[:24]}) > 1  # it moves: the mouth, the captions
    thumbnail = Image.open(io.BytesIO(heygen_client.download(str(video.thumbnail_url))))
    assert thumbnail.size == (1280, 720)


def test_media_is_drawn_only_when_downloaded(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    photos = heygen_client.photo_avatars.generate_photos(**PHOTOS).result()  # type: ignore[arg-type]
    files = heygen_mock.state.files
    assert all(callable(files[key].data) for key in photos.image_keys)  # nothing drawn yet
    heygen_client.download(photos.image_urls[0])
    assert isinstance(files[photos.image_keys[0]].data, bytes)
    assert callable(files[photos.image_keys[1]].data)


def test_without_pillow_pictures_are_plain_and_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pictures, "can_draw", lambda: False)
    monkeypatch.setattr(pictures, "_warned", False)
    portrait = Portrait(identity_for("x"), look_for("red dress", seed="x", orientation="horizontal"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = pictures.picture(portrait)()
        again = pictures.picture(portrait)()
    assert Image.open(io.BytesIO(data)).size == (1280, 720) and data == again
    assert len([w for w in caught if "media" in str(w.message)]) == 1  # once
