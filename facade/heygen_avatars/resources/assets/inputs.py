"""v3 AssetInputs: a file argument (``photo=``, ``footage=``, ``reference_images=``...) as HeyGen takes it.

A file may be given as a local file (path, bytes or binary file object: uploaded first, to ``/v3/assets``
up to 32 MB and by direct upload above, streamed from disk; or sent inline as base64 with ``inline=True``,
up to 32 MB), a public ``https://`` URL, an asset id (or the `Asset` from `client.assets.upload`), or a
ready AssetInput mapping. `asset_plan` looks at and checks one (no request; a file going by direct upload
is not read); `resolve_flow` uploads what needs uploading, inside the call's flow.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Final, TypeAlias, cast

import attrs

from ..._core import validation as check
from ..._core.file_stream import StreamedFile, in_memory, open_local
from ..._core.files import FileSource, Upload, UploadRules, check_upload, load_upload
from ..._core.flow import Flow
from ...errors import InputValidationError
from ...types.assets import Asset
from .flows import MULTIPART_MAX_BYTES, OnProgress, direct_upload_flow, upload_v3_flow

__all__ = ["AssetPlan", "AssetSource", "asset_plan", "check_https", "one_file", "resolve_flow"]

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


def check_https(field: str, url: object) -> str:
    """A URL HeyGen can fetch: public ``https://``."""
    text = check.check_text(field, url)
    if not text.startswith("https://"):
        raise InputValidationError(field, "HeyGen only fetches public https:// URLs", value=url)
    return text


def _checked_input(field: str, value: Mapping[str, Any]) -> dict[str, Any]:
    kind = check.check_choice(f"{field}.type", value.get("type"), tuple(_ASSET_INPUT_KEYS))
    extra = set(value) - {"type", *_ASSET_INPUT_KEYS[kind]}
    if extra:
        raise InputValidationError(field, f"unexpected keys {sorted(extra)} for type {kind!r}", value=value)
    for key in _ASSET_INPUT_KEYS[kind]:
        check.check_text(f"{field}.{key}", value.get(key))
    if kind == "url":
        check_https(f"{field}.url", value["url"])
    return dict(value)


def asset_plan(field: str, source: object, rules: UploadRules, *, inline: bool = False) -> AssetPlan:
    """Read and check one file argument (no request)."""
    if isinstance(source, Asset):
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id(f"{field}.id", source.id)})
    if isinstance(source, Mapping):
        return AssetPlan(ready=_checked_input(field, cast("Mapping[str, Any]", source)))
    if isinstance(source, str) and source.startswith(("https://", "http://")):
        return AssetPlan(ready={"type": "url", "url": check_https(field, source)})
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
        return AssetPlan(ready={"type": "url", "url": check_https("url", url)})
    if asset_id is not None:
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id("asset_id", asset_id)})
    return asset_plan(field, file, rules, inline=bool(inline))


def resolve_flow(
    plan: AssetPlan, uploaded: list[Asset], on_progress: OnProgress | None = None
) -> Flow[dict[str, Any]]:
    """The AssetInput of a plan, uploading its file first if needed (appended to ``uploaded``)."""
    if plan.upload is None:
        return dict(plan.ready or {})
    if plan.direct:
        asset = yield from direct_upload_flow(plan.upload, on_progress)
    else:
        assert isinstance(plan.upload, Upload)  # asset_plan reads every file not sent directly
        asset = yield from upload_v3_flow(plan.upload, on_progress)
    uploaded.append(asset)
    return {"type": "asset_id", "asset_id": asset.id}
