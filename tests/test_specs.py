"""The built specs hold exactly the 42 operations in scope, each callable in the generated clients."""

from __future__ import annotations

import inspect

import pytest
from _generated_index import endpoint_module, operations

IN_SCOPE = {
    "v2": {
        ("post", "/v2/photo_avatar/photo/generate"),
        ("get", "/v2/photo_avatar/generation/{generation_id}"),
        ("post", "/v2/photo_avatar/avatar_group/create"),
        ("post", "/v2/photo_avatar/avatar_group/add"),
        ("post", "/v2/photo_avatar/train"),
        ("get", "/v2/photo_avatar/train/status/{group_id}"),
        ("post", "/v2/photo_avatar/look/generate"),
        ("get", "/v2/photo_avatar/{id}"),
        ("delete", "/v2/photo_avatar/{id}"),
        ("delete", "/v2/photo_avatar_group/{group_id}"),
        ("post", "/v2/photo_avatar/upscale"),
        ("post", "/v2/photo_avatar/add_motion"),
        ("post", "/v2/photo_avatar/add_sound_effect"),
        ("get", "/v2/avatar_group.list"),
        ("get", "/v2/avatar_group/{group_id}/avatars"),
        ("post", "/v1/asset"),
    },
    "v3": {
        ("post", "/v3/avatars"),
        ("get", "/v3/avatars"),
        ("get", "/v3/avatars/{group_id}"),
        ("delete", "/v3/avatars/{group_id}"),
        ("post", "/v3/avatars/{group_id}/consent"),
        ("get", "/v3/avatars/looks"),
        ("get", "/v3/avatars/looks/{look_id}"),
        ("patch", "/v3/avatars/looks/{look_id}"),
        ("delete", "/v3/avatars/looks/{look_id}"),
        ("post", "/v3/assets"),
        ("post", "/v3/assets/direct-uploads"),
        ("post", "/v3/assets/{asset_id}/complete"),
        ("get", "/v3/assets/{asset_id}"),
        ("post", "/v3/videos"),
        ("get", "/v3/videos"),
        ("get", "/v3/videos/{video_id}"),
        ("delete", "/v3/videos/{video_id}"),
        ("get", "/v3/voices"),
        ("get", "/v3/users/me"),
        ("post", "/v3/webhooks/endpoints"),
        ("get", "/v3/webhooks/endpoints"),
        ("patch", "/v3/webhooks/endpoints/{endpoint_id}"),
        ("delete", "/v3/webhooks/endpoints/{endpoint_id}"),
        ("post", "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret"),
        ("get", "/v3/webhooks/event-types"),
        ("get", "/v3/webhooks/events"),
    },
}


def test_forty_two_operations_in_scope() -> None:
    assert sum(len(ops) for ops in IN_SCOPE.values()) == 42


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_built_spec_holds_exactly_the_operations_in_scope(version: str) -> None:
    assert {(m, p) for m, p, _ in operations(version)} == IN_SCOPE[version]


@pytest.mark.parametrize(
    ("version", "method", "path", "op"),
    [(v, m, p, op) for v in ("v2", "v3") for m, p, op in operations(v)],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_operation_is_callable_sync_and_asyncio(version: str, method: str, path: str, op: dict) -> None:
    module = endpoint_module(version, op["operationId"])
    for name in ("sync_detailed", "asyncio_detailed"):
        function = getattr(module, name)
        assert callable(function)
        assert "client" in inspect.signature(function).parameters
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    if "body" not in inspect.signature(module._get_kwargs).parameters:
        kwargs = module._get_kwargs(**_path_arguments(path, module))
        assert (kwargs["method"], kwargs["url"].split("?")[0].count("/")) == (method, path.count("/"))


def _path_arguments(path: str, module: object) -> dict[str, object]:
    """Minimal arguments for `_get_kwargs`: every required parameter as a string."""
    signature = inspect.signature(module._get_kwargs)  # type: ignore[attr-defined]
    args: dict[str, object] = {}
    for name, param in signature.parameters.items():
        if param.default is inspect.Parameter.empty:
            args[name] = "x"
    return args


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_every_operation_documents_its_errors(version: str) -> None:
    for method, path, op in operations(version):
        assert {"400", "401", "429"} <= set(op["responses"]), f"{method} {path}"
        if "{" in path:
            assert "404" in op["responses"], f"{method} {path}"
