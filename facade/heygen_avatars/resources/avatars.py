"""v3 avatars: ``client.avatars`` (blocking) and the same methods on `AsyncHeyGen` (await).

An avatar **group** is a character; each group has **looks**, and a look id is what videos take::

    new = client.avatars.create_from_photo(name="Sarah", photo="sarah.png")    # uploads, then creates
    look = new.job.result()                                                    # AvatarLook, completed
    more = client.avatars.create_from_prompt(name="Sarah, office", prompt="Navy blazer, office",
                                             avatar_id=look.id)               # same identity
    twin = client.avatars.create_digital_twin(name="Me", footage="me.mp4")
    if twin.job.wait().state is JobState.ACTION_REQUIRED:                     # pending_consent
        print(client.avatars.request_consent(twin.group_id).url)              # the subject opens it
    for group in client.avatars.list_groups(ownership="private"):             # auto-paging
        ...

Files for ``file`` / ``reference_images`` / ``consent_video`` may be given as a local file (path, bytes or
binary file object: uploaded to ``/v3/assets`` first, or sent inline as base64 with ``inline=True``), a
public ``https://`` URL, an asset id (or the `Asset` from `client.assets.upload`), or a ready AssetInput
mapping. Everything is checked before the first request. Creation returns a `NewAvatar` whose ``job``
(kind ``"avatar"``, on the new look) ends completed, **stopped for consent** (a digital twin in
``pending_consent``: ``wait()`` returns a snapshot in state ``ACTION_REQUIRED``, ``result()`` raises
`JobActionRequiredError`) or failed (`JobFailedError`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar, cast

import attrs

from .._core import validation as check
from .._core.call import Call, call
from .._core.config import Op
from .._core.files import MIB, PHOTO_V3, FileSource, Upload, UploadRules, load_upload
from .._core.flow import Flow
from .._core.lazy import lazy
from .._core.pages import AsyncPager, Pager, list_params
from .._core.responses import Api, ApiResponse
from ..errors import HeyGenError, InputValidationError, ResponseValidationError
from ..jobs.handles import AsyncJob, Job
from ..types.models import Asset, AvatarGroup, AvatarLook, Consent, CreatedAvatar
from .assets import upload_v3_flow

# generated endpoints and request models, imported at first use (see _lazy.py)
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

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = [
    "AVATAR_TYPES",
    "FOOTAGE",
    "REFERENCE_IMAGE",
    "AssetPlan",
    "AssetSource",
    "AsyncAvatars",
    "AvatarType",
    "Avatars",
    "NewAvatar",
]

J = TypeVar("J")
T = TypeVar("T")

AvatarType = Literal["photo_avatar", "studio_avatar", "digital_twin", "video_avatar"]
AVATAR_TYPES: Final[tuple[str, ...]] = ("photo_avatar", "studio_avatar", "digital_twin", "video_avatar")
"""Look types accepted by `list_looks`. ``video_avatar`` (April 2026) is sent as ``digital_twin``, its
July 2026 name and the built spec's (notes §3.4)."""

AssetSource = FileSource | Asset | Mapping[str, Any]
"""A file for a v3 AssetInput: a local file, an ``https://`` URL string, an `Asset`, or an AssetInput dict."""

FOOTAGE: Final = UploadRules(
    purpose="digital twin footage",
    allowed_types=("video/mp4", "video/webm"),
    max_bytes=32 * MIB,
)
"""Digital-twin training footage (15-600 s per HeyGen): MP4/WebM, within the v3 asset size limit."""

REFERENCE_IMAGE: Final = UploadRules(
    purpose="a reference image", allowed_types=("image/jpeg", "image/png"), max_bytes=32 * MIB
)
"""Prompt-avatar reference images: JPEG/PNG, within the v3 asset size limit."""

_ASSET_INPUT_KEYS: Final = {"url": ("url",), "asset_id": ("asset_id",), "base64": ("media_type", "data")}


# ---------------------------------------------------------------------------------------------------------
# Results


@attrs.frozen
class NewAvatar(Generic[J]):
    """What the ``create_*`` methods return: the new look, its group, HeyGen's response and a job.

    ``job`` is a `Job` (or `AsyncJob`) of kind ``"avatar"`` on the look: its result is the completed
    `AvatarLook`; a digital twin waiting for consent stops it in state ``ACTION_REQUIRED``.
    ``uploaded`` lists the assets uploaded on the way (their ids exist on HeyGen).
    """

    look_id: str
    group_id: str
    created: CreatedAvatar
    job: J
    uploaded: tuple[Asset, ...] = ()

    @property
    def needs_consent(self) -> bool:
        """True when HeyGen says the subject must consent first (digital twins)."""
        look, group = self.created.avatar_item, self.created.avatar_group
        if look is not None and look.status == "pending_consent":
            return True
        return group is not None and group.consent_status not in (None, "approved", "completed")


# ---------------------------------------------------------------------------------------------------------
# Asset inputs: checked and read before any request; uploads happen inside the flow


@attrs.frozen
class AssetPlan:
    """One AssetInput to send: ready as is (``ready``), or a local file to upload first (``upload``)."""

    ready: Mapping[str, Any] | None = None
    upload: Upload | None = None


def _check_https(field: str, url: object) -> str:
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
        _check_https(f"{field}.url", value["url"])
    return dict(value)


def asset_plan(field: str, source: object, rules: UploadRules, *, inline: bool = False) -> AssetPlan:
    """Read and check one file argument (no request)."""
    if isinstance(source, Asset):
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id(f"{field}.id", source.id)})
    if isinstance(source, Mapping):
        return AssetPlan(ready=_checked_input(field, source))
    if isinstance(source, str) and source.startswith(("https://", "http://")):
        return AssetPlan(ready={"type": "url", "url": _check_https(field, source)})
    if isinstance(source, str | os.PathLike | bytes | bytearray | memoryview) or hasattr(source, "read"):
        upload = load_upload(cast(FileSource, source), rules=rules, field=field)
        if inline:
            return AssetPlan(ready=upload.as_base64_input())
        return AssetPlan(upload=upload)
    raise InputValidationError(
        field,
        "expected a path, bytes, a binary file, an https:// URL, an Asset or an AssetInput dict, "
        f"got {type(source).__name__}",
        value=source,
    )


def one_file(
    field: str,
    rules: UploadRules,
    *,
    file: object,
    url: object,
    asset_id: object,
    inline: object,
) -> AssetPlan:
    """The plan for exactly one of ``file=`` / ``url=`` / ``asset_id=`` (named ``field`` in errors)."""
    given = [
        name for name, value in (("file", file), ("url", url), ("asset_id", asset_id)) if value is not None
    ]
    if len(given) != 1:
        raise InputValidationError(
            field,
            f"give exactly one of {field}= (path, bytes or file), url= or asset_id= "
            f"({'none' if not given else ', '.join(given)} given)",
        )
    if not isinstance(inline, bool):
        raise InputValidationError("inline", "expected True or False", value=inline)
    remote = isinstance(file, Mapping | Asset) or (isinstance(file, str) and file.startswith("http"))
    if inline and (file is None or remote):
        raise InputValidationError("inline", f"inline=True needs a local file in {field}=")
    if url is not None:
        return AssetPlan(ready={"type": "url", "url": _check_https("url", url)})
    if asset_id is not None:
        return AssetPlan(ready={"type": "asset_id", "asset_id": check.check_id("asset_id", asset_id)})
    return asset_plan(field, file, rules, inline=inline)


def resolve_flow(plan: AssetPlan, uploaded: list[Asset]) -> Flow[dict[str, Any]]:
    """The AssetInput of a plan, uploading its file first if needed (appended to ``uploaded``)."""
    if plan.upload is None:
        return dict(plan.ready or {})
    asset = yield from upload_v3_flow(plan.upload)
    uploaded.append(asset)
    return {"type": "asset_id", "asset_id": asset.id}


# ---------------------------------------------------------------------------------------------------------
# Flows


def _v3(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V3, **kwargs))


def _invalid(response: ApiResponse, why: str) -> ResponseValidationError:
    return ResponseValidationError(
        f"{response.method} {response.url}: {why}",
        status_code=response.status_code,
        body=response.body,
        request_id=response.request_id,
        method=response.method,
        url=response.url,
    )


@attrs.frozen
class _Created:
    created: CreatedAvatar
    look_id: str
    group_id: str
    uploaded: tuple[Asset, ...]


def create_flow(
    body: Mapping[str, Any], files: Mapping[str, AssetPlan], references: Sequence[AssetPlan]
) -> Flow[_Created]:
    """Upload what needs uploading, then ``POST /v3/avatars``."""
    uploaded: list[Asset] = []
    full = dict(body)
    for key, plan in files.items():
        full[key] = yield from resolve_flow(plan, uploaded)
    if references:
        images = []
        for plan in references:
            images.append((yield from resolve_flow(plan, uploaded)))
        full["reference_images"] = images
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
        raise _invalid(response, "the response has no avatar_item.id or avatar_group.id")
    return _Created(created, look_id, group_id, tuple(uploaded))


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
    check.look_name("name", name)
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
    """``POST /v3/avatars/{group_id}/consent`` (uploading a consent video first if one is local)."""
    full = dict(body)
    if video is not None:
        full["consent_video"] = yield from resolve_flow(video, [])
    response = yield from _v3(
        create_avatar_consent,
        Op.CREATE,
        group_id=group_id,
        body=CreateAvatarConsentRequest.from_dict(full),
    )
    return Consent.from_raw(response.data)


# ---------------------------------------------------------------------------------------------------------
# Argument handling shared by both faces (pure)


def _optional_id(field: str, value: object) -> str | None:
    return None if value is None else check.check_id(field, value)


def photo_args(
    name: object, photo: object, url: object, asset_id: object, inline: object, avatar_group_id: object
) -> tuple[dict[str, Any], dict[str, AssetPlan]]:
    """Checked body and file plan of a photo avatar (pure)."""
    body: dict[str, Any] = {"type": "photo", "name": check.check_text("name", name)}
    plan = one_file("photo", PHOTO_V3, file=photo, url=url, asset_id=asset_id, inline=inline)
    if (group := _optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    return body, {"file": plan}


def prompt_args(
    name: object, prompt: object, reference_images: object, avatar_id: object, avatar_group_id: object
) -> tuple[dict[str, Any], list[AssetPlan]]:
    """Checked body and reference-image plans of a prompt avatar (pure)."""
    body: dict[str, Any] = {
        "type": "prompt",
        "name": check.check_text("name", name),
        "prompt": check.v3_prompt("prompt", prompt),
    }
    if (look := _optional_id("avatar_id", avatar_id)) is not None:
        body["avatar_id"] = look
    if (group := _optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    images = check.check_reference_images("reference_images", reference_images or ())
    plans = [asset_plan(f"reference_images[{i}]", image, REFERENCE_IMAGE) for i, image in enumerate(images)]
    return body, plans


def twin_args(
    name: object, footage: object, url: object, asset_id: object, inline: object, avatar_group_id: object
) -> tuple[dict[str, Any], dict[str, AssetPlan]]:
    """Checked body and footage plan of a digital twin (pure)."""
    body: dict[str, Any] = {"type": "digital_twin", "name": check.check_text("name", name)}
    plan = one_file("footage", FOOTAGE, file=footage, url=url, asset_id=asset_id, inline=inline)
    if (group := _optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    return body, {"file": plan}


def consent_args(
    group_id: object, reroute_url: object, consent_text: object, consent_video: object
) -> tuple[str, dict[str, Any], AssetPlan | None]:
    """Checked group id, consent body and consent-video plan (pure)."""
    checked = check.check_id("group_id", group_id)
    body: dict[str, Any] = {}
    if reroute_url is not None:
        body["reroute_url"] = check.check_text("reroute_url", reroute_url)
    if consent_text is not None:
        text = check.check_text("consent_text", consent_text)
        if "<" in text or ">" in text:
            raise InputValidationError("consent_text", "plain text only: HeyGen rejects '<' and '>'")
        body["consent_text"] = text
    video = None if consent_video is None else asset_plan("consent_video", consent_video, FOOTAGE)
    return checked, body, video


def _ownership(value: object) -> str | None:
    return None if value is None else check.check_choice("ownership", value, check.OWNERSHIPS)


MakeCall = Callable[[str | None], Call]


def groups_call(
    ownership: object, limit: object, token: object, max_items: object
) -> tuple[MakeCall, str | None, int | None]:
    """Checked ``list_groups`` arguments: the page-call builder, first token and ``max_items``."""
    owner = _ownership(ownership)
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
    group = _optional_id("group_id", group_id)
    kind = None if avatar_type is None else check.check_choice("avatar_type", avatar_type, AVATAR_TYPES)
    if kind == "video_avatar":
        kind = "digital_twin"  # the April 2026 name; the API says digital_twin since July
    owner = _ownership(ownership)
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


# ---------------------------------------------------------------------------------------------------------
# The two faces


class _Base(Generic[J]):
    _client: Any

    def look_job(self, look_id: str) -> J:
        """An ``"avatar"`` job handle for an existing look (waits until it is ready). No request."""
        checked = check.check_id("look_id", look_id)
        return cast(J, self._client.jobs.get("avatar", checked))

    def _new(self, made: _Created) -> NewAvatar[J]:
        job = self._client.jobs.get("avatar", made.look_id, context={"group_id": made.group_id})
        return NewAvatar(
            look_id=made.look_id,
            group_id=made.group_id,
            created=made.created,
            job=job,
            uploaded=made.uploaded,
        )


class Avatars(_Base[Job[Any]]):
    """``client.avatars`` on `HeyGen`: v3 avatar groups (characters) and their looks."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    def _run(self, flow: Flow[T]) -> T:
        result: T = self._client._run(flow)  # no cast(): a call per request
        return result

    def create_from_photo(
        self,
        *,
        name: str,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[Job[AvatarLook]]:
        """Create an avatar (a new look) from one photo: a local file (JPEG/PNG, >= 512x512; uploaded to
        ``/v3/assets`` first, or sent as base64 with ``inline=True``), an https ``url`` or an ``asset_id``.

        ``avatar_group_id`` adds the look to an existing character. Example::

            new = client.avatars.create_from_photo(name="Sarah", photo="sarah.png")
            look = new.job.result()          # AvatarLook; pass look.id to client.videos.create
        """
        body, files = photo_args(name, photo, url, asset_id, inline, avatar_group_id)
        made = self._run(create_flow(body, files, ()))
        return cast("NewAvatar[Job[AvatarLook]]", self._new(made))

    def create_from_prompt(
        self,
        *,
        name: str,
        prompt: str,
        reference_images: Sequence[AssetSource] = (),
        avatar_id: str | None = None,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[Job[AvatarLook]]:
        """Generate an avatar from a text prompt (up to 1000 characters) and up to 3 reference images.

        ``avatar_id`` (a look id) keeps that character's identity and saves to its group;
        ``avatar_group_id`` only chooses where the result is saved. Example::

            new = client.avatars.create_from_prompt(name="Sarah, office", prompt="Navy blazer, office",
                                                    avatar_id=sarah_look_id)
        """
        body, refs = prompt_args(name, prompt, reference_images, avatar_id, avatar_group_id)
        made = self._run(create_flow(body, {}, refs))
        return cast("NewAvatar[Job[AvatarLook]]", self._new(made))

    def create_digital_twin(
        self,
        *,
        name: str,
        footage: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[Job[AvatarLook]]:
        """Create a digital twin from video footage (MP4/WebM, 15-600 s) given as a local file, an https
        ``url`` or an ``asset_id``. Its job stops in ``pending_consent`` until the subject consents::

            twin = client.avatars.create_digital_twin(name="Me", footage="me.mp4")
            if twin.job.wait().state is JobState.ACTION_REQUIRED:
                print(client.avatars.request_consent(twin.group_id).url)
        """
        body, files = twin_args(name, footage, url, asset_id, inline, avatar_group_id)
        made = self._run(create_flow(body, files, ()))
        return cast("NewAvatar[Job[AvatarLook]]", self._new(made))

    def request_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None = None,
        consent_text: str | None = None,
        consent_video: AssetSource | None = None,
    ) -> Consent:
        """Start the consent flow of a digital twin's group; ``.url`` is the page the subject must visit.

        Enterprise: ``consent_text`` (plain text) or a recorded ``consent_video`` (then no URL is
        returned). Example: ``url = client.avatars.request_consent(twin.group_id).url``
        """
        checked, body, video = consent_args(group_id, reroute_url, consent_text, consent_video)
        return self._run(consent_flow(checked, body, video))

    def list_groups(
        self,
        *,
        ownership: check.Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AvatarGroup]:
        """Every avatar group, fetched ``limit`` (1-50) per page as you iterate.

        Example: ``for group in client.avatars.list_groups(ownership="private"): print(group.name)``
        """
        make, first, most = groups_call(ownership, limit, token, max_items)
        return Pager(self._client, make, AvatarGroup.from_raw, token=first, max_items=most)

    def list_looks(
        self,
        *,
        group_id: str | None = None,
        avatar_type: AvatarType | None = None,
        ownership: check.Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AvatarLook]:
        """Every look (optionally of one group, type or ownership), fetched page by page as you iterate.

        Example: ``ids = [look.id for look in client.avatars.list_looks(group_id=gid)]``
        """
        make, first, most = looks_call(group_id, avatar_type, ownership, limit, token, max_items)
        return Pager(self._client, make, AvatarLook.from_raw, token=first, max_items=most)

    def get_group(self, group_id: str) -> AvatarGroup:
        """One avatar group. Example: ``client.avatars.get_group(gid).consent_status``"""
        return self._run(get_group_flow(group_id))

    def get_look(self, look_id: str) -> AvatarLook:
        """One look. Example: ``client.avatars.get_look(look_id).status``"""
        return self._run(get_look_flow(look_id))

    def rename_look(self, look_id: str, name: str) -> AvatarLook:
        """Rename a photo or digital-twin look (up to 255 characters).

        Example: ``client.avatars.rename_look(look_id, "Sarah, office")``
        """
        return self._run(rename_look_flow(look_id, name))

    def delete_look(self, look_id: str) -> None:
        """Delete a look; deleting a group's last look deletes the group.

        Example: ``client.avatars.delete_look(look_id)``
        """
        self._run(delete_look_flow(look_id))

    def delete_group(self, group_id: str) -> None:
        """Delete a group and all its looks: ``client.avatars.delete_group(gid)``"""
        self._run(delete_group_flow(group_id))


class AsyncAvatars(_Base[AsyncJob[Any]]):
    """``client.avatars`` on `AsyncHeyGen`: the same methods as `Avatars`, awaited (lists: ``async for``)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    async def _run(self, flow: Flow[T]) -> T:
        result: T = await self._client._run(flow)
        return result

    async def create_from_photo(
        self,
        *,
        name: str,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """See `Avatars.create_from_photo`."""
        body, files = photo_args(name, photo, url, asset_id, inline, avatar_group_id)
        made = await self._run(create_flow(body, files, ()))
        return cast("NewAvatar[AsyncJob[AvatarLook]]", self._new(made))

    async def create_from_prompt(
        self,
        *,
        name: str,
        prompt: str,
        reference_images: Sequence[AssetSource] = (),
        avatar_id: str | None = None,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """See `Avatars.create_from_prompt`."""
        body, refs = prompt_args(name, prompt, reference_images, avatar_id, avatar_group_id)
        made = await self._run(create_flow(body, {}, refs))
        return cast("NewAvatar[AsyncJob[AvatarLook]]", self._new(made))

    async def create_digital_twin(
        self,
        *,
        name: str,
        footage: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """See `Avatars.create_digital_twin`."""
        body, files = twin_args(name, footage, url, asset_id, inline, avatar_group_id)
        made = await self._run(create_flow(body, files, ()))
        return cast("NewAvatar[AsyncJob[AvatarLook]]", self._new(made))

    async def request_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None = None,
        consent_text: str | None = None,
        consent_video: AssetSource | None = None,
    ) -> Consent:
        """See `Avatars.request_consent`."""
        checked, body, video = consent_args(group_id, reroute_url, consent_text, consent_video)
        return await self._run(consent_flow(checked, body, video))

    def list_groups(
        self,
        *,
        ownership: check.Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AvatarGroup]:
        """See `Avatars.list_groups`; iterate with ``async for``."""
        make, first, most = groups_call(ownership, limit, token, max_items)
        return AsyncPager(self._client, make, AvatarGroup.from_raw, token=first, max_items=most)

    def list_looks(
        self,
        *,
        group_id: str | None = None,
        avatar_type: AvatarType | None = None,
        ownership: check.Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AvatarLook]:
        """See `Avatars.list_looks`; iterate with ``async for``."""
        make, first, most = looks_call(group_id, avatar_type, ownership, limit, token, max_items)
        return AsyncPager(self._client, make, AvatarLook.from_raw, token=first, max_items=most)

    async def get_group(self, group_id: str) -> AvatarGroup:
        """See `Avatars.get_group`."""
        return await self._run(get_group_flow(group_id))

    async def get_look(self, look_id: str) -> AvatarLook:
        """See `Avatars.get_look`."""
        return await self._run(get_look_flow(look_id))

    async def rename_look(self, look_id: str, name: str) -> AvatarLook:
        """See `Avatars.rename_look`."""
        return await self._run(rename_look_flow(look_id, name))

    async def delete_look(self, look_id: str) -> None:
        """See `Avatars.delete_look`."""
        await self._run(delete_look_flow(look_id))

    async def delete_group(self, group_id: str) -> None:
        """See `Avatars.delete_group`."""
        await self._run(delete_group_flow(group_id))
