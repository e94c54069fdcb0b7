"""The documented list filters the mock honours (clients such as HeyGen's n8n node and the community MCP
servers send them): ``engine`` on voices, ``folder_id`` on videos, ``include_public`` on v2 groups. One test
per filter, each through the SDK and each showing the list narrowed."""

from __future__ import annotations

from heygen_avatars import HeyGen
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import png

VOICE = "1bd001e7e50f421d891986aad5158bc8"


def test_engine_narrows_voices_to_those_compatible_with_it(heygen_client: HeyGen) -> None:
    every = {voice.name for voice in heygen_client.voices.list()}
    starfish = {voice.name for voice in heygen_client.voices.list(engine="starfish")}
    assert starfish and starfish < every  # narrowed, not emptied
    assert "Jonas" in every - starfish  # the mock's one voice without Starfish
    assert list(heygen_client.voices.list(engine="no-such-engine")) == []


def test_folder_id_narrows_videos_to_that_folder(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    made = [
        heygen_client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE, title=f"v{n}")
        for n in range(3)
    ]
    heygen_mock.file_video(made[0].id, "folder-a")
    heygen_mock.file_video(made[2].id, "folder-a")
    heygen_mock.file_video(made[1].id, "folder-b")
    in_a = list(heygen_client.videos.list(folder_id="folder-a"))
    assert {video.id for video in in_a} == {made[0].id, made[2].id}
    assert {video.folder_id for video in in_a} == {"folder-a"}
    assert [video.id for video in heygen_client.videos.list(folder_id="folder-b")] == [made[1].id]
    assert len(list(heygen_client.videos.list())) == 3
    queries = [entry.query for entry in heygen_mock.journal.for_operation("listVideosV3")]
    assert "folder_id=folder-a" in queries[0] and "folder_id=folder-b" in queries[1]


def test_include_public_adds_heygens_public_groups_and_false_leaves_them_out(
    heygen_client: HeyGen, heygen_mock: MockHeyGen
) -> None:
    key = heygen_client.photo_avatars.upload_photo(png("me", 512, 512)).image_key
    assert key is not None
    own = heygen_client.photo_avatars.create_group(name="Mine", image_key=key)
    default = heygen_client.photo_avatars.list_groups()
    assert [group.id for group in default] == [own.group_id]
    assert heygen_client.photo_avatars.list_groups(include_public=False) == default
    with_public = heygen_client.photo_avatars.list_groups(include_public=True)
    public = [group for group in with_public if group.id != own.group_id]
    assert {group.name for group in public} == {"Anna", "Brandon", "Chloe"}
    assert {group.group_type for group in public} == {"PUBLIC"} and all(g.preview_image_url for g in public)
