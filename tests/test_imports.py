"""`import heygen_avatars` is lazy: public names load their module on first use, a client loads no httpx.

Row 1 of benchmarks/ measures what this buys; these tests keep it true without timing anything.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import heygen_avatars
import pytest
from heygen_avatars._core.lazy import public_names

INIT = Path(heygen_avatars.__file__)
PUBLIC = public_names("heygen_avatars", INIT.read_text())

# Every name `from heygen_avatars import ...` gave in 0.1.0: none may go away.
RELEASED = [
    "AGES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ASPECT_RATIOS",
    "AVATAR_TYPES",
    "AddLooksError",
    "AddedLooks",
    "Asset",
    "AsyncHeyGen",
    "AsyncJob",
    "AsyncPager",
    "AuthenticationError",
    "AvatarGroup",
    "AvatarLook",
    "BadRequestError",
    "Cadence",
    "ClientClosedError",
    "Clock",
    "ConflictError",
    "Consent",
    "CreatedAvatar",
    "ETHNICITIES",
    "ErrorInfo",
    "FailureBackoff",
    "GENDERS",
    "HeyGen",
    "HeyGenError",
    "InputValidationError",
    "InternalServerError",
    "Job",
    "JobActionRequiredError",
    "JobError",
    "JobFailedError",
    "JobKind",
    "JobSnapshot",
    "JobState",
    "JobStatusChanged",
    "LookPrompt",
    "MissingAPIKeyError",
    "NewAvatar",
    "NewGroup",
    "NotFoundError",
    "ORIENTATIONS",
    "OWNERSHIPS",
    "Op",
    "POSES",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "PhotoAvatarGroup",
    "PhotoAvatarLook",
    "PhotoAvatarResult",
    "PhotoAvatarWorkflowError",
    "PhotoGeneration",
    "RESOLUTIONS",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "STYLES",
    "Step",
    "StepFinished",
    "StepSkipped",
    "StepStarted",
    "SystemClock",
    "Timeouts",
    "TrainingStatus",
    "UnprocessableEntityError",
    "UploadedAsset",
    "UpscaleAvailability",
    "VOICE_TYPES",
    "Video",
    "Voice",
    "WaitTimeoutError",
    "WorkflowEvent",
    "create_photo_avatar",
    "resume_photo_avatar",
]


def test_the_public_surface_is_declared_once_as_re_exports() -> None:
    tree = ast.parse(INIT.read_text())
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names:
            assert alias.asname == alias.name, f"{alias.name}: write `X as X` so type checkers re-export it"
    assert sorted(heygen_avatars.__all__) == sorted(PUBLIC)


def test_no_released_name_went_away() -> None:
    assert set(RELEASED) <= set(PUBLIC)


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_every_public_name_resolves_to_its_module_object(name: str) -> None:
    module = __import__(PUBLIC[name], fromlist=[name])
    assert getattr(heygen_avatars, name) is getattr(module, name)
    assert name in dir(heygen_avatars)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        heygen_avatars.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        exec("from heygen_avatars import no_such_name", {})


def run(code: str) -> dict[str, list[str]]:
    """Run `code` in a fresh interpreter; which modules of interest were loaded after each marker."""
    script = f"""
import json, sys
loaded = {{}}
def mark(label):
    loaded[label] = sorted(m for m in sys.modules if m.split(".")[0] in
        {{"httpx", "attr", "attrs", "logging", "asyncio", "heygen_avatars_generated", "heygen_avatars"}})
{code}
print(json.dumps(loaded))
"""
    argv = [sys.executable, "-c", script]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_import_and_construct_load_only_configuration() -> None:
    loaded = run(
        "import heygen_avatars\n"
        "mark('import')\n"
        "client = heygen_avatars.HeyGen(api_key='k')\n"
        "aclient = heygen_avatars.AsyncHeyGen(api_key='k', timeout=5)\n"
        "mark('construct')\n"
        "from heygen_avatars import *\n"
        "mark('star')\n"
    )
    assert loaded["import"] == [
        "heygen_avatars",
        "heygen_avatars._core",
        "heygen_avatars._core.lazy",
        "heygen_avatars._version",
    ]
    assert loaded["construct"] == [
        *loaded["import"][:1],
        "heygen_avatars._client",
        *loaded["import"][1:2],
        "heygen_avatars._core.admission",  # the client's limiter (admission control) is made with it
        "heygen_avatars._core.base_client",
        "heygen_avatars._core.clock",
        "heygen_avatars._core.config",
        "heygen_avatars._core.lazy",
        "heygen_avatars._core.limiter",
        "heygen_avatars._core.options",
        "heygen_avatars._core.redact",
        "heygen_avatars._version",
        "heygen_avatars.errors",
    ]
    assert {"httpx", "heygen_avatars.workflows", "heygen_avatars.types"} <= set(loaded["star"])


def test_the_first_request_loads_what_it_needs() -> None:
    loaded = run(
        "import httpx, heygen_avatars\n"
        "def handler(request):\n"
        "    return httpx.Response(200, json={'data': [{'voice_id': 'v1', 'name': 'Ann'}]})\n"
        "client = heygen_avatars.HeyGen(api_key='k', transport=httpx.MockTransport(handler))\n"
        "mark('construct')\n"
        "client.voices\n"
        "mark('namespace')\n"
        "list(client.voices.list(max_items=1))\n"
        "mark('request')\n"
    )
    assert "heygen_avatars.resources.voices" not in loaded["construct"]
    assert "heygen_avatars.resources.voices" in loaded["namespace"]
    assert "heygen_avatars_generated.v3.api.voices.list_voices_v3" in loaded["request"]
    assert "asyncio" not in loaded["request"]  # the blocking client never needs it
