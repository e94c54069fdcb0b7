"""Contains all the data models used in inputs/outputs"""

from .asset_base_64 import AssetBase64
from .asset_id import AssetId
from .asset_url import AssetUrl
from .audio_voice_item import AudioVoiceItem
from .audio_voice_type import AudioVoiceType
from .avatar_error import AvatarError
from .avatar_group_item import AvatarGroupItem
from .avatar_look_item import AvatarLookItem
from .avatar_look_item_preferred_orientation_type_0 import (
    AvatarLookItemPreferredOrientationType0,
)
from .avatar_look_type import AvatarLookType
from .avatar_status import AvatarStatus
from .background_setting import BackgroundSetting
from .background_setting_type import BackgroundSettingType
from .create_avatar_consent_request import CreateAvatarConsentRequest
from .create_avatar_consent_response import CreateAvatarConsentResponse
from .create_avatar_consent_response_200 import CreateAvatarConsentResponse200
from .create_avatar_consent_response_400 import CreateAvatarConsentResponse400
from .create_avatar_consent_response_401 import CreateAvatarConsentResponse401
from .create_avatar_consent_response_403 import CreateAvatarConsentResponse403
from .create_avatar_consent_response_404 import CreateAvatarConsentResponse404
from .create_avatar_consent_response_429 import CreateAvatarConsentResponse429
from .create_avatar_response import CreateAvatarResponse
from .create_avatar_response_200 import CreateAvatarResponse200
from .create_avatar_response_400 import CreateAvatarResponse400
from .create_avatar_response_401 import CreateAvatarResponse401
from .create_avatar_response_403 import CreateAvatarResponse403
from .create_avatar_response_404 import CreateAvatarResponse404
from .create_avatar_response_429 import CreateAvatarResponse429
from .create_avatar_video_response import CreateAvatarVideoResponse
from .create_digital_twin_request import CreateDigitalTwinRequest
from .create_photo_avatar_request import CreatePhotoAvatarRequest
from .create_prompt_avatar_request import CreatePromptAvatarRequest
from .create_video_from_avatar import CreateVideoFromAvatar
from .create_video_from_image import CreateVideoFromImage
from .create_video_response_200 import CreateVideoResponse200
from .create_video_response_400 import CreateVideoResponse400
from .create_video_response_401 import CreateVideoResponse401
from .create_video_response_403 import CreateVideoResponse403
from .create_video_response_404 import CreateVideoResponse404
from .create_video_response_429 import CreateVideoResponse429
from .delete_avatar_group_response_200 import DeleteAvatarGroupResponse200
from .delete_avatar_group_response_400 import DeleteAvatarGroupResponse400
from .delete_avatar_group_response_401 import DeleteAvatarGroupResponse401
from .delete_avatar_group_response_403 import DeleteAvatarGroupResponse403
from .delete_avatar_group_response_404 import DeleteAvatarGroupResponse404
from .delete_avatar_group_response_429 import DeleteAvatarGroupResponse429
from .delete_avatar_look_response_200 import DeleteAvatarLookResponse200
from .delete_avatar_look_response_400 import DeleteAvatarLookResponse400
from .delete_avatar_look_response_401 import DeleteAvatarLookResponse401
from .delete_avatar_look_response_403 import DeleteAvatarLookResponse403
from .delete_avatar_look_response_404 import DeleteAvatarLookResponse404
from .delete_avatar_look_response_429 import DeleteAvatarLookResponse429
from .delete_video_response import DeleteVideoResponse
from .delete_video_v3_response_200 import DeleteVideoV3Response200
from .delete_video_v3_response_400 import DeleteVideoV3Response400
from .delete_video_v3_response_401 import DeleteVideoV3Response401
from .delete_video_v3_response_403 import DeleteVideoV3Response403
from .delete_video_v3_response_404 import DeleteVideoV3Response404
from .delete_video_v3_response_429 import DeleteVideoV3Response429
from .deleted_avatar_resource import DeletedAvatarResource
from .expressiveness import Expressiveness
from .get_avatar_group_response_200 import GetAvatarGroupResponse200
from .get_avatar_group_response_400 import GetAvatarGroupResponse400
from .get_avatar_group_response_401 import GetAvatarGroupResponse401
from .get_avatar_group_response_403 import GetAvatarGroupResponse403
from .get_avatar_group_response_404 import GetAvatarGroupResponse404
from .get_avatar_group_response_429 import GetAvatarGroupResponse429
from .get_avatar_look_response_200 import GetAvatarLookResponse200
from .get_avatar_look_response_400 import GetAvatarLookResponse400
from .get_avatar_look_response_401 import GetAvatarLookResponse401
from .get_avatar_look_response_403 import GetAvatarLookResponse403
from .get_avatar_look_response_404 import GetAvatarLookResponse404
from .get_avatar_look_response_429 import GetAvatarLookResponse429
from .get_video_v3_response_200 import GetVideoV3Response200
from .get_video_v3_response_400 import GetVideoV3Response400
from .get_video_v3_response_401 import GetVideoV3Response401
from .get_video_v3_response_403 import GetVideoV3Response403
from .get_video_v3_response_404 import GetVideoV3Response404
from .get_video_v3_response_429 import GetVideoV3Response429
from .list_avatar_groups_ownership import ListAvatarGroupsOwnership
from .list_avatar_groups_response_200 import ListAvatarGroupsResponse200
from .list_avatar_groups_response_400 import ListAvatarGroupsResponse400
from .list_avatar_groups_response_401 import ListAvatarGroupsResponse401
from .list_avatar_groups_response_403 import ListAvatarGroupsResponse403
from .list_avatar_groups_response_429 import ListAvatarGroupsResponse429
from .list_avatar_looks_avatar_type import ListAvatarLooksAvatarType
from .list_avatar_looks_ownership import ListAvatarLooksOwnership
from .list_avatar_looks_response_200 import ListAvatarLooksResponse200
from .list_avatar_looks_response_400 import ListAvatarLooksResponse400
from .list_avatar_looks_response_401 import ListAvatarLooksResponse401
from .list_avatar_looks_response_403 import ListAvatarLooksResponse403
from .list_avatar_looks_response_429 import ListAvatarLooksResponse429
from .list_videos_v3_response_200 import ListVideosV3Response200
from .list_videos_v3_response_400 import ListVideosV3Response400
from .list_videos_v3_response_401 import ListVideosV3Response401
from .list_videos_v3_response_403 import ListVideosV3Response403
from .list_videos_v3_response_429 import ListVideosV3Response429
from .list_voices_v3_response_200 import ListVoicesV3Response200
from .list_voices_v3_response_400 import ListVoicesV3Response400
from .list_voices_v3_response_401 import ListVoicesV3Response401
from .list_voices_v3_response_403 import ListVoicesV3Response403
from .list_voices_v3_response_429 import ListVoicesV3Response429
from .list_voices_v3_type import ListVoicesV3Type
from .standard_api_error import StandardAPIError
from .update_avatar_look_request import UpdateAvatarLookRequest
from .update_avatar_look_response_200 import UpdateAvatarLookResponse200
from .update_avatar_look_response_400 import UpdateAvatarLookResponse400
from .update_avatar_look_response_401 import UpdateAvatarLookResponse401
from .update_avatar_look_response_403 import UpdateAvatarLookResponse403
from .update_avatar_look_response_404 import UpdateAvatarLookResponse404
from .update_avatar_look_response_429 import UpdateAvatarLookResponse429
from .upload_asset_body import UploadAssetBody
from .upload_asset_response_200 import UploadAssetResponse200
from .upload_asset_response_400 import UploadAssetResponse400
from .upload_asset_response_401 import UploadAssetResponse401
from .upload_asset_response_403 import UploadAssetResponse403
from .upload_asset_response_429 import UploadAssetResponse429
from .upload_asset_v3_response import UploadAssetV3Response
from .video_aspect_ratio import VideoAspectRatio
from .video_detail import VideoDetail
from .video_resolution import VideoResolution
from .video_status import VideoStatus
from .voice_settings_input import VoiceSettingsInput

__all__ = (
    "AssetBase64",
    "AssetId",
    "AssetUrl",
    "AudioVoiceItem",
    "AudioVoiceType",
    "AvatarError",
    "AvatarGroupItem",
    "AvatarLookItem",
    "AvatarLookItemPreferredOrientationType0",
    "AvatarLookType",
    "AvatarStatus",
    "BackgroundSetting",
    "BackgroundSettingType",
    "CreateAvatarConsentRequest",
    "CreateAvatarConsentResponse",
    "CreateAvatarConsentResponse200",
    "CreateAvatarConsentResponse400",
    "CreateAvatarConsentResponse401",
    "CreateAvatarConsentResponse403",
    "CreateAvatarConsentResponse404",
    "CreateAvatarConsentResponse429",
    "CreateAvatarResponse",
    "CreateAvatarResponse200",
    "CreateAvatarResponse400",
    "CreateAvatarResponse401",
    "CreateAvatarResponse403",
    "CreateAvatarResponse404",
    "CreateAvatarResponse429",
    "CreateAvatarVideoResponse",
    "CreateDigitalTwinRequest",
    "CreatePhotoAvatarRequest",
    "CreatePromptAvatarRequest",
    "CreateVideoFromAvatar",
    "CreateVideoFromImage",
    "CreateVideoResponse200",
    "CreateVideoResponse400",
    "CreateVideoResponse401",
    "CreateVideoResponse403",
    "CreateVideoResponse404",
    "CreateVideoResponse429",
    "DeleteAvatarGroupResponse200",
    "DeleteAvatarGroupResponse400",
    "DeleteAvatarGroupResponse401",
    "DeleteAvatarGroupResponse403",
    "DeleteAvatarGroupResponse404",
    "DeleteAvatarGroupResponse429",
    "DeleteAvatarLookResponse200",
    "DeleteAvatarLookResponse400",
    "DeleteAvatarLookResponse401",
    "DeleteAvatarLookResponse403",
    "DeleteAvatarLookResponse404",
    "DeleteAvatarLookResponse429",
    "DeleteVideoResponse",
    "DeleteVideoV3Response200",
    "DeleteVideoV3Response400",
    "DeleteVideoV3Response401",
    "DeleteVideoV3Response403",
    "DeleteVideoV3Response404",
    "DeleteVideoV3Response429",
    "DeletedAvatarResource",
    "Expressiveness",
    "GetAvatarGroupResponse200",
    "GetAvatarGroupResponse400",
    "GetAvatarGroupResponse401",
    "GetAvatarGroupResponse403",
    "GetAvatarGroupResponse404",
    "GetAvatarGroupResponse429",
    "GetAvatarLookResponse200",
    "GetAvatarLookResponse400",
    "GetAvatarLookResponse401",
    "GetAvatarLookResponse403",
    "GetAvatarLookResponse404",
    "GetAvatarLookResponse429",
    "GetVideoV3Response200",
    "GetVideoV3Response400",
    "GetVideoV3Response401",
    "GetVideoV3Response403",
    "GetVideoV3Response404",
    "GetVideoV3Response429",
    "ListAvatarGroupsOwnership",
    "ListAvatarGroupsResponse200",
    "ListAvatarGroupsResponse400",
    "ListAvatarGroupsResponse401",
    "ListAvatarGroupsResponse403",
    "ListAvatarGroupsResponse429",
    "ListAvatarLooksAvatarType",
    "ListAvatarLooksOwnership",
    "ListAvatarLooksResponse200",
    "ListAvatarLooksResponse400",
    "ListAvatarLooksResponse401",
    "ListAvatarLooksResponse403",
    "ListAvatarLooksResponse429",
    "ListVideosV3Response200",
    "ListVideosV3Response400",
    "ListVideosV3Response401",
    "ListVideosV3Response403",
    "ListVideosV3Response429",
    "ListVoicesV3Response200",
    "ListVoicesV3Response400",
    "ListVoicesV3Response401",
    "ListVoicesV3Response403",
    "ListVoicesV3Response429",
    "ListVoicesV3Type",
    "StandardAPIError",
    "UpdateAvatarLookRequest",
    "UpdateAvatarLookResponse200",
    "UpdateAvatarLookResponse400",
    "UpdateAvatarLookResponse401",
    "UpdateAvatarLookResponse403",
    "UpdateAvatarLookResponse404",
    "UpdateAvatarLookResponse429",
    "UploadAssetBody",
    "UploadAssetResponse200",
    "UploadAssetResponse400",
    "UploadAssetResponse401",
    "UploadAssetResponse403",
    "UploadAssetResponse429",
    "UploadAssetV3Response",
    "VideoAspectRatio",
    "VideoDetail",
    "VideoResolution",
    "VideoStatus",
    "VoiceSettingsInput",
)
