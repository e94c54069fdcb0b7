from typing import Literal

ListWebhookEventsEventType = Literal[
    "avatar_video.fail",
    "avatar_video.success",
    "avatar_video_caption.fail",
    "avatar_video_caption.success",
    "avatar_video_gif.fail",
    "avatar_video_gif.success",
    "instant_avatar.fail",
    "instant_avatar.success",
    "live_avatar.fail",
    "live_avatar.success",
    "personalized_video",
    "photo_avatar_add_motion.fail",
    "photo_avatar_add_motion.success",
    "photo_avatar_generation.fail",
    "photo_avatar_generation.success",
    "photo_avatar_train.fail",
    "photo_avatar_train.success",
    "proofread_creation.fail",
    "proofread_creation.success",
    "video_agent.fail",
    "video_agent.success",
    "video_translate.fail",
    "video_translate.success",
]

LIST_WEBHOOK_EVENTS_EVENT_TYPE_VALUES: set[ListWebhookEventsEventType] = {
    "avatar_video.fail",
    "avatar_video.success",
    "avatar_video_caption.fail",
    "avatar_video_caption.success",
    "avatar_video_gif.fail",
    "avatar_video_gif.success",
    "instant_avatar.fail",
    "instant_avatar.success",
    "live_avatar.fail",
    "live_avatar.success",
    "personalized_video",
    "photo_avatar_add_motion.fail",
    "photo_avatar_add_motion.success",
    "photo_avatar_generation.fail",
    "photo_avatar_generation.success",
    "photo_avatar_train.fail",
    "photo_avatar_train.success",
    "proofread_creation.fail",
    "proofread_creation.success",
    "video_agent.fail",
    "video_agent.success",
    "video_translate.fail",
    "video_translate.success",
}


def check_list_webhook_events_event_type(value: str) -> ListWebhookEventsEventType:
    if value in LIST_WEBHOOK_EVENTS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_EVENTS_EVENT_TYPE_VALUES!r}"
    )
