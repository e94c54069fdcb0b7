"""HeyGen's v3 rules: avatars of three kinds, consent, looks, groups, lists, videos and voices."""

from __future__ import annotations

from typing import Any

from ._backend_base import BackendBase, paginate
from ._routing import ApiError
from .pictures import picture, still_frame, talking_video
from .portrait import Portrait, caption_lines, identity_for, look_for
from .state import (
    AvatarGroup,
    AvatarLook,
    ConsentRequest,
    Video,
    Voice,
)

__all__ = ["AvatarRules"]


class AvatarRules(BackendBase):
    """POST /v3/avatars (photo, prompt, digital twin), consent, look/group management, videos, voices."""

    def _private_group(self, group_id: str) -> AvatarGroup:
        group = self._get(self.state.avatar_groups, group_id, "Avatar group not found.")
        if group.public:
            raise ApiError(403, "forbidden", "Public avatar groups cannot be changed.", "avatar_group_id")
        return group

    def create_avatar(self, body: dict[str, Any]) -> tuple[AvatarLook, AvatarGroup]:
        """POST /v3/avatars for the three types: photo, prompt, digital twin."""
        kind = body["type"]
        group = None
        if body.get("avatar_group_id"):
            if body["avatar_group_id"] not in self.state.avatar_groups:
                raise ApiError(404, "not_found", "Avatar group not found.", "avatar_group_id")
            group = self._private_group(body["avatar_group_id"])
        image_key: str | None
        if kind == "photo":
            image_key, look_type, job_kind = (
                self.resolve_asset(body["file"], "file"),
                "photo_avatar",
                "avatar",
            )
        elif kind == "prompt":
            for index, reference in enumerate(body.get("reference_images") or ()):
                self.resolve_asset(reference, f"reference_images.{index}")
            reference_id = body.get("avatar_id")
            if reference_id:
                source = self.state.avatar_looks.get(reference_id)
                if source is None:  # HeyGen's docs say 404; the built spec documents 400 for this operation
                    raise ApiError(404, "not_found", "Avatar not found.", "avatar_id")
                if source.status not in (None, "completed") or source.image_key is None:
                    raise ApiError(
                        400,
                        "invalid_parameter",
                        "The referenced avatar has no usable image yet.",
                        "avatar_id",
                    )
                if group is not None and source.group_id != group.id:
                    raise ApiError(
                        400, "invalid_parameter", "avatar_id does not belong to avatar_group_id.", "avatar_id"
                    )
                if group is None and not self.state.avatar_groups[source.group_id].public:
                    group = self.state.avatar_groups[source.group_id]
            image_key, look_type, job_kind = None, "photo_avatar", "avatar"
            prompt_portrait = self._prompt_portrait(body, reference_id)
        else:  # "digital_twin" (July 2026) or "video" (April 2026): footage of a person
            image_key = None
            self.resolve_asset(body["file"], "file", want="video")
            look_type, job_kind = self.options.twin_look_type, "digital_twin"
        if group is None:
            group = AvatarGroup(self.ids.hex(), body["name"], int(self.epoch()))
            self.state.avatar_groups[group.id] = group
        look_id = self.ids.hex()
        look = AvatarLook(look_id, group.id, body["name"], look_type, int(self.epoch()), image_key)
        if kind == "prompt":
            look.portrait = prompt_portrait
        elif kind != "photo":  # a digital twin: a person the footage shows
            who = identity_for(look_id)
            twin = look_for("studio", seed=look_id)
            look.portrait = Portrait(
                who, twin, ("drawn by the local HeyGen mock · a digital twin's preview",)
            )
        look.job = self.jobs.start(
            look_id, job_kind, self.now(), on_change=lambda job: self._look_changed(look)
        )
        group.look_ids.append(look_id)
        self.state.avatar_looks[look_id] = look
        if job_kind == "digital_twin":
            if group.consent_status == "approved":
                self.jobs.advance(look_id, self.now())
            elif group.consent_status is None:
                group.consent_status = "pending"
        return look, group

    def _look_changed(self, look: AvatarLook) -> None:
        if look.job is not None and look.job.kind == "digital_twin":
            self._finished(
                look.job, "instant_avatar", {"avatar_id": look.id, "avatar_group_id": look.group_id}
            )
        if look.job is not None and look.job.succeeded and look.image_key is None:
            portrait = look.portrait or Portrait(identity_for(look.id), look_for(None, seed=look.id))
            look.image_key = self.store_file(
                picture(portrait), "image/png", f"image/{look.id}/preview", portrait
            )

    def _prompt_portrait(self, body: dict[str, Any], reference_id: str | None) -> Portrait:
        """What a look made from a prompt shows: the referenced look's person (``avatar_id``), framed and
        dressed as the prompt says, or a new person the prompt describes."""
        prompt = str(body.get("prompt") or "")
        words = prompt.lower()
        pose = "close_up" if any(w in words for w in ("close-up", "close up", "headshot")) else None
        pose = "full_body" if any(w in words for w in ("full body", "full-body", "standing")) else pose
        seed = self.ids.hex()
        source = self.state.avatar_looks.get(reference_id or "")
        if source is None:
            who = identity_for(seed, words=prompt)
            look = look_for(prompt, seed=seed, pose=pose)
        else:
            before = self.portrait_of(source.image_key)
            who = self.identity_of(source.image_key)
            orientation = before.look.orientation if before else None
            look = look_for(prompt, seed=seed, pose=pose, orientation=orientation)
        asked = [f"same person as {reference_id}"] if source is not None else []
        return Portrait(who, look, caption_lines(prompt=prompt, look=look, asked=asked))

    def avatar_group(self, group_id: str) -> AvatarGroup:
        return self._get(self.state.avatar_groups, group_id, "Avatar group not found.")

    def avatar_look(self, look_id: str) -> AvatarLook:
        return self._get(self.state.avatar_looks, look_id, "Avatar look not found.")

    def group_looks(self, group: AvatarGroup) -> list[AvatarLook]:
        return [
            self.state.avatar_looks[look_id]
            for look_id in group.look_ids
            if look_id in self.state.avatar_looks
        ]

    def group_status(self, group: AvatarGroup) -> tuple[str | None, tuple[str, str] | None]:
        """A private group's status from its looks: waiting/processing wins, all failed = failed."""
        if group.public:
            return None, None
        jobs = [look.job for look in self.group_looks(group) if look.job is not None]
        statuses = {job.status for job in jobs}
        for status in ("pending_consent", "processing"):
            if status in statuses:
                return status, None
        if jobs and statuses == {"failed"}:
            return "failed", jobs[0].error
        return "completed", None

    def request_consent(self, group_id: str, reroute_url: str | None) -> ConsentRequest:
        """Open a consent flow for a digital twin's group; its URL approves it when visited."""
        group = self._private_group(group_id)
        if not any(look.job and look.job.kind == "digital_twin" for look in self.group_looks(group)):
            raise ApiError(
                400, "invalid_parameter", "Consent is only required for digital twin avatars.", "group_id"
            )
        if group.consent_status == "approved":
            raise ApiError(
                400, "invalid_parameter", "Consent was already given for this avatar group.", "group_id"
            )
        consent = ConsentRequest(self.ids.hex(), group.id, reroute_url)
        self.state.consents[consent.token] = consent
        group.consent_status = "pending"
        return consent

    def complete_consent(self, group_id: str) -> AvatarGroup:
        """The subject approved: waiting digital twins start processing."""
        group = self.avatar_group(group_id)
        group.consent_status = "approved"
        for look in self.group_looks(group):
            if look.job is not None and look.job.waiting:
                self.jobs.advance(look.job.id, self.now())
        for token in [t for t, c in self.state.consents.items() if c.group_id == group_id]:
            del self.state.consents[token]
        return group

    def consent_by_token(self, token: str) -> ConsentRequest:
        return self._get(self.state.consents, token, "Consent link not found or already used.")

    def rename_look(self, look_id: str, name: str | None) -> AvatarLook:
        look = self.avatar_look(look_id)
        if look.public:
            raise ApiError(403, "forbidden", "Public avatar looks cannot be changed.", "look_id")
        if look.avatar_type == "studio_avatar":
            raise ApiError(
                400, "invalid_parameter", "Renaming is only supported for photo and video avatar looks."
            )
        if name is not None:
            look.name = name
        return look

    def delete_look(self, look_id: str) -> None:
        """Delete a look; deleting a group's last look deletes the group."""
        look = self.avatar_look(look_id)
        if look.public:
            raise ApiError(403, "forbidden", "Studio avatars cannot be deleted.", "look_id")
        del self.state.avatar_looks[look_id]
        self.jobs.discard(look_id)
        group = self.state.avatar_groups.get(look.group_id)
        if group is not None:
            group.look_ids.remove(look_id)
            if not group.look_ids:
                del self.state.avatar_groups[group.id]

    def delete_group(self, group_id: str) -> None:
        group = self.avatar_group(group_id)
        if group.public:
            raise ApiError(403, "forbidden", "Public avatar groups cannot be deleted.", "group_id")
        for look_id in group.look_ids:
            self.state.avatar_looks.pop(look_id, None)
            self.jobs.discard(look_id)
        del self.state.avatar_groups[group_id]

    @staticmethod
    def _ownership(public: bool, ownership: str | None) -> bool:
        return ownership is None or (ownership == "public") == public

    def list_groups(
        self, ownership: str | None, limit: int, token: str | None
    ) -> tuple[list[AvatarGroup], bool, str | None]:
        groups = [g for g in self.state.avatar_groups.values() if self._ownership(g.public, ownership)]
        return paginate(groups, limit, token)

    def list_looks(
        self,
        group_id: str | None,
        avatar_type: str | None,
        ownership: str | None,
        limit: int,
        token: str | None,
    ) -> tuple[list[AvatarLook], bool, str | None]:
        looks = [
            look
            for look in self.state.avatar_looks.values()
            if self._ownership(look.public, ownership)
            and (group_id is None or look.group_id == group_id)
            and (
                avatar_type is None
                or look.avatar_type == avatar_type
                or {look.avatar_type, avatar_type} == {"digital_twin", "video_avatar"}
            )
        ]
        return paginate(looks, limit, token)

    # videos and voices -------------------------------------------------------------------------------------

    def create_video(self, body: dict[str, Any]) -> Video:
        """POST /v3/videos: an avatar look or an image speaks a script (or lip-syncs audio)."""
        avatar_id = image_key = None
        if body.get("type") == "image":  # a talking photo: the photo itself is the first frame
            image_key = self.resolve_asset(body["image"], "image")
        else:
            avatar_id = str(body.get("avatar_id"))
            found = self.state.avatar_looks.get(avatar_id)
            if found is None:
                raise ApiError(404, "not_found", f"Avatar {avatar_id!r} not found.", "avatar_id")
            look = found
            if look.status not in (None, "completed"):
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"Avatar {avatar_id} is not ready (status: {look.status}).",
                    "avatar_id",
                )
        if body.get("script"):
            voice_id = body.get("voice_id")
            if not voice_id:
                raise ApiError(
                    400, "invalid_parameter", "voice_id is required when script is provided.", "voice_id"
                )
            if voice_id not in self.state.voices:
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"Voice {voice_id!r} not found; list voices with GET /v3/voices.",
                    "voice_id",
                )
        elif not (body.get("audio_url") or body.get("audio_asset_id")):
            raise ApiError(
                400,
                "invalid_parameter",
                "Provide script and voice_id, or audio_url or audio_asset_id.",
                "script",
            )
        video_id = self.ids.hex()
        shown_key = image_key or self.state.avatar_looks[str(avatar_id)].image_key
        subject = self.portrait_of(shown_key) or self._file_bytes(shown_key)
        aspect = body.get("aspect_ratio")
        thumbnail = image_key or self.store_file(
            still_frame(subject, aspect, (f"drawn by the local HeyGen mock · video {video_id}",)),
            "image/png",
            f"thumb/{video_id}.png",
        )
        video = Video(
            video_id,
            body.get("title"),
            avatar_id,
            int(self.epoch()),
            self.jobs.start(video_id, "video", self.now(), on_change=lambda job: self._video_changed(video)),
            self.store_file(
                talking_video(subject, body.get("script"), aspect), "video/mp4", f"video/{video_id}.mp4"
            ),
            thumbnail,
            callback_id=body.get("callback_id"),
            callback_url=body.get("callback_url"),
            type="image" if image_key else "avatar",
        )
        self.state.videos[video_id] = video
        return video

    def _video_changed(self, video: Video) -> None:
        data: dict[str, Any] = {"video_id": video.id, "callback_id": video.callback_id}
        if video.job.succeeded:
            data["url"] = self.file_url(self.base_url, video.file_key)
        self._finished(video.job, "avatar_video", data, video.callback_url)

    def video(self, video_id: str) -> Video:
        return self._get(self.state.videos, video_id, "Video not found.")

    def delete_video(self, video_id: str) -> None:
        self.video(video_id)
        del self.state.videos[video_id]
        self.jobs.discard(video_id)

    def file_video(self, video_id: str, folder_id: str | None) -> Video:
        """Move a video into a folder (None: back to the root), as a user does in HeyGen's web app."""
        video = self.video(video_id)
        video.folder_id = folder_id
        return video

    def list_videos(
        self, limit: int, token: str | None, title: str | None, folder_id: str | None
    ) -> tuple[list[Video], bool, str | None]:
        videos = [
            v
            for v in self.state.videos.values()
            if (title is None or title in (v.title or "")) and (folder_id is None or v.folder_id == folder_id)
        ]
        return paginate(videos, limit, token)

    def list_voices(
        self,
        kind: str,
        engine: str | None,
        language: str | None,
        gender: str | None,
        limit: int,
        token: str | None,
    ) -> tuple[list[Voice], bool, str | None]:
        voices = [
            v
            for v in self.state.voices.values()
            if v.type == kind
            and (engine is None or engine in v.engines)
            and (language is None or v.language == language)
            and (gender is None or v.gender == gender)
        ]
        return paginate(voices, limit, token)
