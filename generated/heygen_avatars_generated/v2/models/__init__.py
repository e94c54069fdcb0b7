"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing one model module does not import them all.
Type checkers see the imports below; at runtime `__getattr__` imports the one submodule asked for.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .add_looks_to_photo_avatar_group_body import AddLooksToPhotoAvatarGroupBody
    from .add_looks_to_photo_avatar_group_response_200 import (
        AddLooksToPhotoAvatarGroupResponse200,
    )
    from .add_looks_to_photo_avatar_group_response_200_data_type_0 import (
        AddLooksToPhotoAvatarGroupResponse200DataType0,
    )
    from .add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item import (
        AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item,
    )
    from .add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item_upscale_availability_type_0 import (
        AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0,
    )
    from .add_motion_body import AddMotionBody
    from .add_motion_response_200 import AddMotionResponse200
    from .add_motion_response_200_data_type_0 import AddMotionResponse200DataType0
    from .add_sound_effect_body import AddSoundEffectBody
    from .add_sound_effect_response_200 import AddSoundEffectResponse200
    from .add_sound_effect_response_200_data_type_0 import (
        AddSoundEffectResponse200DataType0,
    )
    from .check_photolook_generation_status_response_200 import (
        CheckPhotolookGenerationStatusResponse200,
    )
    from .check_photolook_generation_status_response_200_data_type_0 import (
        CheckPhotolookGenerationStatusResponse200DataType0,
    )
    from .create_photo_avatar_group_body import CreatePhotoAvatarGroupBody
    from .create_photo_avatar_group_response_200 import (
        CreatePhotoAvatarGroupResponse200,
    )
    from .create_photo_avatar_group_response_200_data_type_0 import (
        CreatePhotoAvatarGroupResponse200DataType0,
    )
    from .create_photo_avatar_group_response_200_data_type_0_upscale_availability_type_0 import (
        CreatePhotoAvatarGroupResponse200DataType0UpscaleAvailabilityType0,
    )
    from .delete_photo_avatar_group_response_200 import (
        DeletePhotoAvatarGroupResponse200,
    )
    from .delete_photo_avatar_group_response_200_data_type_0 import (
        DeletePhotoAvatarGroupResponse200DataType0,
    )
    from .delete_photo_avatar_response_200 import DeletePhotoAvatarResponse200
    from .delete_photo_avatar_response_200_data_type_0 import (
        DeletePhotoAvatarResponse200DataType0,
    )
    from .generate_photo_avatar_looks_body import GeneratePhotoAvatarLooksBody
    from .generate_photo_avatar_looks_body_orientation import (
        GeneratePhotoAvatarLooksBodyOrientation,
    )
    from .generate_photo_avatar_looks_body_pose import GeneratePhotoAvatarLooksBodyPose
    from .generate_photo_avatar_looks_body_style import (
        GeneratePhotoAvatarLooksBodyStyle,
    )
    from .generate_photo_avatar_looks_response_200 import (
        GeneratePhotoAvatarLooksResponse200,
    )
    from .generate_photo_avatar_looks_response_200_data_type_0 import (
        GeneratePhotoAvatarLooksResponse200DataType0,
    )
    from .generate_photo_avatar_photos_body import GeneratePhotoAvatarPhotosBody
    from .generate_photo_avatar_photos_body_age import GeneratePhotoAvatarPhotosBodyAge
    from .generate_photo_avatar_photos_body_ethnicity import (
        GeneratePhotoAvatarPhotosBodyEthnicity,
    )
    from .generate_photo_avatar_photos_body_gender import (
        GeneratePhotoAvatarPhotosBodyGender,
    )
    from .generate_photo_avatar_photos_body_orientation import (
        GeneratePhotoAvatarPhotosBodyOrientation,
    )
    from .generate_photo_avatar_photos_body_pose import (
        GeneratePhotoAvatarPhotosBodyPose,
    )
    from .generate_photo_avatar_photos_body_style import (
        GeneratePhotoAvatarPhotosBodyStyle,
    )
    from .generate_photo_avatar_photos_response_200 import (
        GeneratePhotoAvatarPhotosResponse200,
    )
    from .generate_photo_avatar_photos_response_200_data_type_0 import (
        GeneratePhotoAvatarPhotosResponse200DataType0,
    )
    from .get_training_job_status_response_200 import GetTrainingJobStatusResponse200
    from .get_training_job_status_response_200_data_type_0 import (
        GetTrainingJobStatusResponse200DataType0,
    )
    from .list_all_avatar_groups_response_200 import ListAllAvatarGroupsResponse200
    from .list_all_avatar_groups_response_200_data_type_0 import (
        ListAllAvatarGroupsResponse200DataType0,
    )
    from .list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item import (
        ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item,
    )
    from .list_all_avatars_in_one_avatar_group_response_200 import (
        ListAllAvatarsInOneAvatarGroupResponse200,
    )
    from .list_all_avatars_in_one_avatar_group_response_200_data_type_0 import (
        ListAllAvatarsInOneAvatarGroupResponse200DataType0,
    )
    from .list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item import (
        ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item,
    )
    from .list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item_upscale_availability_type_0 import (
        ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0ItemUpscaleAvailabilityType0,
    )
    from .photo_avatar_details_response_200 import PhotoAvatarDetailsResponse200
    from .photo_avatar_details_response_200_data_type_0 import (
        PhotoAvatarDetailsResponse200DataType0,
    )
    from .photo_avatar_details_response_200_data_type_0_upscale_availability_type_0 import (
        PhotoAvatarDetailsResponse200DataType0UpscaleAvailabilityType0,
    )
    from .train_photo_avatar_group_body import TrainPhotoAvatarGroupBody
    from .train_photo_avatar_group_response_200 import TrainPhotoAvatarGroupResponse200
    from .train_photo_avatar_group_response_200_data_type_0 import (
        TrainPhotoAvatarGroupResponse200DataType0,
    )
    from .upload_asset_response_200 import UploadAssetResponse200
    from .upload_asset_response_200_data_type_0 import UploadAssetResponse200DataType0
    from .upscale_an_avatar_body import UpscaleAnAvatarBody
    from .upscale_an_avatar_response_200 import UpscaleAnAvatarResponse200
    from .upscale_an_avatar_response_200_data_type_0 import (
        UpscaleAnAvatarResponse200DataType0,
    )
    from .v1_error import V1Error
    from .v2_error import V2Error
    from .v2_error_error_type_0_type_0 import V2ErrorErrorType0Type0
else:
    from importlib import import_module

    _MODULE_OF = {  # public name -> the submodule that defines it
        "AddLooksToPhotoAvatarGroupBody": ".add_looks_to_photo_avatar_group_body",
        "AddLooksToPhotoAvatarGroupResponse200": ".add_looks_to_photo_avatar_group_response_200",
        "AddLooksToPhotoAvatarGroupResponse200DataType0": ".add_looks_to_photo_avatar_group_response_200_data_type_0",
        "AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item": ".add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item",
        "AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0": ".add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item_upscale_availability_type_0",
        "AddMotionBody": ".add_motion_body",
        "AddMotionResponse200": ".add_motion_response_200",
        "AddMotionResponse200DataType0": ".add_motion_response_200_data_type_0",
        "AddSoundEffectBody": ".add_sound_effect_body",
        "AddSoundEffectResponse200": ".add_sound_effect_response_200",
        "AddSoundEffectResponse200DataType0": ".add_sound_effect_response_200_data_type_0",
        "CheckPhotolookGenerationStatusResponse200": ".check_photolook_generation_status_response_200",
        "CheckPhotolookGenerationStatusResponse200DataType0": ".check_photolook_generation_status_response_200_data_type_0",
        "CreatePhotoAvatarGroupBody": ".create_photo_avatar_group_body",
        "CreatePhotoAvatarGroupResponse200": ".create_photo_avatar_group_response_200",
        "CreatePhotoAvatarGroupResponse200DataType0": ".create_photo_avatar_group_response_200_data_type_0",
        "CreatePhotoAvatarGroupResponse200DataType0UpscaleAvailabilityType0": ".create_photo_avatar_group_response_200_data_type_0_upscale_availability_type_0",
        "DeletePhotoAvatarGroupResponse200": ".delete_photo_avatar_group_response_200",
        "DeletePhotoAvatarGroupResponse200DataType0": ".delete_photo_avatar_group_response_200_data_type_0",
        "DeletePhotoAvatarResponse200": ".delete_photo_avatar_response_200",
        "DeletePhotoAvatarResponse200DataType0": ".delete_photo_avatar_response_200_data_type_0",
        "GeneratePhotoAvatarLooksBody": ".generate_photo_avatar_looks_body",
        "GeneratePhotoAvatarLooksBodyOrientation": ".generate_photo_avatar_looks_body_orientation",
        "GeneratePhotoAvatarLooksBodyPose": ".generate_photo_avatar_looks_body_pose",
        "GeneratePhotoAvatarLooksBodyStyle": ".generate_photo_avatar_looks_body_style",
        "GeneratePhotoAvatarLooksResponse200": ".generate_photo_avatar_looks_response_200",
        "GeneratePhotoAvatarLooksResponse200DataType0": ".generate_photo_avatar_looks_response_200_data_type_0",
        "GeneratePhotoAvatarPhotosBody": ".generate_photo_avatar_photos_body",
        "GeneratePhotoAvatarPhotosBodyAge": ".generate_photo_avatar_photos_body_age",
        "GeneratePhotoAvatarPhotosBodyEthnicity": ".generate_photo_avatar_photos_body_ethnicity",
        "GeneratePhotoAvatarPhotosBodyGender": ".generate_photo_avatar_photos_body_gender",
        "GeneratePhotoAvatarPhotosBodyOrientation": ".generate_photo_avatar_photos_body_orientation",
        "GeneratePhotoAvatarPhotosBodyPose": ".generate_photo_avatar_photos_body_pose",
        "GeneratePhotoAvatarPhotosBodyStyle": ".generate_photo_avatar_photos_body_style",
        "GeneratePhotoAvatarPhotosResponse200": ".generate_photo_avatar_photos_response_200",
        "GeneratePhotoAvatarPhotosResponse200DataType0": ".generate_photo_avatar_photos_response_200_data_type_0",
        "GetTrainingJobStatusResponse200": ".get_training_job_status_response_200",
        "GetTrainingJobStatusResponse200DataType0": ".get_training_job_status_response_200_data_type_0",
        "ListAllAvatarGroupsResponse200": ".list_all_avatar_groups_response_200",
        "ListAllAvatarGroupsResponse200DataType0": ".list_all_avatar_groups_response_200_data_type_0",
        "ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item": ".list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item",
        "ListAllAvatarsInOneAvatarGroupResponse200": ".list_all_avatars_in_one_avatar_group_response_200",
        "ListAllAvatarsInOneAvatarGroupResponse200DataType0": ".list_all_avatars_in_one_avatar_group_response_200_data_type_0",
        "ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item": ".list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item",
        "ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0ItemUpscaleAvailabilityType0": ".list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item_upscale_availability_type_0",
        "PhotoAvatarDetailsResponse200": ".photo_avatar_details_response_200",
        "PhotoAvatarDetailsResponse200DataType0": ".photo_avatar_details_response_200_data_type_0",
        "PhotoAvatarDetailsResponse200DataType0UpscaleAvailabilityType0": ".photo_avatar_details_response_200_data_type_0_upscale_availability_type_0",
        "TrainPhotoAvatarGroupBody": ".train_photo_avatar_group_body",
        "TrainPhotoAvatarGroupResponse200": ".train_photo_avatar_group_response_200",
        "TrainPhotoAvatarGroupResponse200DataType0": ".train_photo_avatar_group_response_200_data_type_0",
        "UploadAssetResponse200": ".upload_asset_response_200",
        "UploadAssetResponse200DataType0": ".upload_asset_response_200_data_type_0",
        "UpscaleAnAvatarBody": ".upscale_an_avatar_body",
        "UpscaleAnAvatarResponse200": ".upscale_an_avatar_response_200",
        "UpscaleAnAvatarResponse200DataType0": ".upscale_an_avatar_response_200_data_type_0",
        "V1Error": ".v1_error",
        "V2Error": ".v2_error",
        "V2ErrorErrorType0Type0": ".v2_error_error_type_0_type_0",
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
    "AddLooksToPhotoAvatarGroupBody",
    "AddLooksToPhotoAvatarGroupResponse200",
    "AddLooksToPhotoAvatarGroupResponse200DataType0",
    "AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item",
    "AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0",
    "AddMotionBody",
    "AddMotionResponse200",
    "AddMotionResponse200DataType0",
    "AddSoundEffectBody",
    "AddSoundEffectResponse200",
    "AddSoundEffectResponse200DataType0",
    "CheckPhotolookGenerationStatusResponse200",
    "CheckPhotolookGenerationStatusResponse200DataType0",
    "CreatePhotoAvatarGroupBody",
    "CreatePhotoAvatarGroupResponse200",
    "CreatePhotoAvatarGroupResponse200DataType0",
    "CreatePhotoAvatarGroupResponse200DataType0UpscaleAvailabilityType0",
    "DeletePhotoAvatarGroupResponse200",
    "DeletePhotoAvatarGroupResponse200DataType0",
    "DeletePhotoAvatarResponse200",
    "DeletePhotoAvatarResponse200DataType0",
    "GeneratePhotoAvatarLooksBody",
    "GeneratePhotoAvatarLooksBodyOrientation",
    "GeneratePhotoAvatarLooksBodyPose",
    "GeneratePhotoAvatarLooksBodyStyle",
    "GeneratePhotoAvatarLooksResponse200",
    "GeneratePhotoAvatarLooksResponse200DataType0",
    "GeneratePhotoAvatarPhotosBody",
    "GeneratePhotoAvatarPhotosBodyAge",
    "GeneratePhotoAvatarPhotosBodyEthnicity",
    "GeneratePhotoAvatarPhotosBodyGender",
    "GeneratePhotoAvatarPhotosBodyOrientation",
    "GeneratePhotoAvatarPhotosBodyPose",
    "GeneratePhotoAvatarPhotosBodyStyle",
    "GeneratePhotoAvatarPhotosResponse200",
    "GeneratePhotoAvatarPhotosResponse200DataType0",
    "GetTrainingJobStatusResponse200",
    "GetTrainingJobStatusResponse200DataType0",
    "ListAllAvatarGroupsResponse200",
    "ListAllAvatarGroupsResponse200DataType0",
    "ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item",
    "ListAllAvatarsInOneAvatarGroupResponse200",
    "ListAllAvatarsInOneAvatarGroupResponse200DataType0",
    "ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item",
    "ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0ItemUpscaleAvailabilityType0",
    "PhotoAvatarDetailsResponse200",
    "PhotoAvatarDetailsResponse200DataType0",
    "PhotoAvatarDetailsResponse200DataType0UpscaleAvailabilityType0",
    "TrainPhotoAvatarGroupBody",
    "TrainPhotoAvatarGroupResponse200",
    "TrainPhotoAvatarGroupResponse200DataType0",
    "UploadAssetResponse200",
    "UploadAssetResponse200DataType0",
    "UpscaleAnAvatarBody",
    "UpscaleAnAvatarResponse200",
    "UpscaleAnAvatarResponse200DataType0",
    "V1Error",
    "V2Error",
    "V2ErrorErrorType0Type0",
)
