"""HTTP handlers for the v3 family (avatars, looks, consent, assets, videos, voices)."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import HTTP
from typing import Any

from ._http import MockResponse, json_response
from ._routing import ApiError, Context, route
from .backend import Backend
from .portrait import size_of
from .state import Asset, AvatarGroup, AvatarLook, DirectUpload, Video, Voice

__all__: list[str] = []

LOOK_IMAGE_SIZE = 1024
#: a picture's orientation as v2 names it -> as a v3 look's ``preferred_orientation`` does
_ORIENTATIONS = {"square": "square", "horizontal": "landscape", "vertical": "portrait"}
_HEADERS = BytesHeaderParser(policy=HTTP)


def ok(data: Any) -> MockResponse:
    """The v3 success envelope."""
    return json_response(200, {"data": data})


def page(items: list[dict[str, Any]], has_more: bool, next_token: str | None) -> MockResponse:
    """The v3 list envelope."""
    return json_response(200, {"data": items, "has_more": has_more, "next_token": next_token})


def render_look(backend: Backend, look: AvatarLook, base_url: str) -> dict[str, Any]:
    ready = look.status in (None, "completed")
    error = look.job.error if look.job else None
    drawn = backend.portrait_of(look.image_key)  # the preview's own size and orientation, when drawn
    orientation = drawn.look.orientation if drawn else "square"
    width, height = size_of(orientation) if drawn else (LOOK_IMAGE_SIZE, LOOK_IMAGE_SIZE)
    return {
        "id": look.id,
        "name": look.name,
        "avatar_type": look.avatar_type,
        "group_id": look.group_id,
        "preview_image_url": backend.file_url(base_url, look.image_key) if ready else None,
        "preview_video_url": None,
        "gender": look.gender,
        "tags": list(look.tags),
        "default_voice_id": None,
        "supported_api_engines": ["avatar_v", "avatar_iv"] if ready else [],
        "image_width": width if ready else None,
        "image_height": height if ready else None,
        "preferred_orientation": _ORIENTATIONS.get(orientation, "square") if ready else None,
        "status": look.status,
        "error": {"code": error[0], "message": error[1]} if error else None,
    }


def render_group(backend: Backend, group: AvatarGroup, base_url: str) -> dict[str, Any]:
    status, error = backend.group_status(group)
    looks = backend.group_looks(group)
    preview = next(
        (look.image_key for look in looks if look.status in (None, "completed") and look.image_key), None
    )
    return {
        "id": group.id,
        "name": group.name,
        "created_at": group.created_at,
        "looks_count": len(looks),
        "preview_image_url": backend.file_url(base_url, preview),
        "preview_video_url": None,
        "gender": group.gender,
        "default_voice_id": None,
        "consent_status": group.consent_status,
        "status": status,
        "error": {"code": error[0], "message": error[1]} if error else None,
    }


def render_video(backend: Backend, video: Video, base_url: str) -> dict[str, Any]:
    job = video.job
    done = job.succeeded
    return {
        "id": video.id,
        "title": video.title,
        "status": job.status,
        "created_at": video.created_at,
        "completed_at": int(backend.epoch_of(job.finished_at) or 0) if job.done else None,
        "video_url": backend.file_url(base_url, video.file_key) if done else None,
        "thumbnail_url": backend.file_url(base_url, video.thumbnail_key) if done else None,
        "gif_url": None,
        "captioned_video_url": None,
        "subtitle_url": None,
        "duration": 12.5 if done else None,
        "folder_id": video.folder_id,
        "output_language": None,
        "failure_code": job.error[0] if job.error else None,
        "failure_message": job.error[1] if job.error else None,
        "video_page_url": f"{base_url}/_mock/videos/{video.id}",
    }


def render_voice(voice: Voice) -> dict[str, Any]:
    return {
        "voice_id": voice.voice_id,
        "name": voice.name,
        "language": voice.language,
        "gender": voice.gender,
        "preview_audio_url": None,
        "support_pause": True,
        "support_locale": False,
        "type": voice.type,
    }


def multipart_file(content_type: str, body: bytes) -> tuple[bytes, str | None] | None:
    """The `file` part of a multipart/form-data body: (bytes, filename), or None if absent.

    The parts are found with `bytes.find` (a 32 MB upload is cut out in milliseconds: the email parser
    took seconds, with the server's event loop held); only each part's few header lines are parsed.
    """
    boundary = _HEADERS.parsebytes(
        b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    )
    marker = boundary.get_boundary()
    if not marker:
        return None
    delimiter = b"--" + marker.encode("latin-1")
    start = body.find(delimiter)
    while start != -1:
        start += len(delimiter)
        if body.startswith(b"--", start):
            return None  # the closing delimiter
        end = body.find(b"\r\n" + delimiter, start)
        split = body.find(b"\r\n\r\n", start, end)
        if end == -1 or split == -1:
            return None
        part = _HEADERS.parsebytes(body[start:split].lstrip(b"\r\n") + b"\r\n\r\n")
        if part.get_param("name", header="content-disposition") == "file":
            return body[split + 4 : end], part.get_filename()
        start = end + 2
    return None


@route("POST", "/v3/assets", "v3", body="multipart")
def upload_asset(ctx: Context) -> MockResponse:
    found = multipart_file(ctx.request.headers.get("content-type", ""), ctx.request.body)
    if found is None:
        raise ApiError(
            400, "invalid_parameter", "File is required. Upload a file using multipart/form-data.", "file"
        )
    asset = ctx.backend.upload_v3(*found)
    ctx.created.append(asset.id)
    url = ctx.backend.file_url(ctx.base_url, asset.file_key)
    return ok({"asset_id": asset.id, "url": url, "mime_type": asset.mime, "size_bytes": asset.size})


@route("POST", "/v3/assets/direct-uploads", "v3")
def create_asset_upload(ctx: Context) -> MockResponse:
    upload = ctx.backend.begin_direct_upload(ctx.body or {})
    ctx.created.append(upload.asset_id)
    return ok(
        {
            "asset_id": upload.asset_id,
            "upload_url": ctx.backend.upload_url(ctx.base_url, upload),
            "upload_headers": dict(upload.headers),
            "expires_in_seconds": upload.ttl,
            "max_bytes": ctx.backend.options.direct_upload_max_bytes,
            "status": "pending_upload",
        }
    )


@route("POST", "/v3/assets/{asset_id}/complete", "v3")
def complete_asset_upload(ctx: Context) -> MockResponse:
    upload = ctx.backend.complete_upload(ctx.path["asset_id"], (ctx.body or {}).get("checksum_sha256"))
    asset = upload.asset
    assert asset is not None
    return ok(
        {
            "asset_id": asset.id,
            "url": ctx.backend.file_url(ctx.base_url, asset.file_key),
            "mime_type": asset.mime,
            "size_bytes": asset.size,
            "status": "processing",  # HeyGen's example value: the asset is usable, its preview may lag
        }
    )


def _file_type(mime: str) -> str:
    major = mime.split("/")[0]
    return major if major in ("image", "video", "audio") else "file"


@route("GET", "/v3/assets/{asset_id}", "v3", body="none")
def get_asset(ctx: Context) -> MockResponse:
    found = ctx.backend.asset_or_upload(ctx.path["asset_id"])
    item: Asset | None = found.asset if isinstance(found, DirectUpload) else found
    if item is None:  # announced, bytes maybe sent, not completed: no URL can be given
        assert isinstance(found, DirectUpload)
        name, mime, uploaded_at, url = found.filename, found.content_type, found.created_at, None
    else:
        name, mime, uploaded_at = item.name, item.mime, item.created_at
        url = ctx.backend.file_url(ctx.base_url, item.file_key)
    return ok(
        {
            "id": ctx.path["asset_id"],
            "name": name,
            "type": _file_type(mime),
            "owner": "mock-user",
            "space_id": "mock-space",
            "folder_id": None,
            "uploaded_at": int(uploaded_at),
            "url": url,
        }
    )


@route("POST", "/v3/avatars", "v3", starts_job=True)
def create_avatar(ctx: Context) -> MockResponse:
    look, group = ctx.backend.create_avatar(ctx.body)
    ctx.created.extend([group.id, look.id] if len(group.look_ids) == 1 else [look.id])
    return ok(
        {
            "avatar_item": render_look(ctx.backend, look, ctx.base_url),
            "avatar_group": render_group(ctx.backend, group, ctx.base_url),
        }
    )


@route("GET", "/v3/avatars", "v3", body="none")
def list_groups(ctx: Context) -> MockResponse:
    groups, more, token = ctx.backend.list_groups(
        ctx.query.get("ownership"), int(ctx.query.get("limit", 20)), ctx.query.get("token")
    )
    return page([render_group(ctx.backend, g, ctx.base_url) for g in groups], more, token)


@route("GET", "/v3/avatars/{group_id}", "v3", body="none")
def get_group(ctx: Context) -> MockResponse:
    group = ctx.backend.avatar_group(ctx.path["group_id"])
    ctx.polled.extend(look.job for look in ctx.backend.group_looks(group) if look.job is not None)
    return ok(render_group(ctx.backend, group, ctx.base_url))


@route("DELETE", "/v3/avatars/{group_id}", "v3", body="none")
def delete_group(ctx: Context) -> MockResponse:
    ctx.backend.delete_group(ctx.path["group_id"])
    return ok({"id": ctx.path["group_id"]})


@route("POST", "/v3/avatars/{group_id}/consent", "v3")
def create_consent(ctx: Context) -> MockResponse:
    body = ctx.body or {}
    if body.get("consent_video"):  # enterprise: a recorded consent, approved at once, no URL
        ctx.backend.resolve_asset(body["consent_video"], "consent_video", want="video")
        consent = ctx.backend.request_consent(ctx.path["group_id"], None)  # same rules as the URL flow
        group = ctx.backend.complete_consent(consent.group_id)
        return ok({"avatar_group": render_group(ctx.backend, group, ctx.base_url), "url": None})
    consent = ctx.backend.request_consent(ctx.path["group_id"], body.get("reroute_url"))
    group = ctx.backend.avatar_group(consent.group_id)
    url = f"{ctx.base_url}/_mock/consent/{consent.token}"
    return ok({"avatar_group": render_group(ctx.backend, group, ctx.base_url), "url": url})


@route("GET", "/v3/avatars/looks", "v3", body="none")
def list_looks(ctx: Context) -> MockResponse:
    looks, more, token = ctx.backend.list_looks(
        ctx.query.get("group_id"),
        ctx.query.get("avatar_type"),
        ctx.query.get("ownership"),
        int(ctx.query.get("limit", 20)),
        ctx.query.get("token"),
    )
    return page([render_look(ctx.backend, look, ctx.base_url) for look in looks], more, token)


@route("GET", "/v3/avatars/looks/{look_id}", "v3", body="none")
def get_look(ctx: Context) -> MockResponse:
    look = ctx.backend.avatar_look(ctx.path["look_id"])
    ctx.polled.extend([look.job] if look.job is not None else [])
    return ok(render_look(ctx.backend, look, ctx.base_url))


@route("PATCH", "/v3/avatars/looks/{look_id}", "v3")
def rename_look(ctx: Context) -> MockResponse:
    look = ctx.backend.rename_look(ctx.path["look_id"], (ctx.body or {}).get("name"))
    return ok(render_look(ctx.backend, look, ctx.base_url))


@route("DELETE", "/v3/avatars/looks/{look_id}", "v3", body="none")
def delete_look(ctx: Context) -> MockResponse:
    ctx.backend.delete_look(ctx.path["look_id"])
    return ok({"id": ctx.path["look_id"]})


@route("POST", "/v3/videos", "v3", starts_job=True)
def create_video(ctx: Context) -> MockResponse:
    video = ctx.backend.create_video(ctx.body)
    ctx.created.append(video.id)
    return ok({"video_id": video.id, "status": video.job.status})


@route("GET", "/v3/videos", "v3", body="none")
def list_videos(ctx: Context) -> MockResponse:
    videos, more, token = ctx.backend.list_videos(
        int(ctx.query.get("limit", 10)),
        ctx.query.get("token"),
        ctx.query.get("title"),
        ctx.query.get("folder_id"),
    )
    return page([render_video(ctx.backend, v, ctx.base_url) for v in videos], more, token)


@route("GET", "/v3/videos/{video_id}", "v3", body="none")
def get_video(ctx: Context) -> MockResponse:
    video = ctx.backend.video(ctx.path["video_id"])
    ctx.polled.append(video.job)
    return ok(render_video(ctx.backend, video, ctx.base_url))


@route("DELETE", "/v3/videos/{video_id}", "v3", body="none")
def delete_video(ctx: Context) -> MockResponse:
    ctx.backend.delete_video(ctx.path["video_id"])
    return ok({"id": ctx.path["video_id"], "deleted": True})


@route("GET", "/v3/voices", "v3", body="none")
def list_voices(ctx: Context) -> MockResponse:
    voices, more, token = ctx.backend.list_voices(
        str(ctx.query.get("type", "public")),
        ctx.query.get("engine"),
        ctx.query.get("language"),
        ctx.query.get("gender"),
        int(ctx.query.get("limit", 20)),
        ctx.query.get("token"),
    )
    return page([render_voice(v) for v in voices], more, token)


#: the account behind every key the mock accepts: a prepaid wallet, as API keys have (billing_type wallet)
ACCOUNT: dict[str, Any] = {
    "username": "mock_user",
    "email": "mock.user@example.com",
    "first_name": "Mock",
    "last_name": "User",
    "billing_type": "wallet",
    "wallet": {
        "currency": "usd",
        "remaining_balance": 100.0,
        "auto_reload": {"enabled": False, "threshold_usd": None, "amount_usd": None},
    },
    "subscription": None,
    "usage_based": None,
}


@route("GET", "/v3/users/me", "v3", body="none")
def get_me(ctx: Context) -> MockResponse:
    """The credential check of HeyGen's own clients (n8n node, MCP servers): who the key is, what it has."""
    return ok(ACCOUNT)
