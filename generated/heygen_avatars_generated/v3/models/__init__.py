"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing one model module does not import them all.
Type checkers see the imports below; at runtime `__getattr__` imports the one submodule asked for.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .asset_base_64 import AssetBase64
    from .asset_id import AssetId
    from .asset_item import AssetItem
    from .asset_url import AssetUrl
    from .audio_voice_item import AudioVoiceItem
    from .audio_voice_type import AudioVoiceType
    from .auto_reload_info import AutoReloadInfo
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
    from .billing_type import BillingType
    from .complete_asset_upload_request import CompleteAssetUploadRequest
    from .complete_asset_upload_response import CompleteAssetUploadResponse
    from .complete_asset_upload_response_200 import CompleteAssetUploadResponse200
    from .complete_asset_upload_response_400 import CompleteAssetUploadResponse400
    from .complete_asset_upload_response_401 import CompleteAssetUploadResponse401
    from .complete_asset_upload_response_403 import CompleteAssetUploadResponse403
    from .complete_asset_upload_response_404 import CompleteAssetUploadResponse404
    from .complete_asset_upload_response_429 import CompleteAssetUploadResponse429
    from .create_asset_upload_request import CreateAssetUploadRequest
    from .create_asset_upload_response import CreateAssetUploadResponse
    from .create_asset_upload_response_200 import CreateAssetUploadResponse200
    from .create_asset_upload_response_400 import CreateAssetUploadResponse400
    from .create_asset_upload_response_401 import CreateAssetUploadResponse401
    from .create_asset_upload_response_403 import CreateAssetUploadResponse403
    from .create_asset_upload_response_429 import CreateAssetUploadResponse429
    from .create_asset_upload_response_upload_headers_type_0 import (
        CreateAssetUploadResponseUploadHeadersType0,
    )
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
    from .create_webhook_endpoint_request import CreateWebhookEndpointRequest
    from .create_webhook_endpoint_response_200 import CreateWebhookEndpointResponse200
    from .create_webhook_endpoint_response_400 import CreateWebhookEndpointResponse400
    from .create_webhook_endpoint_response_401 import CreateWebhookEndpointResponse401
    from .create_webhook_endpoint_response_403 import CreateWebhookEndpointResponse403
    from .create_webhook_endpoint_response_429 import CreateWebhookEndpointResponse429
    from .credit_pool import CreditPool
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
    from .delete_webhook_endpoint_response_200 import DeleteWebhookEndpointResponse200
    from .delete_webhook_endpoint_response_200_data_type_0 import (
        DeleteWebhookEndpointResponse200DataType0,
    )
    from .delete_webhook_endpoint_response_200_error_type_0 import (
        DeleteWebhookEndpointResponse200ErrorType0,
    )
    from .delete_webhook_endpoint_response_400 import DeleteWebhookEndpointResponse400
    from .delete_webhook_endpoint_response_401 import DeleteWebhookEndpointResponse401
    from .delete_webhook_endpoint_response_403 import DeleteWebhookEndpointResponse403
    from .delete_webhook_endpoint_response_404 import DeleteWebhookEndpointResponse404
    from .delete_webhook_endpoint_response_429 import DeleteWebhookEndpointResponse429
    from .deleted_avatar_resource import DeletedAvatarResource
    from .expressiveness import Expressiveness
    from .get_asset_response_200 import GetAssetResponse200
    from .get_asset_response_400 import GetAssetResponse400
    from .get_asset_response_401 import GetAssetResponse401
    from .get_asset_response_403 import GetAssetResponse403
    from .get_asset_response_404 import GetAssetResponse404
    from .get_asset_response_429 import GetAssetResponse429
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
    from .get_user_me_v3_response_200 import GetUserMeV3Response200
    from .get_user_me_v3_response_400 import GetUserMeV3Response400
    from .get_user_me_v3_response_401 import GetUserMeV3Response401
    from .get_user_me_v3_response_403 import GetUserMeV3Response403
    from .get_user_me_v3_response_429 import GetUserMeV3Response429
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
    from .list_webhook_endpoints_response_200 import ListWebhookEndpointsResponse200
    from .list_webhook_endpoints_response_400 import ListWebhookEndpointsResponse400
    from .list_webhook_endpoints_response_401 import ListWebhookEndpointsResponse401
    from .list_webhook_endpoints_response_403 import ListWebhookEndpointsResponse403
    from .list_webhook_endpoints_response_429 import ListWebhookEndpointsResponse429
    from .list_webhook_event_types_response_200 import ListWebhookEventTypesResponse200
    from .list_webhook_event_types_response_400 import ListWebhookEventTypesResponse400
    from .list_webhook_event_types_response_401 import ListWebhookEventTypesResponse401
    from .list_webhook_event_types_response_403 import ListWebhookEventTypesResponse403
    from .list_webhook_event_types_response_429 import ListWebhookEventTypesResponse429
    from .list_webhook_events_event_type import ListWebhookEventsEventType
    from .list_webhook_events_response_200 import ListWebhookEventsResponse200
    from .list_webhook_events_response_400 import ListWebhookEventsResponse400
    from .list_webhook_events_response_401 import ListWebhookEventsResponse401
    from .list_webhook_events_response_403 import ListWebhookEventsResponse403
    from .list_webhook_events_response_429 import ListWebhookEventsResponse429
    from .rotate_secret_response_data import RotateSecretResponseData
    from .rotate_webhook_endpoint_secret_response_200 import (
        RotateWebhookEndpointSecretResponse200,
    )
    from .rotate_webhook_endpoint_secret_response_400 import (
        RotateWebhookEndpointSecretResponse400,
    )
    from .rotate_webhook_endpoint_secret_response_401 import (
        RotateWebhookEndpointSecretResponse401,
    )
    from .rotate_webhook_endpoint_secret_response_403 import (
        RotateWebhookEndpointSecretResponse403,
    )
    from .rotate_webhook_endpoint_secret_response_404 import (
        RotateWebhookEndpointSecretResponse404,
    )
    from .rotate_webhook_endpoint_secret_response_429 import (
        RotateWebhookEndpointSecretResponse429,
    )
    from .standard_api_error import StandardAPIError
    from .subscription_credits import SubscriptionCredits
    from .subscription_info import SubscriptionInfo
    from .subscription_tier import SubscriptionTier
    from .update_avatar_look_request import UpdateAvatarLookRequest
    from .update_avatar_look_response_200 import UpdateAvatarLookResponse200
    from .update_avatar_look_response_400 import UpdateAvatarLookResponse400
    from .update_avatar_look_response_401 import UpdateAvatarLookResponse401
    from .update_avatar_look_response_403 import UpdateAvatarLookResponse403
    from .update_avatar_look_response_404 import UpdateAvatarLookResponse404
    from .update_avatar_look_response_429 import UpdateAvatarLookResponse429
    from .update_webhook_endpoint_request import UpdateWebhookEndpointRequest
    from .update_webhook_endpoint_response_200 import UpdateWebhookEndpointResponse200
    from .update_webhook_endpoint_response_400 import UpdateWebhookEndpointResponse400
    from .update_webhook_endpoint_response_401 import UpdateWebhookEndpointResponse401
    from .update_webhook_endpoint_response_403 import UpdateWebhookEndpointResponse403
    from .update_webhook_endpoint_response_404 import UpdateWebhookEndpointResponse404
    from .update_webhook_endpoint_response_429 import UpdateWebhookEndpointResponse429
    from .upload_asset_body import UploadAssetBody
    from .upload_asset_response_200 import UploadAssetResponse200
    from .upload_asset_response_400 import UploadAssetResponse400
    from .upload_asset_response_401 import UploadAssetResponse401
    from .upload_asset_response_403 import UploadAssetResponse403
    from .upload_asset_response_429 import UploadAssetResponse429
    from .upload_asset_v3_response import UploadAssetV3Response
    from .usage_based_info import UsageBasedInfo
    from .user_info_response import UserInfoResponse
    from .video_aspect_ratio import VideoAspectRatio
    from .video_detail import VideoDetail
    from .video_resolution import VideoResolution
    from .video_status import VideoStatus
    from .voice_settings_input import VoiceSettingsInput
    from .wallet_currency import WalletCurrency
    from .wallet_info import WalletInfo
    from .webhook_endpoint_response import WebhookEndpointResponse
    from .webhook_event_response import WebhookEventResponse
    from .webhook_event_response_event_data import WebhookEventResponseEventData
    from .webhook_event_type import WebhookEventType
    from .webhook_event_type_item import WebhookEventTypeItem
else:
    from importlib import import_module

    _MODULE_OF = {  # public name -> the submodule that defines it
        "AssetBase64": ".asset_base_64",
        "AssetId": ".asset_id",
        "AssetItem": ".asset_item",
        "AssetUrl": ".asset_url",
        "AudioVoiceItem": ".audio_voice_item",
        "AudioVoiceType": ".audio_voice_type",
        "AutoReloadInfo": ".auto_reload_info",
        "AvatarError": ".avatar_error",
        "AvatarGroupItem": ".avatar_group_item",
        "AvatarLookItem": ".avatar_look_item",
        "AvatarLookItemPreferredOrientationType0": ".avatar_look_item_preferred_orientation_type_0",
        "AvatarLookType": ".avatar_look_type",
        "AvatarStatus": ".avatar_status",
        "BackgroundSetting": ".background_setting",
        "BackgroundSettingType": ".background_setting_type",
        "BillingType": ".billing_type",
        "CompleteAssetUploadRequest": ".complete_asset_upload_request",
        "CompleteAssetUploadResponse": ".complete_asset_upload_response",
        "CompleteAssetUploadResponse200": ".complete_asset_upload_response_200",
        "CompleteAssetUploadResponse400": ".complete_asset_upload_response_400",
        "CompleteAssetUploadResponse401": ".complete_asset_upload_response_401",
        "CompleteAssetUploadResponse403": ".complete_asset_upload_response_403",
        "CompleteAssetUploadResponse404": ".complete_asset_upload_response_404",
        "CompleteAssetUploadResponse429": ".complete_asset_upload_response_429",
        "CreateAssetUploadRequest": ".create_asset_upload_request",
        "CreateAssetUploadResponse": ".create_asset_upload_response",
        "CreateAssetUploadResponse200": ".create_asset_upload_response_200",
        "CreateAssetUploadResponse400": ".create_asset_upload_response_400",
        "CreateAssetUploadResponse401": ".create_asset_upload_response_401",
        "CreateAssetUploadResponse403": ".create_asset_upload_response_403",
        "CreateAssetUploadResponse429": ".create_asset_upload_response_429",
        "CreateAssetUploadResponseUploadHeadersType0": ".create_asset_upload_response_upload_headers_type_0",
        "CreateAvatarConsentRequest": ".create_avatar_consent_request",
        "CreateAvatarConsentResponse": ".create_avatar_consent_response",
        "CreateAvatarConsentResponse200": ".create_avatar_consent_response_200",
        "CreateAvatarConsentResponse400": ".create_avatar_consent_response_400",
        "CreateAvatarConsentResponse401": ".create_avatar_consent_response_401",
        "CreateAvatarConsentResponse403": ".create_avatar_consent_response_403",
        "CreateAvatarConsentResponse404": ".create_avatar_consent_response_404",
        "CreateAvatarConsentResponse429": ".create_avatar_consent_response_429",
        "CreateAvatarResponse": ".create_avatar_response",
        "CreateAvatarResponse200": ".create_avatar_response_200",
        "CreateAvatarResponse400": ".create_avatar_response_400",
        "CreateAvatarResponse401": ".create_avatar_response_401",
        "CreateAvatarResponse403": ".create_avatar_response_403",
        "CreateAvatarResponse404": ".create_avatar_response_404",
        "CreateAvatarResponse429": ".create_avatar_response_429",
        "CreateAvatarVideoResponse": ".create_avatar_video_response",
        "CreateDigitalTwinRequest": ".create_digital_twin_request",
        "CreatePhotoAvatarRequest": ".create_photo_avatar_request",
        "CreatePromptAvatarRequest": ".create_prompt_avatar_request",
        "CreateVideoFromAvatar": ".create_video_from_avatar",
        "CreateVideoFromImage": ".create_video_from_image",
        "CreateVideoResponse200": ".create_video_response_200",
        "CreateVideoResponse400": ".create_video_response_400",
        "CreateVideoResponse401": ".create_video_response_401",
        "CreateVideoResponse403": ".create_video_response_403",
        "CreateVideoResponse404": ".create_video_response_404",
        "CreateVideoResponse429": ".create_video_response_429",
        "CreateWebhookEndpointRequest": ".create_webhook_endpoint_request",
        "CreateWebhookEndpointResponse200": ".create_webhook_endpoint_response_200",
        "CreateWebhookEndpointResponse400": ".create_webhook_endpoint_response_400",
        "CreateWebhookEndpointResponse401": ".create_webhook_endpoint_response_401",
        "CreateWebhookEndpointResponse403": ".create_webhook_endpoint_response_403",
        "CreateWebhookEndpointResponse429": ".create_webhook_endpoint_response_429",
        "CreditPool": ".credit_pool",
        "DeleteAvatarGroupResponse200": ".delete_avatar_group_response_200",
        "DeleteAvatarGroupResponse400": ".delete_avatar_group_response_400",
        "DeleteAvatarGroupResponse401": ".delete_avatar_group_response_401",
        "DeleteAvatarGroupResponse403": ".delete_avatar_group_response_403",
        "DeleteAvatarGroupResponse404": ".delete_avatar_group_response_404",
        "DeleteAvatarGroupResponse429": ".delete_avatar_group_response_429",
        "DeleteAvatarLookResponse200": ".delete_avatar_look_response_200",
        "DeleteAvatarLookResponse400": ".delete_avatar_look_response_400",
        "DeleteAvatarLookResponse401": ".delete_avatar_look_response_401",
        "DeleteAvatarLookResponse403": ".delete_avatar_look_response_403",
        "DeleteAvatarLookResponse404": ".delete_avatar_look_response_404",
        "DeleteAvatarLookResponse429": ".delete_avatar_look_response_429",
        "DeleteVideoResponse": ".delete_video_response",
        "DeleteVideoV3Response200": ".delete_video_v3_response_200",
        "DeleteVideoV3Response400": ".delete_video_v3_response_400",
        "DeleteVideoV3Response401": ".delete_video_v3_response_401",
        "DeleteVideoV3Response403": ".delete_video_v3_response_403",
        "DeleteVideoV3Response404": ".delete_video_v3_response_404",
        "DeleteVideoV3Response429": ".delete_video_v3_response_429",
        "DeleteWebhookEndpointResponse200": ".delete_webhook_endpoint_response_200",
        "DeleteWebhookEndpointResponse200DataType0": ".delete_webhook_endpoint_response_200_data_type_0",
        "DeleteWebhookEndpointResponse200ErrorType0": ".delete_webhook_endpoint_response_200_error_type_0",
        "DeleteWebhookEndpointResponse400": ".delete_webhook_endpoint_response_400",
        "DeleteWebhookEndpointResponse401": ".delete_webhook_endpoint_response_401",
        "DeleteWebhookEndpointResponse403": ".delete_webhook_endpoint_response_403",
        "DeleteWebhookEndpointResponse404": ".delete_webhook_endpoint_response_404",
        "DeleteWebhookEndpointResponse429": ".delete_webhook_endpoint_response_429",
        "DeletedAvatarResource": ".deleted_avatar_resource",
        "Expressiveness": ".expressiveness",
        "GetAssetResponse200": ".get_asset_response_200",
        "GetAssetResponse400": ".get_asset_response_400",
        "GetAssetResponse401": ".get_asset_response_401",
        "GetAssetResponse403": ".get_asset_response_403",
        "GetAssetResponse404": ".get_asset_response_404",
        "GetAssetResponse429": ".get_asset_response_429",
        "GetAvatarGroupResponse200": ".get_avatar_group_response_200",
        "GetAvatarGroupResponse400": ".get_avatar_group_response_400",
        "GetAvatarGroupResponse401": ".get_avatar_group_response_401",
        "GetAvatarGroupResponse403": ".get_avatar_group_response_403",
        "GetAvatarGroupResponse404": ".get_avatar_group_response_404",
        "GetAvatarGroupResponse429": ".get_avatar_group_response_429",
        "GetAvatarLookResponse200": ".get_avatar_look_response_200",
        "GetAvatarLookResponse400": ".get_avatar_look_response_400",
        "GetAvatarLookResponse401": ".get_avatar_look_response_401",
        "GetAvatarLookResponse403": ".get_avatar_look_response_403",
        "GetAvatarLookResponse404": ".get_avatar_look_response_404",
        "GetAvatarLookResponse429": ".get_avatar_look_response_429",
        "GetUserMeV3Response200": ".get_user_me_v3_response_200",
        "GetUserMeV3Response400": ".get_user_me_v3_response_400",
        "GetUserMeV3Response401": ".get_user_me_v3_response_401",
        "GetUserMeV3Response403": ".get_user_me_v3_response_403",
        "GetUserMeV3Response429": ".get_user_me_v3_response_429",
        "GetVideoV3Response200": ".get_video_v3_response_200",
        "GetVideoV3Response400": ".get_video_v3_response_400",
        "GetVideoV3Response401": ".get_video_v3_response_401",
        "GetVideoV3Response403": ".get_video_v3_response_403",
        "GetVideoV3Response404": ".get_video_v3_response_404",
        "GetVideoV3Response429": ".get_video_v3_response_429",
        "ListAvatarGroupsOwnership": ".list_avatar_groups_ownership",
        "ListAvatarGroupsResponse200": ".list_avatar_groups_response_200",
        "ListAvatarGroupsResponse400": ".list_avatar_groups_response_400",
        "ListAvatarGroupsResponse401": ".list_avatar_groups_response_401",
        "ListAvatarGroupsResponse403": ".list_avatar_groups_response_403",
        "ListAvatarGroupsResponse429": ".list_avatar_groups_response_429",
        "ListAvatarLooksAvatarType": ".list_avatar_looks_avatar_type",
        "ListAvatarLooksOwnership": ".list_avatar_looks_ownership",
        "ListAvatarLooksResponse200": ".list_avatar_looks_response_200",
        "ListAvatarLooksResponse400": ".list_avatar_looks_response_400",
        "ListAvatarLooksResponse401": ".list_avatar_looks_response_401",
        "ListAvatarLooksResponse403": ".list_avatar_looks_response_403",
        "ListAvatarLooksResponse429": ".list_avatar_looks_response_429",
        "ListVideosV3Response200": ".list_videos_v3_response_200",
        "ListVideosV3Response400": ".list_videos_v3_response_400",
        "ListVideosV3Response401": ".list_videos_v3_response_401",
        "ListVideosV3Response403": ".list_videos_v3_response_403",
        "ListVideosV3Response429": ".list_videos_v3_response_429",
        "ListVoicesV3Response200": ".list_voices_v3_response_200",
        "ListVoicesV3Response400": ".list_voices_v3_response_400",
        "ListVoicesV3Response401": ".list_voices_v3_response_401",
        "ListVoicesV3Response403": ".list_voices_v3_response_403",
        "ListVoicesV3Response429": ".list_voices_v3_response_429",
        "ListVoicesV3Type": ".list_voices_v3_type",
        "ListWebhookEndpointsResponse200": ".list_webhook_endpoints_response_200",
        "ListWebhookEndpointsResponse400": ".list_webhook_endpoints_response_400",
        "ListWebhookEndpointsResponse401": ".list_webhook_endpoints_response_401",
        "ListWebhookEndpointsResponse403": ".list_webhook_endpoints_response_403",
        "ListWebhookEndpointsResponse429": ".list_webhook_endpoints_response_429",
        "ListWebhookEventTypesResponse200": ".list_webhook_event_types_response_200",
        "ListWebhookEventTypesResponse400": ".list_webhook_event_types_response_400",
        "ListWebhookEventTypesResponse401": ".list_webhook_event_types_response_401",
        "ListWebhookEventTypesResponse403": ".list_webhook_event_types_response_403",
        "ListWebhookEventTypesResponse429": ".list_webhook_event_types_response_429",
        "ListWebhookEventsEventType": ".list_webhook_events_event_type",
        "ListWebhookEventsResponse200": ".list_webhook_events_response_200",
        "ListWebhookEventsResponse400": ".list_webhook_events_response_400",
        "ListWebhookEventsResponse401": ".list_webhook_events_response_401",
        "ListWebhookEventsResponse403": ".list_webhook_events_response_403",
        "ListWebhookEventsResponse429": ".list_webhook_events_response_429",
        "RotateSecretResponseData": ".rotate_secret_response_data",
        "RotateWebhookEndpointSecretResponse200": ".rotate_webhook_endpoint_secret_response_200",
        "RotateWebhookEndpointSecretResponse400": ".rotate_webhook_endpoint_secret_response_400",
        "RotateWebhookEndpointSecretResponse401": ".rotate_webhook_endpoint_secret_response_401",
        "RotateWebhookEndpointSecretResponse403": ".rotate_webhook_endpoint_secret_response_403",
        "RotateWebhookEndpointSecretResponse404": ".rotate_webhook_endpoint_secret_response_404",
        "RotateWebhookEndpointSecretResponse429": ".rotate_webhook_endpoint_secret_response_429",
        "StandardAPIError": ".standard_api_error",
        "SubscriptionCredits": ".subscription_credits",
        "SubscriptionInfo": ".subscription_info",
        "SubscriptionTier": ".subscription_tier",
        "UpdateAvatarLookRequest": ".update_avatar_look_request",
        "UpdateAvatarLookResponse200": ".update_avatar_look_response_200",
        "UpdateAvatarLookResponse400": ".update_avatar_look_response_400",
        "UpdateAvatarLookResponse401": ".update_avatar_look_response_401",
        "UpdateAvatarLookResponse403": ".update_avatar_look_response_403",
        "UpdateAvatarLookResponse404": ".update_avatar_look_response_404",
        "UpdateAvatarLookResponse429": ".update_avatar_look_response_429",
        "UpdateWebhookEndpointRequest": ".update_webhook_endpoint_request",
        "UpdateWebhookEndpointResponse200": ".update_webhook_endpoint_response_200",
        "UpdateWebhookEndpointResponse400": ".update_webhook_endpoint_response_400",
        "UpdateWebhookEndpointResponse401": ".update_webhook_endpoint_response_401",
        "UpdateWebhookEndpointResponse403": ".update_webhook_endpoint_response_403",
        "UpdateWebhookEndpointResponse404": ".update_webhook_endpoint_response_404",
        "UpdateWebhookEndpointResponse429": ".update_webhook_endpoint_response_429",
        "UploadAssetBody": ".upload_asset_body",
        "UploadAssetResponse200": ".upload_asset_response_200",
        "UploadAssetResponse400": ".upload_asset_response_400",
        "UploadAssetResponse401": ".upload_asset_response_401",
        "UploadAssetResponse403": ".upload_asset_response_403",
        "UploadAssetResponse429": ".upload_asset_response_429",
        "UploadAssetV3Response": ".upload_asset_v3_response",
        "UsageBasedInfo": ".usage_based_info",
        "UserInfoResponse": ".user_info_response",
        "VideoAspectRatio": ".video_aspect_ratio",
        "VideoDetail": ".video_detail",
        "VideoResolution": ".video_resolution",
        "VideoStatus": ".video_status",
        "VoiceSettingsInput": ".voice_settings_input",
        "WalletCurrency": ".wallet_currency",
        "WalletInfo": ".wallet_info",
        "WebhookEndpointResponse": ".webhook_endpoint_response",
        "WebhookEventResponse": ".webhook_event_response",
        "WebhookEventResponseEventData": ".webhook_event_response_event_data",
        "WebhookEventType": ".webhook_event_type",
        "WebhookEventTypeItem": ".webhook_event_type_item",
    }

    def __getattr__(name: str) -> object:
        if name not in _MODULE_OF:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(_MODULE_OF[name], __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = (
    "AssetBase64",
    "AssetId",
    "AssetItem",
    "AssetUrl",
    "AudioVoiceItem",
    "AudioVoiceType",
    "AutoReloadInfo",
    "AvatarError",
    "AvatarGroupItem",
    "AvatarLookItem",
    "AvatarLookItemPreferredOrientationType0",
    "AvatarLookType",
    "AvatarStatus",
    "BackgroundSetting",
    "BackgroundSettingType",
    "BillingType",
    "CompleteAssetUploadRequest",
    "CompleteAssetUploadResponse",
    "CompleteAssetUploadResponse200",
    "CompleteAssetUploadResponse400",
    "CompleteAssetUploadResponse401",
    "CompleteAssetUploadResponse403",
    "CompleteAssetUploadResponse404",
    "CompleteAssetUploadResponse429",
    "CreateAssetUploadRequest",
    "CreateAssetUploadResponse",
    "CreateAssetUploadResponse200",
    "CreateAssetUploadResponse400",
    "CreateAssetUploadResponse401",
    "CreateAssetUploadResponse403",
    "CreateAssetUploadResponse429",
    "CreateAssetUploadResponseUploadHeadersType0",
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
    "CreateWebhookEndpointRequest",
    "CreateWebhookEndpointResponse200",
    "CreateWebhookEndpointResponse400",
    "CreateWebhookEndpointResponse401",
    "CreateWebhookEndpointResponse403",
    "CreateWebhookEndpointResponse429",
    "CreditPool",
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
    "DeleteWebhookEndpointResponse200",
    "DeleteWebhookEndpointResponse200DataType0",
    "DeleteWebhookEndpointResponse200ErrorType0",
    "DeleteWebhookEndpointResponse400",
    "DeleteWebhookEndpointResponse401",
    "DeleteWebhookEndpointResponse403",
    "DeleteWebhookEndpointResponse404",
    "DeleteWebhookEndpointResponse429",
    "DeletedAvatarResource",
    "Expressiveness",
    "GetAssetResponse200",
    "GetAssetResponse400",
    "GetAssetResponse401",
    "GetAssetResponse403",
    "GetAssetResponse404",
    "GetAssetResponse429",
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
    "GetUserMeV3Response200",
    "GetUserMeV3Response400",
    "GetUserMeV3Response401",
    "GetUserMeV3Response403",
    "GetUserMeV3Response429",
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
    "ListWebhookEndpointsResponse200",
    "ListWebhookEndpointsResponse400",
    "ListWebhookEndpointsResponse401",
    "ListWebhookEndpointsResponse403",
    "ListWebhookEndpointsResponse429",
    "ListWebhookEventTypesResponse200",
    "ListWebhookEventTypesResponse400",
    "ListWebhookEventTypesResponse401",
    "ListWebhookEventTypesResponse403",
    "ListWebhookEventTypesResponse429",
    "ListWebhookEventsEventType",
    "ListWebhookEventsResponse200",
    "ListWebhookEventsResponse400",
    "ListWebhookEventsResponse401",
    "ListWebhookEventsResponse403",
    "ListWebhookEventsResponse429",
    "RotateSecretResponseData",
    "RotateWebhookEndpointSecretResponse200",
    "RotateWebhookEndpointSecretResponse400",
    "RotateWebhookEndpointSecretResponse401",
    "RotateWebhookEndpointSecretResponse403",
    "RotateWebhookEndpointSecretResponse404",
    "RotateWebhookEndpointSecretResponse429",
    "StandardAPIError",
    "SubscriptionCredits",
    "SubscriptionInfo",
    "SubscriptionTier",
    "UpdateAvatarLookRequest",
    "UpdateAvatarLookResponse200",
    "UpdateAvatarLookResponse400",
    "UpdateAvatarLookResponse401",
    "UpdateAvatarLookResponse403",
    "UpdateAvatarLookResponse404",
    "UpdateAvatarLookResponse429",
    "UpdateWebhookEndpointRequest",
    "UpdateWebhookEndpointResponse200",
    "UpdateWebhookEndpointResponse400",
    "UpdateWebhookEndpointResponse401",
    "UpdateWebhookEndpointResponse403",
    "UpdateWebhookEndpointResponse404",
    "UpdateWebhookEndpointResponse429",
    "UploadAssetBody",
    "UploadAssetResponse200",
    "UploadAssetResponse400",
    "UploadAssetResponse401",
    "UploadAssetResponse403",
    "UploadAssetResponse429",
    "UploadAssetV3Response",
    "UsageBasedInfo",
    "UserInfoResponse",
    "VideoAspectRatio",
    "VideoDetail",
    "VideoResolution",
    "VideoStatus",
    "VoiceSettingsInput",
    "WalletCurrency",
    "WalletInfo",
    "WebhookEndpointResponse",
    "WebhookEventResponse",
    "WebhookEventResponseEventData",
    "WebhookEventType",
    "WebhookEventTypeItem",
)
