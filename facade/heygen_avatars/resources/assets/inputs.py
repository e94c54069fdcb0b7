"""v3 AssetInputs: a file argument (``photo=``, ``footage=``, ``reference_images=``...) as HeyGen takes it.

A file may be given as a local file (path, bytes or binary file object: uploaded first, to ``/v3/assets``
up to 32 MB and by direct upload above, streamed from disk; or sent inline as base64 with ``inline=True``,
up to 32 MB), a public ``https://`` URL, an asset id (or the `Asset` from `client.assets.upload`), or a
ready AssetInput mapping. `asset_plan` looks at and checks one (no request; a file going by direct upload
is not read); `resolve_all_flow` / `resolve_flow` upload what needs uploading, inside the call's flow.

HeyGen fetches only public ``https://`` URLs, and also the files of its own host: a plain ``http://`` URL
is accepted only on the API host the client talks to (the files a local mock serves, e.g. a v2 AI photo's
``image_url`` on ``http://127.0.0.1:8000``). That needs the client's configuration, so those URLs are
checked at the start of the call's flow, before its first request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeAlias, cast

import attrs

from ..._core import validation as check
from ..._core.file_stream import StreamedFile, in_memory, open_local
from ..._core.files import FileSource, Upload, UploadRules, check_upload, load_upload
from ..._core.flow import Context, Flow, FlowContext
from ...errors import InputValidationError
from ...types.assets import Asset
from .flows import MULTIPART_MAX_BYTES, OnProgress, direct_upload_flow, upload_v3_flow

__all__ = [
    "AssetPlan",
    "AssetSource",
    "asset_plan",
    "check_https",
    "one_file",
    "own_host_flow",
    "resolve_all_flow",
    "resolve_flow",
]

AssetSource: TypeAlias = FileSource | Asset | Mapping[str, Any]
"""A file for a v3 AssetInput: a local file, an ``https://`` URL string, an `Asset`, or an AssetInput dict."""

_ASSET_INPUT_KEYS: Final = {"url": ("url",), "asset_id": ("asset_id",), "base64": ("media_type", "data")}


@attrs.frozen
class AssetPlan:
    """One AssetInput to send: ready as is (``ready``), or a local file to upload first (``upload``: read
    into memory for ``/v3/assets``, or, when ``direct``, left on disk for a direct upload)."""

    ready: Mapping[str, Any] | None = None
    upload: Upload | StreamedFile | None = None
    direct: bool = False
    own_host: str | None = None
    """The field of a plain ``http://`` URL, which only the client's own API host may serve."""


_HTTPS_ONLY: Final = "HeyGen only fetches public https:// URLs"


def check_https(field: str, url: object) -> str:
    """A URL HeyGen can fetch: public ``https://``."""
    text = check.check_text(field, url)
    if not text.startswith("https://"):
        raise InputValidationError(field, _HTTPS_ONLY, value=url)
    return text


def url_plan(field: str, url: object) -> AssetPlan:
    """A URL input: public ``https://``, or ``http://`` left for the flow to match with the client's host."""
    text = check.check_text(field, url)
    if text.startswith("http://"):
        return AssetPlan(ready={"type": "url", "url": text}, own_host=field)
    return AssetPlan(ready={"type": "url", "url": check_https(field, text)})


def _checked_input(field: str, value: Mapping[str, Any]) -> dict[str, Any]:
    kind = check.check_choice(f"{field}.type", value.get("type"), tuple(_ASSET_INPUT_KEYS))
    extra = set(value) - {"type", *_ASSET_INPUT_KEYS[kind]}
    if extra:
        raise InputValidationError(field, f"unexpected keys {sorted(extra)} for type {kind!r}", value=value)
    for key in _ASSET_INPUT_KEYS[kind]:
        check.check_text(f"{field}.{key}", value.get(key))
    return dict(value)


def asset_plan(field: str, source: object, rules: UploadRules, *, inline: bool = False) -> AssetPlan:
    """Read and check one file argument (no request)."""
    if isinstance(source, Asset):
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id(f"{field}.id", source.id)})
    if isinstance(source, Mapping):
        ready = _checked_input(field, cast("Mapping[str, Any]", source))
        if ready["type"] == "url":
            return url_plan(f"{field}.url", ready["url"])
        return AssetPlan(ready=ready)
    if isinstance(source, str) and source.startswith(("https://", "http://")):
        return url_plan(field, source)
    if isinstance(source, str | os.PathLike | bytes | bytearray | memoryview) or hasattr(source, "read"):
        local = cast(FileSource, source)
        if inline:  # base64 inside the API request: no larger than what /v3/assets takes
            capped = min(rules.max_bytes or MULTIPART_MAX_BYTES, MULTIPART_MAX_BYTES)
            upload = load_upload(local, rules=attrs.evolve(rules, max_bytes=capped), field=field)
            return AssetPlan(ready=upload.as_base64_input())
        file = open_local(local, field=field)
        direct = file.size > MULTIPART_MAX_BYTES
        if not direct:
            file = in_memory(file)  # read whole (checked from all its bytes), at most 32 MB
        check_upload(file, rules, field=field)
        return AssetPlan(upload=file, direct=direct)
    raise InputValidationError(
        field,
        "expected a path, bytes, a binary file, an https:// URL, an Asset or an AssetInput dict, "
        f"got {type(source).__name__}",
        value=source,
    )


def one_file(
    field: str, rules: UploadRules, *, file: object, url: object, asset_id: object, inline: object
) -> AssetPlan:
    """The plan for exactly one of ``<field>=`` / ``url=`` / ``asset_id=`` (named ``field`` in errors)."""
    given = [
        name for name, value in ((field, file), ("url", url), ("asset_id", asset_id)) if value is not None
    ]
    if len(given) != 1:
        raise InputValidationError(
            field,
            f"give exactly one of {field}= (path, bytes or file), url= or asset_id= "
            f"({'none' if not given else ', '.join(given)} given)",
        )
    check.check_bool("inline", inline)
    remote = isinstance(file, Mapping | Asset) or (isinstance(file, str) and file.startswith("http"))
    if inline and (file is None or remote):
        raise InputValidationError("inline", f"inline=True needs a local file in {field}=")
    if url is not None:
        return url_plan("url", url)
    if asset_id is not None:
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id("asset_id", asset_id)})
    return asset_plan(field, file, rules, inline=bool(inline))


def own_host_flow(plans: Sequence[AssetPlan]) -> Flow[None]:
    """Refuse a plain ``http://`` URL that is not on the client's API or upload host (no request)."""
    pending = [plan for plan in plans if plan.own_host is not None]
    if not pending:
        return
    context: FlowContext = yield Context()
    hosts = (context.config.base_url, context.config.upload_base_url)
    for plan in pending:
        url = str((plan.ready or {}).get("url", ""))
        if not any(url.startswith(f"{host}/") for host in hosts if host.startswith("http://")):
            raise InputValidationError(
                str(plan.own_host),
                f"{_HTTPS_ONLY} (plain http:// only from the API host the client talks to, {hosts[0]})",
                value=url,
            )


def resolve_all_flow(
    plans: Sequence[AssetPlan], uploaded: list[Asset], on_progress: OnProgress | None = None
) -> Flow[list[dict[str, Any]]]:
    """The AssetInputs of the plans, every URL checked before the first upload; each local file is
    uploaded (and appended to ``uploaded``), by direct upload when its plan says so."""
    yield from own_host_flow(plans)
    inputs = []
    for plan in plans:
        if plan.upload is None:
            inputs.append(dict(plan.ready or {}))
            continue
        if plan.direct:
            asset = yield from direct_upload_flow(plan.upload, on_progress)
        else:
            assert isinstance(plan.upload, Upload)  # asset_plan reads every file not sent directly
            asset = yield from upload_v3_flow(plan.upload, on_progress)
        uploaded.append(asset)
        inputs.append({"type": "asset_id", "asset_id": asset.id})
    return inputs


def resolve_flow(
    plan: AssetPlan, uploaded: list[Asset], on_progress: OnProgress | None = None
) -> Flow[dict[str, Any]]:
    """The AssetInput of one plan (see `resolve_all_flow`)."""
    (resolved,) = yield from resolve_all_flow([plan], uploaded, on_progress)
    return resolved
