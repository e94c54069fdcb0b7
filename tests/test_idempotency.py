"""The Idempotency-Key the SDK sends on the creates HeyGen honours one on (v3): the caller's key, or a
random one per create; the same key on every retry of that create; ``key.2``, ``key.3`` for a call's
later keyed requests; a bad key refused before anything is sent."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
from heygen_avatars import HeyGen, InputValidationError
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.media import png

VOICE = "1bd001e7e50f421d891986aad5158bc8"


class Recording(httpx.BaseTransport):
    """The mock's transport, remembering every request."""

    def __init__(self, mock: MockHeyGen) -> None:
        self.inner = mock.transport()
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.inner.handle_request(request)

    def keys(self, path: str | None = None) -> list[str | None]:
        return [r.headers.get("idempotency-key") for r in self.seen if path is None or r.url.path == path]


def setup() -> tuple[MockHeyGen, HeyGen, Recording]:
    mock = MockHeyGen(api_key="k", seed=11)
    transport = Recording(mock)
    client = HeyGen(api_key="k", transport=transport, clock=mock.clock, rng=random.Random(11))
    return mock, client, transport


def video(client: HeyGen, **options: Any) -> str:
    job = client.videos.create(
        avatar_id="public_look_0", script="Hi", voice_id=VOICE, check_avatar=False, **options
    )
    return job.id


def test_the_callers_key_is_sent_and_calling_again_gets_the_same_video() -> None:
    mock, client, transport = setup()
    first = video(client, idempotency_key="order-42")
    again = video(client, idempotency_key="order-42")
    assert first == again and len(mock.state.videos) == 1
    assert transport.keys("/v3/videos") == ["order-42", "order-42"]


def test_without_a_key_each_create_gets_its_own_and_keeps_it_on_retries() -> None:
    mock, client, transport = setup()
    mock.faults.push("createVideo", Fault.reset(after_handling=True))
    video(client)
    video(client)
    keys = transport.keys("/v3/videos")
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]  # the retry after the reset kept its key
    assert all(key and key.startswith("hg-") for key in keys)
    assert len(mock.state.videos) == 2


def test_a_calls_later_keyed_requests_get_numbered_keys() -> None:
    _mock, client, transport = setup()
    group = client.avatars.create_from_prompt(name="Chef", prompt="A chef").group_id
    references = [png("ref-a", 512, 512), png("ref-b", 512, 512)]
    client.avatars.create_from_prompt(
        name="Chef",
        prompt="A chef",
        reference_images=references,
        avatar_group_id=group,
        idempotency_key="row-7",
    )
    assert transport.keys("/v3/assets") == ["row-7", "row-7.2"]
    assert transport.keys("/v3/avatars")[1:] == ["row-7.3"]


def test_v2_creates_carry_no_key() -> None:
    _mock, client, transport = setup()
    client.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American", orientation="horizontal",
        pose="half_body", style="Realistic", appearance="A smile",
    )  # fmt: skip
    assert transport.keys() == [None]


@pytest.mark.parametrize("bad", ["", "has space", "x" * 241, "slash/key", 42])
def test_a_bad_key_is_refused_before_anything_is_sent(bad: Any) -> None:
    _mock, client, transport = setup()
    with pytest.raises(InputValidationError, match="idempotency_key"):
        video(client, idempotency_key=bad)
    assert transport.seen == []


def test_a_wait_takes_no_key() -> None:
    _mock, client, _transport = setup()
    job = client.videos.job("v1")
    with pytest.raises(InputValidationError, match="idempotency_key"):
        job.wait(idempotency_key="k")  # type: ignore[call-arg]


def test_two_clients_seeded_alike_never_share_a_key() -> None:
    # the jitter source is seeded for determinism; keys come from the OS, or HeyGen would answer one
    # client's create with the other's video
    mock = MockHeyGen(api_key="k", seed=12)
    transport = Recording(mock)
    clients = [HeyGen(api_key="k", transport=transport, clock=mock.clock, rng=random.Random(0)) for _ in "ab"]
    made = {video(client) for client in clients}
    assert len(made) == 2 and len(set(transport.keys("/v3/videos"))) == 2


def test_the_creates_main_added_are_keyed_and_a_lost_answer_ends_in_one_of_each() -> None:
    # videos.create_from_image, a direct upload's announce, webhooks.create and rotate_secret: HeyGen's
    # reference lists the header on each (openapi/overlays/v3-avatars/50-idempotency.yaml)
    mock, client, transport = setup()
    for operation in (
        "createVideo",
        "createAssetUpload",
        "createWebhookEndpoint",
        "rotateWebhookEndpointSecret",
    ):
        mock.faults.push(operation, Fault.timeout())  # HeyGen acts; the answer never arrives
    job = client.videos.create_from_image(url="https://example.com/face.png", script="Hi", voice_id=VOICE)
    asset = client.assets.upload(b"\0\0\0\x18ftypmp42" + b"\0" * 64, filename="a.mp4", direct=True)
    endpoint = client.webhooks.create("https://hooks.example.com/h")
    secret = client.webhooks.rotate_secret(endpoint.id)
    state = mock.state
    assert list(state.videos) == [job.id] and list(state.webhook_endpoints) == [endpoint.id]
    assert list(state.direct_uploads) == [asset.id]
    assert state.webhook_endpoints[endpoint.id].secret == secret.secret
    for path in ("/v3/videos", "/v3/assets/direct-uploads", "/v3/webhooks/endpoints"):
        keys = transport.keys(path)
        assert len(keys) == 2 and keys[0] == keys[1] and keys[0], path  # the lost one, then its replay
    rotate = transport.keys(f"/v3/webhooks/endpoints/{endpoint.id}/rotate-secret")
    assert len(rotate) == 2 and rotate[0] == rotate[1]
