"""HTTP handlers for the v1 upload and the v2 photo-avatar family: parse, call the backend, render JSON."""

from __future__ import annotations

from typing import Any

from ._http import MockResponse, json_response
from ._routing import Context, route
from .backend import Backend
from .state import Asset, AvatarGroup, Generation, PhotoGroup, PhotoLook

__all__: list[str] = []


def ok(data: Any) -> MockResponse:
    """The v2 success envelope."""
    return json_response(200, {"error": None, "data": data})


def render_look(backend: Backend, look: PhotoLook, base_url: str) -> dict[str, Any]:
    """A v2 photo avatar (look), in the shape of HeyGen's guide example."""
    ready = look.job.succeeded
    reason = None
    if not ready:
        reason = "Photo avatar look upload not completed"
    elif not look.is_motion:
        reason = "Only avatars with motion can be upscaled"
    elif look.upscaled:
        reason = "Already upscaled"
    return {
        "id": look.id,
        "image_url": backend.file_url(base_url, look.image_key),
        "created_at": look.created_at,
        "name": look.name,
        "status": look.job.status,
        "group_id": look.group_id,
        "is_motion": look.is_motion,
        "motion_preview_url": backend.file_url(base_url, look.image_key)
        if look.is_motion and ready
        else None,
        "business_type": look.business_type,
        "upscale_availability": {"available": reason is None, "reason": reason},
        "upscaled": look.upscaled,
        "background_sound_effect": look.background_sound_effect,
        "moderation_msg": look.job.error[1] if look.job.error else None,
    }


def render_generation(backend: Backend, generation: Generation, base_url: str) -> dict[str, Any]:
    done = generation.job.succeeded
    return {
        "id": generation.id,
        "status": generation.job.status,
        "msg": generation.job.error[1] if generation.job.error else None,
        "image_url_list": [backend.file_url(base_url, key) for key in generation.image_keys]
        if done
        else None,
        "image_key_list": list(generation.image_keys) if done else None,
    }


def render_group(backend: Backend, group: PhotoGroup, base_url: str) -> dict[str, Any]:
    first = backend.state.photo_looks.get(group.look_ids[0]) if group.look_ids else None
    return {
        "id": group.id,
        "name": group.name,
        "created_at": group.created_at,
        "num_looks": len(group.look_ids),
        "preview_image": backend.file_url(base_url, first.image_key) if first else None,
        "preview_image_url": backend.file_url(base_url, first.image_key) if first else None,
        "group_type": "PHOTO",
        "train_status": group.training.status if group.training else "empty",
        "default_voice_id": None,
    }


def render_asset(backend: Backend, asset: Asset, base_url: str) -> dict[str, Any]:
    return {
        "id": asset.id,
        "name": asset.name,
        "file_type": asset.mime.split("/")[0],
        "folder_id": "",
        "meta": None,
        "created_ts": int(asset.created_at),
        "url": backend.file_url(base_url, asset.file_key),
        "image_key": asset.image_key,
    }


@route("POST", "/v1/asset", "v1", body="raw")
def upload_asset(ctx: Context) -> MockResponse:
    asset = ctx.backend.upload_v1(ctx.request.body, ctx.request.headers.get("content-type", ""))
    ctx.created.append(asset.id)
    data = render_asset(ctx.backend, asset, ctx.base_url)
    return json_response(200, {"code": 100, "data": data, "msg": None, "message": None})


@route("POST", "/v2/photo_avatar/photo/generate", "v2", starts_job=True)
def generate_photos(ctx: Context) -> MockResponse:
    body = ctx.body
    generation = ctx.backend.generate_photos(
        body["name"], body, callback_url=body.get("callback_url"), callback_id=body.get("callback_id")
    )
    ctx.created.append(generation.id)
    return ok({"generation_id": generation.id})


@route("POST", "/v2/photo_avatar/look/generate", "v2", starts_job=True)
def generate_looks(ctx: Context) -> MockResponse:
    generation = ctx.backend.generate_looks(
        ctx.body["group_id"], ctx.body.get("prompt", "look")[:60], ctx.body
    )
    ctx.created.append(generation.id)
    return ok({"generation_id": generation.id})


@route("GET", "/v2/photo_avatar/generation/{generation_id}", "v2", body="none")
def generation_status(ctx: Context) -> MockResponse:
    generation = ctx.backend.generation(ctx.path["generation_id"])
    ctx.polled.append(generation.job)
    return ok(render_generation(ctx.backend, generation, ctx.base_url))


@route("POST", "/v2/photo_avatar/avatar_group/create", "v2", starts_job=True)
def create_group(ctx: Context) -> MockResponse:
    look = ctx.backend.create_photo_group(
        ctx.body["name"], ctx.body["image_key"], ctx.body.get("generation_id")
    )
    ctx.created.append(look.id)
    return ok(render_look(ctx.backend, look, ctx.base_url))


@route("POST", "/v2/photo_avatar/avatar_group/add", "v2", starts_job=True)
def add_looks(ctx: Context) -> MockResponse:
    looks = ctx.backend.add_photo_looks(
        ctx.body["group_id"],
        ctx.body["image_keys"],
        ctx.body.get("name") or "look",
        ctx.body.get("generation_id"),
    )
    ctx.created.extend(look.id for look in looks)
    return ok({"photo_avatar_list": [render_look(ctx.backend, look, ctx.base_url) for look in looks]})


@route("POST", "/v2/photo_avatar/train", "v2", starts_job=True)
def train(ctx: Context) -> MockResponse:
    job = ctx.backend.train(ctx.body["group_id"])
    ctx.created.append(job.id)
    return ok({"code": 100, "data": None, "msg": None, "message": None})


@route("GET", "/v2/photo_avatar/train/status/{group_id}", "v2", body="none")
def training_status(ctx: Context) -> MockResponse:
    backend = ctx.backend
    group = backend.photo_group(ctx.path["group_id"])
    job = group.training
    ctx.polled.extend([job] if job else [])
    if job is None:
        return ok({"status": "empty", "error_msg": None, "created_at": None, "updated_at": None})
    return ok(
        {
            "status": job.status,
            "error_msg": job.error[1] if job.error else None,
            "created_at": group.training_created_at,
            "updated_at": backend.epoch_of(job.updated_at),
        }
    )


@route("GET", "/v2/photo_avatar/{id}", "v2", body="none")
def look_details(ctx: Context) -> MockResponse:
    look = ctx.backend.photo_look(ctx.path["id"])
    ctx.polled.append(look.job)
    return ok(render_look(ctx.backend, look, ctx.base_url))


@route("DELETE", "/v2/photo_avatar/{id}", "v2", body="none")
def delete_look(ctx: Context) -> MockResponse:
    ctx.backend.delete_photo_look(ctx.path["id"])
    return ok({})


@route("DELETE", "/v2/photo_avatar_group/{group_id}", "v2", body="none")
def delete_group(ctx: Context) -> MockResponse:
    ctx.backend.delete_photo_group(ctx.path["group_id"])
    return ok({})


@route("POST", "/v2/photo_avatar/add_motion", "v2", starts_job=True)
def add_motion(ctx: Context) -> MockResponse:
    look = ctx.backend.add_motion(ctx.body["id"])
    ctx.created.append(look.id)
    return ok({"id": look.id})


@route("POST", "/v2/photo_avatar/upscale", "v2")
def upscale(ctx: Context) -> MockResponse:
    return ok({"id": ctx.backend.upscale(ctx.body["id"]).id})


@route("POST", "/v2/photo_avatar/add_sound_effect", "v2")
def add_sound_effect(ctx: Context) -> MockResponse:
    ctx.backend.add_sound_effect(ctx.body["id"])
    return ok({})


def render_public_group(backend: Backend, group: AvatarGroup, base_url: str) -> dict[str, Any]:
    """One of HeyGen's public avatar groups (the v3 studio avatars), as the v2 list shows it.

    ``group_type`` ``PUBLIC`` is the mock's spelling: HeyGen documents only ``PHOTO`` (a user's group).
    """
    first = backend.state.avatar_looks.get(group.look_ids[0]) if group.look_ids else None
    preview = backend.file_url(base_url, first.image_key) if first else None
    return {
        "id": group.id,
        "name": group.name,
        "created_at": group.created_at,
        "num_looks": len(group.look_ids),
        "preview_image": preview,
        "preview_image_url": preview,
        "group_type": "PUBLIC",
        "train_status": "ready",
        "default_voice_id": None,
    }


@route("GET", "/v2/avatar_group.list", "v2", body="none")
def list_groups(ctx: Context) -> MockResponse:
    """The key's own groups; with ``include_public=true`` HeyGen's public groups too (default false)."""
    groups = [render_group(ctx.backend, g, ctx.base_url) for g in ctx.backend.state.photo_groups.values()]
    if ctx.query.get("include_public") is True:
        public = (g for g in ctx.backend.state.avatar_groups.values() if g.public)
        groups += [render_public_group(ctx.backend, g, ctx.base_url) for g in public]
    return ok({"total_count": len(groups), "avatar_group_list": groups})


@route("GET", "/v2/avatar_group/{group_id}/avatars", "v2", body="none")
def list_group_looks(ctx: Context) -> MockResponse:
    group = ctx.backend.photo_group(ctx.path["group_id"])
    looks = [ctx.backend.state.photo_looks[look_id] for look_id in group.look_ids]
    rendered = [{**render_look(ctx.backend, look, ctx.base_url), "default_voice_id": None} for look in looks]
    return ok({"avatar_list": rendered})
