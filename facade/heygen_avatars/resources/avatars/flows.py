"""The sans-IO flows of ``client.avatars``: every decision about a v3 avatar request, written once.

Both faces (`faces.py`) only run these; arguments arrive checked (`checks.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ..._core import validation as check
from ..._core.call import Call, call
from ..._core.config import Op
from ..._core.flow import Flow
from ..._core.interrupts import reporting
from ..._core.lazy import lazy
from ..._core.pages import list_params
from ..._core.responses import Api, ApiResponse
from ...errors import HeyGenError
from ...types.assets import Asset
from ...types.avatars import AvatarGroup, AvatarLook, Consent, CreatedAvatar
from ..assets.flows import OnProgress
from ..assets.inputs import AssetPlan, own_host_flow, resolve_all_flow, resolve_flow
from .checks import avatar_type as type_filter, look_name, ownership as ownership_filter

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v3.api.avatars"
create_avatar = lazy(f"{_API}.create_avatar")
create_avatar_consent = lazy(f"{_API}.create_avatar_consent")
delete_avatar_group = lazy(f"{_API}.delete_avatar_group")
delete_avatar_look = lazy(f"{_API}.delete_avatar_look")
get_avatar_group = lazy(f"{_API}.get_avatar_group")
get_avatar_look = lazy(f"{_API}.get_avatar_look")
list_avatar_groups = lazy(f"{_API}.list_avatar_groups")
list_avatar_looks = lazy(f"{_API}.list_avatar_looks")
update_avatar_look = lazy(f"{_API}.update_avatar_look")
_MODELS = "heygen_avatars_generated.v3.models"
CreateAvatarConsentRequest = lazy(_MODELS, "CreateAvatarConsentRequest")
CreateDigitalTwinRequest = lazy(_MODELS, "CreateDigitalTwinRequest")
CreatePhotoAvatarRequest = lazy(_MODELS, "CreatePhotoAvatarRequest")
CreatePromptAvatarRequest = lazy(_MODELS, "CreatePromptAvatarRequest")
UpdateAvatarLookRequest = lazy(_MODELS, "UpdateAvatarLookRequest")


def _v3(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V3, **kwargs))


@attrs.frozen
class Created:
    """What a create made: HeyGen's answer, the new look and group ids, the assets uploaded on the way."""

    created: CreatedAvatar
    look_id: str
    group_id: str
    uploaded: tuple[Asset, ...]


def create_flow(
    body: Mapping[str, Any],
    files: Mapping[str, AssetPlan],
    references: Sequence[AssetPlan],
    on_upload_progress: OnProgress | None = None,
) -> Flow[Created]:
    """Upload what needs uploading (reporting the main file's progress), then ``POST /v3/avatars``. An
    interrupt carries the uploads made."""
    uploaded: list[Asset] = []
    flow = _create(body, files, references, uploaded, on_upload_progress)
    return (yield from reporting("avatars.create", flow, lambda: [f"asset {a.id}" for a in uploaded]))


def _create(
    body: Mapping[str, Any],
    files: Mapping[str, AssetPlan],
    references: Sequence[AssetPlan],
    uploaded: list[Asset],
    on_upload_progress: OnProgress | None,
) -> Flow[Created]:
    full = dict(body)
    yield from own_host_flow([*files.values(), *references])  # every URL checked before the first upload
    inputs = yield from resolve_all_flow(list(files.values()), uploaded, on_upload_progress)
    full.update(zip(files, inputs, strict=True))
    if references:
        full["reference_images"] = yield from resolve_all_flow(references, uploaded)
    model: Any = {
        "photo": CreatePhotoAvatarRequest,
        "prompt": CreatePromptAvatarRequest,
        "digital_twin": CreateDigitalTwinRequest,
    }[str(full["type"])]
    try:
        response = yield from _v3(create_avatar, Op.CREATE, body=model.from_dict(full))
    except HeyGenError as error:
        if uploaded:  # they exist on HeyGen: reuse them with asset_id= instead of uploading again
            error.add_note(f"assets uploaded before this failure: {', '.join(a.id for a in uploaded)}")
        raise
    created = CreatedAvatar.from_raw(response.data)
    look_id, group_id = created.look_id, created.group_id
    if not look_id or not group_id:
        raise response.invalid("the response has no avatar_item.id or avatar_group.id")
    return Created(created, look_id, group_id, tuple(uploaded))


def get_group_flow(group_id: str) -> Flow[AvatarGroup]:
    """``GET /v3/avatars/{group_id}``: one group."""
    check.check_id("group_id", group_id)
    response = yield from _v3(get_avatar_group, Op.READ, group_id=group_id)
    return AvatarGroup.from_raw(response.data)


def get_look_flow(look_id: str) -> Flow[AvatarLook]:
    """``GET /v3/avatars/looks/{look_id}``: one look."""
    check.check_id("look_id", look_id)
    response = yield from _v3(get_avatar_look, Op.READ, look_id=look_id)
    return AvatarLook.from_raw(response.data)


def rename_look_flow(look_id: str, name: str) -> Flow[AvatarLook]:
    """``PATCH /v3/avatars/looks/{look_id}`` with a new name (checked: 1-255 characters)."""
    check.check_id("look_id", look_id)
    look_name("name", name)
    response = yield from _v3(
        update_avatar_look, Op.IDEMPOTENT_WRITE, look_id=look_id, body=UpdateAvatarLookRequest(name=name)
    )
    return AvatarLook.from_raw(response.data)


def delete_group_flow(group_id: str) -> Flow[None]:
    """``DELETE /v3/avatars/{group_id}`` (every look of the group goes with it)."""
    check.check_id("group_id", group_id)
    yield from _v3(delete_avatar_group, Op.IDEMPOTENT_WRITE, group_id=group_id)


def delete_look_flow(look_id: str) -> Flow[None]:
    """``DELETE /v3/avatars/looks/{look_id}``."""
    check.check_id("look_id", look_id)
    yield from _v3(delete_avatar_look, Op.IDEMPOTENT_WRITE, look_id=look_id)


def consent_flow(group_id: str, body: Mapping[str, Any], video: AssetPlan | None) -> Flow[Consent]:
    """``POST /v3/avatars/{group_id}/consent`` (uploading a consent video first if one is local). An
    interrupt carries the upload made."""
    uploaded: list[Asset] = []
    flow = _consent(group_id, body, video, uploaded)
    return (
        yield from reporting("avatars.request_consent", flow, lambda: [f"asset {a.id}" for a in uploaded])
    )


def _consent(
    group_id: str, body: Mapping[str, Any], video: AssetPlan | None, uploaded: list[Asset]
) -> Flow[Consent]:
    full = dict(body)
    if video is not None:
        full["consent_video"] = yield from resolve_flow(video, uploaded)
    response = yield from _v3(
        create_avatar_consent,
        Op.CREATE,
        group_id=group_id,
        body=CreateAvatarConsentRequest.from_dict(full),
    )
    return Consent.from_raw(response.data)


MakeCall = Callable[[str | None], Call]


def groups_call(
    ownership: object, limit: object, token: object, max_items: object
) -> tuple[MakeCall, str | None, int | None]:
    """Checked ``list_groups`` arguments: the page-call builder, first token and ``max_items``."""
    owner = ownership_filter(ownership)
    size, first, most = list_params(limit, token, max_items)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_avatar_groups, op=Op.READ, api=Api.V3, ownership=owner, limit=size, token=page_token
        )

    return make, first, most


def looks_call(
    group_id: object, avatar_type: object, ownership: object, limit: object, token: object, max_items: object
) -> tuple[MakeCall, str | None, int | None]:
    """Checked ``list_looks`` arguments: the page-call builder, first token and ``max_items``."""
    group = check.optional_id("group_id", group_id)
    kind = type_filter(avatar_type)
    owner = ownership_filter(ownership)
    size, first, most = list_params(limit, token, max_items)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_avatar_looks,
            op=Op.READ,
            api=Api.V3,
            group_id=group,
            avatar_type=kind,
            ownership=owner,
            limit=size,
            token=page_token,
        )

    return make, first, most
