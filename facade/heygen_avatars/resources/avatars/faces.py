"""``client.avatars``: `Avatars` on `HeyGen`, `AsyncAvatars` on `AsyncHeyGen`.

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

File arguments are AssetInputs (see `resources.assets.inputs`): a local file (uploaded first: to
``/v3/assets`` up to 32 MB, by direct upload above, which digital-twin footage may need; or sent inline
with ``inline=True``), an ``https://`` URL, an asset id or `Asset`, or an AssetInput mapping. Everything
is checked before the first request. Creation returns a `NewAvatar` whose ``job`` (kind ``"avatar"``)
ends completed, **stopped for consent** (a digital twin in ``pending_consent``:
``wait()`` returns a snapshot in state ``ACTION_REQUIRED``, ``result()`` raises `JobActionRequiredError`)
or failed (`JobFailedError`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack, cast

from ..._core import validation as check
from ..._core.options import RequestOptions
from ..._core.pages import AsyncPager, Pager
from ...jobs.handles import AsyncJob, Job
from ...types.avatars import AvatarGroup, AvatarLook, Consent, NewAvatar
from ...types.literals import AvatarType, Ownership
from ..assets.flows import OnProgress
from ..assets.inputs import AssetSource
from . import flows
from .checks import consent_args, photo_args, prompt_args, twin_args
from .raw import AsyncAvatarsWithRawResponse, AvatarsWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["AsyncAvatars", "Avatars"]

J = TypeVar("J")  # the handle of an "avatar" job on this face: Job[AvatarLook] or AsyncJob[AvatarLook]


class _Base(Generic[J]):
    """What both faces share: job handles (no I/O)."""

    _client: Any

    def _look(self, look_id: str, **context: str) -> J:
        return cast(J, self._client.jobs.get("avatar", look_id, context=context))

    def look_job(self, look_id: str) -> J:
        """An ``"avatar"`` job handle for an existing look (waits until it is ready). No request."""
        return self._look(check.check_id("look_id", look_id))

    def _new(self, made: flows.Created) -> NewAvatar[J]:
        return NewAvatar(
            look_id=made.look_id,
            group_id=made.group_id,
            created=made.created,
            job=self._look(made.look_id, group_id=made.group_id),
            uploaded=made.uploaded,
        )


class Avatars(_Base[Job[AvatarLook]]):
    """``client.avatars`` on `HeyGen`: v3 avatar groups (characters) and their looks."""

    _client: HeyGen

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AvatarsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AvatarsWithRawResponse(self)

    def create_from_photo(
        self,
        *,
        name: str,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[Job[AvatarLook]]:
        """Create an avatar (a new look) from one photo: a local file (JPEG/PNG, >= 512x512; uploaded to
        ``/v3/assets`` first, or sent as base64 with ``inline=True``), an https ``url`` or an ``asset_id``.

        ``avatar_group_id`` adds the look to an existing character. Example::

            new = client.avatars.create_from_photo(name="Sarah", photo="sarah.png")
            look = new.job.result()          # AvatarLook; pass look.id to client.videos.create
        """
        body, files = photo_args(name, photo, url, asset_id, inline, avatar_group_id)
        made = self._client._run(flows.create_flow(body, files, ()), options)
        return self._new(made)

    def create_from_prompt(
        self,
        *,
        name: str,
        prompt: str,
        reference_images: Sequence[AssetSource] = (),
        avatar_id: str | None = None,
        avatar_group_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[Job[AvatarLook]]:
        """Generate an avatar from a text prompt (up to 1000 characters) and up to 3 reference images.

        ``avatar_id`` (a look id) keeps that character's identity and saves to its group;
        ``avatar_group_id`` only chooses where the result is saved. Example::

            new = client.avatars.create_from_prompt(name="Sarah, office", prompt="Navy blazer, office",
                                                    avatar_id=sarah_look_id)
        """
        body, refs = prompt_args(name, prompt, reference_images, avatar_id, avatar_group_id)
        made = self._client._run(flows.create_flow(body, {}, refs), options)
        return self._new(made)

    def create_digital_twin(
        self,
        *,
        name: str,
        footage: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
        on_upload_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[Job[AvatarLook]]:
        """Create a digital twin from video footage (MP4/WebM, 15-600 s) given as a local file of any size
        (above 32 MB it goes by direct upload, streamed from disk; ``on_upload_progress`` hears how far),
        an https ``url`` or an ``asset_id``. Its job stops in ``pending_consent`` until the subject
        consents::

            twin = client.avatars.create_digital_twin(name="Me", footage="me.mp4")
            if twin.job.wait().state is JobState.ACTION_REQUIRED:
                print(client.avatars.request_consent(twin.group_id).url)
        """
        body, files = twin_args(name, footage, url, asset_id, inline, avatar_group_id, on_upload_progress)
        made = self._client._run(flows.create_flow(body, files, (), on_upload_progress), options)
        return self._new(made)

    def request_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None = None,
        consent_text: str | None = None,
        consent_video: AssetSource | None = None,
        **options: Unpack[RequestOptions],
    ) -> Consent:
        """Start the consent flow of a digital twin's group; ``.url`` is the page the subject must visit.

        Enterprise: ``consent_text`` (plain text) or a recorded ``consent_video`` (then no URL is
        returned). Example: ``url = client.avatars.request_consent(twin.group_id).url``
        """
        checked, body, video = consent_args(group_id, reroute_url, consent_text, consent_video)
        return self._client._run(flows.consent_flow(checked, body, video), options)

    def list_groups(
        self,
        *,
        ownership: Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[AvatarGroup]:
        """Every avatar group, fetched ``limit`` (1-50) per page as you iterate.

        Example: ``for group in client.avatars.list_groups(ownership="private"): print(group.name)``
        """
        make, first, most = flows.groups_call(ownership, limit, token, max_items)
        return Pager(self._client, make, AvatarGroup.from_raw, token=first, max_items=most, options=options)

    def list_looks(
        self,
        *,
        group_id: str | None = None,
        avatar_type: AvatarType | None = None,
        ownership: Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[AvatarLook]:
        """Every look (optionally of one group, type or ownership), fetched page by page as you iterate.

        Example: ``ids = [look.id for look in client.avatars.list_looks(group_id=gid)]``
        """
        make, first, most = flows.looks_call(group_id, avatar_type, ownership, limit, token, max_items)
        return Pager(self._client, make, AvatarLook.from_raw, token=first, max_items=most, options=options)

    def get_group(self, group_id: str, **options: Unpack[RequestOptions]) -> AvatarGroup:
        """One avatar group. Example: ``client.avatars.get_group(gid).consent_status``"""
        return self._client._run(flows.get_group_flow(group_id), options)

    def get_look(self, look_id: str, **options: Unpack[RequestOptions]) -> AvatarLook:
        """One look. Example: ``client.avatars.get_look(look_id).status``"""
        return self._client._run(flows.get_look_flow(look_id), options)

    def rename_look(self, look_id: str, name: str, **options: Unpack[RequestOptions]) -> AvatarLook:
        """Rename a photo or digital-twin look (up to 255 characters).

        Example: ``client.avatars.rename_look(look_id, "Sarah, office")``
        """
        return self._client._run(flows.rename_look_flow(look_id, name), options)

    def delete_look(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a look; deleting a group's last look deletes the group.

        Example: ``client.avatars.delete_look(look_id)``
        """
        self._client._run(flows.delete_look_flow(look_id), options)

    def delete_group(self, group_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a group and all its looks: ``client.avatars.delete_group(gid)``"""
        self._client._run(flows.delete_group_flow(group_id), options)


class AsyncAvatars(_Base[AsyncJob[AvatarLook]]):
    """``client.avatars`` on `AsyncHeyGen`: the methods of `Avatars`, awaited (lists: ``async for``)."""

    _client: AsyncHeyGen

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAvatarsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncAvatarsWithRawResponse(self)

    async def create_from_photo(
        self,
        *,
        name: str,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """Create an avatar from one photo (a local file, an https ``url`` or an ``asset_id``);
        ``look = await new.job.result()``."""
        body, files = photo_args(name, photo, url, asset_id, inline, avatar_group_id)
        made = await self._client._run(flows.create_flow(body, files, ()), options)
        return self._new(made)

    async def create_from_prompt(
        self,
        *,
        name: str,
        prompt: str,
        reference_images: Sequence[AssetSource] = (),
        avatar_id: str | None = None,
        avatar_group_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """Generate an avatar from a prompt; with ``avatar_id`` (a look id) it keeps that identity."""
        body, refs = prompt_args(name, prompt, reference_images, avatar_id, avatar_group_id)
        made = await self._client._run(flows.create_flow(body, {}, refs), options)
        return self._new(made)

    async def create_digital_twin(
        self,
        *,
        name: str,
        footage: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        avatar_group_id: str | None = None,
        on_upload_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewAvatar[AsyncJob[AvatarLook]]:
        """Create a digital twin from video footage of any size (streamed by direct upload above 32 MB);
        its job stops in ``pending_consent`` until the subject consents (see `request_consent`)."""
        body, files = twin_args(name, footage, url, asset_id, inline, avatar_group_id, on_upload_progress)
        made = await self._client._run(flows.create_flow(body, files, (), on_upload_progress), options)
        return self._new(made)

    async def request_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None = None,
        consent_text: str | None = None,
        consent_video: AssetSource | None = None,
        **options: Unpack[RequestOptions],
    ) -> Consent:
        """Start a digital twin's consent flow: ``(await client.avatars.request_consent(gid)).url``."""
        checked, body, video = consent_args(group_id, reroute_url, consent_text, consent_video)
        return await self._client._run(flows.consent_flow(checked, body, video), options)

    def list_groups(
        self,
        *,
        ownership: Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AvatarGroup]:
        """Every avatar group: ``async for group in client.avatars.list_groups(): ...``"""
        make, first, most = flows.groups_call(ownership, limit, token, max_items)
        return AsyncPager(
            self._client, make, AvatarGroup.from_raw, token=first, max_items=most, options=options
        )

    def list_looks(
        self,
        *,
        group_id: str | None = None,
        avatar_type: AvatarType | None = None,
        ownership: Ownership | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AvatarLook]:
        """Every look (optionally of one group, type or ownership): ``async for look in ...``"""
        make, first, most = flows.looks_call(group_id, avatar_type, ownership, limit, token, max_items)
        return AsyncPager(
            self._client, make, AvatarLook.from_raw, token=first, max_items=most, options=options
        )

    async def get_group(self, group_id: str, **options: Unpack[RequestOptions]) -> AvatarGroup:
        """One avatar group: ``await client.avatars.get_group(gid)``."""
        return await self._client._run(flows.get_group_flow(group_id), options)

    async def get_look(self, look_id: str, **options: Unpack[RequestOptions]) -> AvatarLook:
        """One look: ``await client.avatars.get_look(look_id)``."""
        return await self._client._run(flows.get_look_flow(look_id), options)

    async def rename_look(self, look_id: str, name: str, **options: Unpack[RequestOptions]) -> AvatarLook:
        """Rename a photo or digital-twin look (up to 255 characters)."""
        return await self._client._run(flows.rename_look_flow(look_id, name), options)

    async def delete_look(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a look; deleting a group's last look deletes the group."""
        await self._client._run(flows.delete_look_flow(look_id), options)

    async def delete_group(self, group_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a group and all its looks."""
        await self._client._run(flows.delete_group_flow(group_id), options)
