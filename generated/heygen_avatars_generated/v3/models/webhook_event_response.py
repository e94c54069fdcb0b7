from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_response_event_data import WebhookEventResponseEventData


T = TypeVar("T", bound="WebhookEventResponse")


@_attrs_define
class WebhookEventResponse:
    """A delivered webhook event."""

    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp when the event was created. """
    event_data: None | Unset | WebhookEventResponseEventData = UNSET
    """ The event payload data. """
    event_id: None | str | Unset = UNSET
    """ Unique identifier for this event delivery. """
    event_type: None | str | Unset = UNSET
    """ The event type, e.g. 'avatar_video.success'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_event_response_event_data import (
            WebhookEventResponseEventData,
        )

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        event_data: dict[str, Any] | None | Unset
        if isinstance(self.event_data, Unset):
            event_data = UNSET
        elif isinstance(self.event_data, WebhookEventResponseEventData):
            event_data = self.event_data.to_dict()
        else:
            event_data = self.event_data

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event_data is not UNSET:
            field_dict["event_data"] = event_data
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_event_response_event_data import (
            WebhookEventResponseEventData,
        )

        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_event_data(
            data: object,
        ) -> None | Unset | WebhookEventResponseEventData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_data_type_0 = WebhookEventResponseEventData.from_dict(data)

                return event_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookEventResponseEventData, data)

        event_data = _parse_event_data(d.pop("event_data", UNSET))

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        webhook_event_response = cls(
            created_at=created_at,
            event_data=event_data,
            event_id=event_id,
            event_type=event_type,
        )

        webhook_event_response.additional_properties = d
        return webhook_event_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
