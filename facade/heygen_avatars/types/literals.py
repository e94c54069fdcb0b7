"""The closed vocabularies of public signatures: a ``Literal`` type for checkers and IDEs, and the tuple of
its values for code (the CLI's choices, the checks' "allowed" lists). Each tuple is read off its type.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

__all__ = [
    "AGES",
    "ASPECT_RATIOS",
    "ASSET_ENDPOINTS",
    "AVATAR_TYPES",
    "ETHNICITIES",
    "EXPRESSIVENESS",
    "GENDERS",
    "ORIENTATIONS",
    "OWNERSHIPS",
    "POSES",
    "RESOLUTIONS",
    "STYLES",
    "VOICE_TYPES",
    "WEBHOOK_EVENT_TYPES",
    "Age",
    "AspectRatio",
    "AssetEndpoint",
    "AvatarType",
    "Ethnicity",
    "Expressiveness",
    "Gender",
    "Orientation",
    "Ownership",
    "Pose",
    "Resolution",
    "Style",
    "VoiceType",
    "WebhookEventType",
]

# The 8 required fields of POST /v2/photo_avatar/photo/generate, spelled as in HeyGen's photo-avatars skill.
Age = Literal["Young Adult", "Early Middle Age", "Late Middle Age", "Senior", "Unspecified"]
Gender = Literal["Woman", "Man", "Unspecified"]
Ethnicity = Literal[
    "White",
    "Black",
    "Asian American",
    "East Asian",
    "South East Asian",
    "South Asian",
    "Middle Eastern",
    "Pacific",
    "Hispanic",
    "Unspecified",
]
Orientation = Literal["square", "horizontal", "vertical"]
Pose = Literal["half_body", "close_up", "full_body"]
Style = Literal["Realistic", "Pixar", "Cinematic", "Vintage", "Noir", "Cyberpunk", "Unspecified"]

Ownership = Literal["public", "private"]
"""v3 lists: HeyGen's own avatars, or yours."""
AvatarType = Literal["photo_avatar", "studio_avatar", "digital_twin", "video_avatar"]
"""Look types `avatars.list_looks` filters on. ``video_avatar`` (April 2026) is sent as ``digital_twin``, its
July 2026 name and the built spec's."""
VoiceType = Literal["public", "private"]
AspectRatio = Literal["16:9", "9:16"]
Resolution = Literal["720p", "1080p", "4k"]
Expressiveness = Literal["low", "medium", "high"]
"""How much a talking photo moves (``POST /v3/videos`` ``type: "image"``); HeyGen's default is ``low``."""
AssetEndpoint = Literal["v3", "v1"]
"""``v3``: ``POST /v3/assets`` (an `Asset`); ``v1``: the upload host's raw upload (an `UploadedAsset`)."""
# The April 2026 document's WebhookEventType enum (what /v3/webhooks/endpoints accepts), in its order.
WebhookEventType = Literal[
    "avatar_video.success",
    "avatar_video.fail",
    "avatar_video_gif.success",
    "avatar_video_gif.fail",
    "video_translate.success",
    "video_translate.fail",
    "personalized_video",
    "instant_avatar.success",
    "instant_avatar.fail",
    "photo_avatar_generation.success",
    "photo_avatar_generation.fail",
    "photo_avatar_train.success",
    "photo_avatar_train.fail",
    "photo_avatar_add_motion.success",
    "photo_avatar_add_motion.fail",
    "proofread_creation.success",
    "proofread_creation.fail",
    "live_avatar.success",
    "live_avatar.fail",
    "avatar_video_caption.success",
    "avatar_video_caption.fail",
    "video_agent.success",
    "video_agent.fail",
]

AGES: Final[tuple[str, ...]] = get_args(Age)
GENDERS: Final[tuple[str, ...]] = get_args(Gender)
ETHNICITIES: Final[tuple[str, ...]] = get_args(Ethnicity)
ORIENTATIONS: Final[tuple[str, ...]] = get_args(Orientation)
POSES: Final[tuple[str, ...]] = get_args(Pose)
STYLES: Final[tuple[str, ...]] = get_args(Style)
OWNERSHIPS: Final[tuple[str, ...]] = get_args(Ownership)
AVATAR_TYPES: Final[tuple[str, ...]] = get_args(AvatarType)
VOICE_TYPES: Final[tuple[str, ...]] = get_args(VoiceType)
ASPECT_RATIOS: Final[tuple[str, ...]] = get_args(AspectRatio)
RESOLUTIONS: Final[tuple[str, ...]] = get_args(Resolution)
ASSET_ENDPOINTS: Final[tuple[str, ...]] = get_args(AssetEndpoint)
EXPRESSIVENESS: Final[tuple[str, ...]] = get_args(Expressiveness)
WEBHOOK_EVENT_TYPES: Final[tuple[str, ...]] = get_args(WebhookEventType)
