"""Every option of `MockHeyGen(...)` can be set three more ways: on a running mock (`configure`), from the
control plane (``GET``/``POST /_mock/config``) and from ``heygen-avatars mock`` flags; each is checked with
the same words everywhere."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from heygen_avatars.cli import main as cli_main
from heygen_avatars.mock import MockHeyGen, ScaledClock, VirtualClock
from heygen_avatars.mock.__main__ import build_parser, mock_options
from heygen_avatars.mock.server import SERVER_JOURNAL_LIMIT, make_server_mock
from heygen_avatars.mock.settings import NOT_SETTINGS, SETTINGS

VOICE = "1bd001e7e50f421d891986aad5158bc8"
PHOTO = {"type": "photo", "name": "S", "file": {"type": "url", "url": "https://example.com/s.png"}}
TWIN = {"type": "video", "name": "T", "file": {"type": "url", "url": "https://example.com/t.mp4"}}
VIDEO = {"type": "avatar", "avatar_id": "public_look_0", "script": "Hi", "voice_id": VOICE}


@pytest.fixture
def mock() -> MockHeyGen:
    return MockHeyGen()


@pytest.fixture
def http(mock: MockHeyGen) -> Iterator[httpx.Client]:
    # the control plane takes the key, as the API does
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        yield client


def api(http: httpx.Client, mock: MockHeyGen, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return http.request(method, path, headers={"x-api-key": mock.api_key}, **kwargs)


def trained_statuses(http: httpx.Client, mock: MockHeyGen) -> list[str]:
    generation = api(
        http, mock, "POST", "/v2/photo_avatar/photo/generate",
        json={"name": "x", "age": "Young Adult", "gender": "Woman", "ethnicity": "White",
              "orientation": "square", "pose": "half_body", "style": "Realistic", "appearance": "a person"},
    ).json()["data"]["generation_id"]  # fmt: skip
    mock.complete_job(generation)
    keys = api(http, mock, "GET", f"/v2/photo_avatar/generation/{generation}").json()["data"][
        "image_key_list"
    ]
    body = {"name": "x", "image_key": keys[0], "generation_id": generation}
    look = api(http, mock, "POST", "/v2/photo_avatar/avatar_group/create", json=body).json()["data"]
    api(http, mock, "POST", "/v2/photo_avatar/train", json={"group_id": look["group_id"]})
    seen = []
    for _ in range(8):
        status = api(http, mock, "GET", f"/v2/photo_avatar/train/status/{look['group_id']}")
        seen.append(status.json()["data"]["status"])
        mock.advance(60)
    return seen


def test_the_control_plane_reads_every_option_and_never_the_key(http: httpx.Client, mock: MockHeyGen) -> None:
    config = http.get("/_mock/config").json()
    assert config == mock.settings()
    assert set(config) == {
        "seed", "speed", "virtual_time", "durations", "training_vocabulary", "digital_twin_type",
        "max_concurrent_jobs", "strict_responses", "url_ttl", "journal_limit", "poll_hints", "upload_url_ttl",
        "direct_upload_max_bytes", "spool_bytes", "storage_dir", "webhook_hosts", "webhook_signature",
    }  # fmt: skip
    assert config["poll_hints"] is False  # on virtual time: the client's own pace costs nothing
    assert config["virtual_time"] is True and config["speed"] is None and config["seed"] == 0
    assert mock.api_key not in str(config)


def test_training_vocabulary_from_the_control_plane(http: httpx.Client, mock: MockHeyGen) -> None:
    assert trained_statuses(http, mock)[-1] == "ready"
    assert http.post("/_mock/config", json={"training_vocabulary": "success"}).json()[
        "training_vocabulary"
    ] == ("success")
    seen = trained_statuses(http, mock)
    assert seen[0] == "pending" and "in_progress" in seen and seen[-1] == "success"


def test_direct_upload_options_from_the_control_plane(
    http: httpx.Client, mock: MockHeyGen, tmp_path: Path
) -> None:
    changes = {
        "upload_url_ttl": 60,
        "direct_upload_max_bytes": 1000,
        "spool_bytes": 10,
        "storage_dir": str(tmp_path),
    }
    assert http.post("/_mock/config", json=changes).status_code == 200
    assert (mock.options.upload_url_ttl, mock.options.direct_upload_max_bytes) == (60, 1000)
    assert (mock.options.spool_bytes, mock.options.storage_dir) == (10, tmp_path)
    refused = http.post("/_mock/config", json={"storage_dir": str(tmp_path / "missing")})
    assert refused.status_code == 400 and mock.options.storage_dir == tmp_path


def test_webhook_options_from_the_control_plane(http: httpx.Client, mock: MockHeyGen) -> None:
    assert mock.webhooks.allowed("https://Hooks.Example.com/h") is False  # loopback only by default
    changes = {"webhook_hosts": ["Hooks.Example.com"], "webhook_signature": "x-heygen-signature"}
    answer = http.post("/_mock/config", json=changes).json()
    assert (answer["webhook_hosts"], answer["webhook_signature"]) == (
        ["hooks.example.com"],
        "x-heygen-signature",
    )
    assert mock.webhooks.allowed("https://hooks.example.com/h") and mock.webhooks.allowed(
        "http://127.0.0.1/h"
    )
    assert mock.webhooks.signature_shape == "x-heygen-signature"
    refused = http.post("/_mock/config", json={"webhook_hosts": "hooks.example.com"})  # a string, not a list
    assert refused.status_code == 400 and mock.settings()["webhook_hosts"] == ["hooks.example.com"]
    mock.configure(webhook_hosts=[])
    assert not mock.webhooks.allowed("https://hooks.example.com/h")


def test_digital_twin_type_from_the_control_plane(http: httpx.Client, mock: MockHeyGen) -> None:
    assert api(http, mock, "POST", "/v3/avatars", json=TWIN).status_code == 400  # July spelling only
    http.post("/_mock/config", json={"digital_twin_type": "video"}).raise_for_status()
    created = api(http, mock, "POST", "/v3/avatars", json=TWIN)
    assert (
        created.status_code == 200 and created.json()["data"]["avatar_item"]["avatar_type"] == "video_avatar"
    )


def test_the_concurrency_cap_from_the_control_plane(http: httpx.Client, mock: MockHeyGen) -> None:
    http.post("/_mock/config", json={"max_concurrent_jobs": 1}).raise_for_status()
    assert api(http, mock, "POST", "/v3/videos", json=VIDEO).status_code == 200
    assert api(http, mock, "POST", "/v3/videos", json=VIDEO).status_code == 429
    http.post("/_mock/config", json={"max_concurrent_jobs": 2}).raise_for_status()
    assert api(http, mock, "POST", "/v3/videos", json=VIDEO).status_code == 200


def test_durations_become_the_default_and_survive_a_reset(http: httpx.Client, mock: MockHeyGen) -> None:
    http.post("/_mock/config", json={"durations": {"avatar": [5]}}).raise_for_status()
    http.post("/_mock/reset").raise_for_status()
    look = api(http, mock, "POST", "/v3/avatars", json=PHOTO).json()["data"]["avatar_item"]["id"]
    mock.advance(5)
    assert api(http, mock, "GET", f"/v3/avatars/looks/{look}").json()["data"]["status"] == "completed"
    assert mock.settings()["durations"]["avatar"] == [5.0]


def test_seed_from_the_control_plane_restarts_on_that_seed(http: httpx.Client, mock: MockHeyGen) -> None:
    def first_id(on: MockHeyGen, client: httpx.Client) -> str:
        return str(api(client, on, "POST", "/v3/videos", json=VIDEO).json()["data"]["video_id"])

    on_zero = first_id(mock, http)
    assert http.post("/_mock/config", json={"seed": 7}).json()["seed"] == 7
    assert mock.state.videos == {}  # a new seed is a new mock
    fresh = MockHeyGen(seed=7)
    with httpx.Client(transport=fresh.transport(), base_url="https://api.heygen.com") as other:
        expected = first_id(fresh, other)
    seeded = first_id(mock, http)
    assert seeded == expected != on_zero
    http.post("/_mock/reset", json={"seed": 0}).raise_for_status()
    assert first_id(mock, http) == on_zero


def test_strict_responses_url_ttl_journal_limit_and_key(http: httpx.Client, mock: MockHeyGen) -> None:
    new = {"strict_responses": True, "url_ttl": 60, "journal_limit": 2, "api_key": "another-key-42"}
    answer = http.post("/_mock/config", json=new).json()
    assert (answer["strict_responses"], answer["url_ttl"], answer["journal_limit"]) == (True, 60.0, 2)
    assert "another-key-42" not in str(answer)
    assert http.get("/v3/voices", headers={"x-api-key": "mock-key"}).status_code == 401
    asset = http.post(
        "/v3/assets",
        headers={"x-api-key": "another-key-42"},
        files={"file": ("a.png", b"\x89PNG\r\n\x1a\n00")},
    ).json()["data"]
    assert http.get(asset["url"]).status_code == 200
    mock.advance(61)
    assert http.get(asset["url"]).status_code == 403  # expired after the new url_ttl
    assert len(mock.journal) == 2
    assert http.get("/_mock/config").status_code == 401  # the control plane follows the new key
    assert http.get("/_mock/config", headers={"x-api-key": "another-key-42"}).status_code == 200


def test_speed_changes_a_scaled_clock_without_a_jump(monkeypatch: pytest.MonkeyPatch) -> None:
    import heygen_avatars.mock.clock as clock_module

    real = [100.0]  # real time moves only when the test says: it never depends on how fast the test runs
    monkeypatch.setattr(clock_module.time, "monotonic", lambda: real[0])
    mock = MockHeyGen(clock=ScaledClock(10))
    real[0] += 60  # a real minute: ten mock minutes at 10x (a jump would make them a thousand at 1000x)
    before = mock.clock.monotonic()
    mock.configure(speed=1000)
    real[0] += 0.001  # a millisecond later: one mock second at 1000x
    after = mock.clock.monotonic()
    assert mock.settings()["speed"] == 1000.0 and after >= before and after - before < 5
    with pytest.raises(ValueError, match="virtual time"):
        MockHeyGen().configure(speed=2)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"training_vocabulary": "done"}, "training_vocabulary must be one of 'ready', 'success'"),
        ({"digital_twin_type": "twin"}, "digital_twin_type must be one of"),
        ({"max_concurrent_jobs": 0}, "max_concurrent_jobs must be an integer >= 1"),
        ({"max_concurrent_jobs": True}, "max_concurrent_jobs must be an integer"),
        ({"seed": -1}, "seed must be an integer >= 0"),
        ({"url_ttl": 0}, "url_ttl must be > 0"),
        ({"journal_limit": 0}, "journal_limit must be an integer >= 1"),
        ({"strict_responses": "yes"}, "strict_responses must be true or false"),
        ({"durations": {"training": [5]}}, "needs 2 value"),
        ({"durations": {"avatar": [5], "training": [5]}, "max_concurrent_jobs": 3}, "needs 2 value"),
        ({"durations": {"nope": [5]}}, "unknown job kind 'nope'"),
        ({"durations": {"video": [-1, 5]}}, ">= 0"),
        ({"api_key": ""}, "api_key must be a non-empty string"),
        ({"colour": "blue"}, "unknown mock option(s) ['colour']"),
        ({"max_concurrent_jobs": 3, "url_ttl": -5}, "url_ttl"),
        ({"webhook_hosts": "example.com"}, "webhook_hosts must be a list of host names"),
        ({"webhook_hosts": ["https://example.com/hook"]}, "webhook_hosts must hold bare host names"),
        ({"webhook_hosts": [""]}, "webhook_hosts must hold bare host names"),
        ({"webhook_signature": "hmac"}, "webhook_signature must be one of 'heygen-signature'"),
    ],
)
def test_a_bad_option_is_refused_naming_it_and_nothing_changes(
    http: httpx.Client, mock: MockHeyGen, body: dict[str, Any], says: str
) -> None:
    before = mock.settings()
    answer = http.post("/_mock/config", json=body)
    assert answer.status_code == 400 and says in answer.json()["error"]["message"]
    assert mock.settings() == before
    with pytest.raises(ValueError, match=re.escape(says)):
        mock.configure(**body)


def test_every_constructor_option_has_a_flag_and_the_flags_build_that_mock() -> None:
    args = build_parser().parse_args(
        [
            "--seed", "3", "--virtual", "--duration", "training=5,60", "--duration", "digital_twin=none,9",
            "--training-vocabulary", "success", "--digital-twin-type", "video", "--max-concurrent-jobs", "4",
            "--strict-responses", "--url-ttl", "120", "--journal-limit", "50", "--poll-hints",
            "--webhook-host", "a.example", "--webhook-host", "B.example", "--webhook-signature", "signature",
        ]
    )  # fmt: skip
    mock = make_server_mock("k", seed=args.seed, virtual=args.virtual, options=mock_options(args))
    assert isinstance(mock.clock, VirtualClock)
    settings = mock.settings()
    assert settings["seed"] == 3
    assert settings["durations"]["training"] == [5.0, 60.0]
    assert settings["durations"]["digital_twin"] == [None, 9.0]
    assert (settings["training_vocabulary"], settings["digital_twin_type"]) == ("success", "video")
    assert (settings["max_concurrent_jobs"], settings["strict_responses"]) == (4, True)
    assert (settings["url_ttl"], settings["journal_limit"]) == (120.0, 50)
    assert settings["poll_hints"] is True  # asked for, on virtual time too
    assert (settings["webhook_hosts"], settings["webhook_signature"]) == (
        ["a.example", "b.example"],
        "signature",
    )
    defaults = build_parser().parse_args([])
    served = make_server_mock("k", speed=defaults.speed, options=mock_options(defaults))
    assert (
        isinstance(served.clock, ScaledClock) and served.settings()["journal_limit"] == SERVER_JOURNAL_LIMIT
    )
    assert served.settings()["poll_hints"] is True  # real time: clients poll at the mock's pace
    constructor = set(inspect.signature(MockHeyGen).parameters)
    # objects no command line carries (the clock: --speed/--virtual choose it), each with its reason
    flagless = {"clock", "webhook_transport"}
    assert flagless <= set(NOT_SETTINGS) and all(NOT_SETTINGS[name].strip() for name in flagless)
    flags = {action.dest for action in build_parser()._actions}
    assert constructor - flagless <= flags | {"durations"} and "duration" in flags


def test_every_constructor_option_is_a_setting_or_says_why_not() -> None:
    constructor = set(inspect.signature(MockHeyGen).parameters)
    assert constructor <= set(SETTINGS) | set(NOT_SETTINGS)
    assert not set(SETTINGS) & set(NOT_SETTINGS) and all(reason.strip() for reason in NOT_SETTINGS.values())
    assert set(NOT_SETTINGS) <= constructor  # no stale entry


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--duration", "training"], "expected KIND=SECONDS"),
        (["--duration", "training=5,soon"], "is not a number"),
        (["--duration", "training=5"], "needs 2 value"),
        (["--max-concurrent-jobs", "0"], "max_concurrent_jobs must be an integer >= 1"),
        (["--training-vocabulary", "done"], "invalid choice"),
        (["--webhook-signature", "hmac"], "invalid choice"),
        (["--webhook-host", "https://example.com/hook"], "webhook_hosts must hold bare host names"),
        (["--speed", "2", "--virtual"], "not allowed with argument"),
    ],
)
def test_bad_flags_exit_2_naming_the_option(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["mock", "--port", "0", *argv]) == 2
    assert says in capsys.readouterr().err
