from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_avatar_response_200 import CreateAvatarResponse200
from ...models.create_avatar_response_400 import CreateAvatarResponse400
from ...models.create_avatar_response_401 import CreateAvatarResponse401
from ...models.create_avatar_response_403 import CreateAvatarResponse403
from ...models.create_avatar_response_404 import CreateAvatarResponse404
from ...models.create_avatar_response_409 import CreateAvatarResponse409
from ...models.create_avatar_response_429 import CreateAvatarResponse429
from ...models.create_digital_twin_request import CreateDigitalTwinRequest
from ...models.create_photo_avatar_request import CreatePhotoAvatarRequest
from ...models.create_prompt_avatar_request import CreatePromptAvatarRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateDigitalTwinRequest
    | CreatePhotoAvatarRequest
    | CreatePromptAvatarRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/avatars",
    }

    if isinstance(body, CreatePromptAvatarRequest) or isinstance(
        body, CreatePhotoAvatarRequest
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateAvatarResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAvatarResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAvatarResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateAvatarResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateAvatarResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateAvatarResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateAvatarResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDigitalTwinRequest
    | CreatePhotoAvatarRequest
    | CreatePromptAvatarRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
]:
    """Create an avatar

     Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes via GET
    /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking purposes via GET
    /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from POST /v3/assets), HTTPS URL,
    or base64-encoded content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav),
    and pdf.

    Args:
        idempotency_key (str | Unset):
        body (CreateDigitalTwinRequest | CreatePhotoAvatarRequest | CreatePromptAvatarRequest):
            Discriminated union for POST /v3/avatars request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarResponse200 | CreateAvatarResponse400 | CreateAvatarResponse401 | CreateAvatarResponse403 | CreateAvatarResponse404 | CreateAvatarResponse409 | CreateAvatarResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDigitalTwinRequest
    | CreatePhotoAvatarRequest
    | CreatePromptAvatarRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
    | None
):
    """Create an avatar

     Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes via GET
    /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking purposes via GET
    /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from POST /v3/assets), HTTPS URL,
    or base64-encoded content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav),
    and pdf.

    Args:
        idempotency_key (str | Unset):
        body (CreateDigitalTwinRequest | CreatePhotoAvatarRequest | CreatePromptAvatarRequest):
            Discriminated union for POST /v3/avatars request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarResponse200 | CreateAvatarResponse400 | CreateAvatarResponse401 | CreateAvatarResponse403 | CreateAvatarResponse404 | CreateAvatarResponse409 | CreateAvatarResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDigitalTwinRequest
    | CreatePhotoAvatarRequest
    | CreatePromptAvatarRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
]:
    """Create an avatar

     Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes via GET
    /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking purposes via GET
    /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from POST /v3/assets), HTTPS URL,
    or base64-encoded content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav),
    and pdf.

    Args:
        idempotency_key (str | Unset):
        body (CreateDigitalTwinRequest | CreatePhotoAvatarRequest | CreatePromptAvatarRequest):
            Discriminated union for POST /v3/avatars request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarResponse200 | CreateAvatarResponse400 | CreateAvatarResponse401 | CreateAvatarResponse403 | CreateAvatarResponse404 | CreateAvatarResponse409 | CreateAvatarResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDigitalTwinRequest
    | CreatePhotoAvatarRequest
    | CreatePromptAvatarRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAvatarResponse200
    | CreateAvatarResponse400
    | CreateAvatarResponse401
    | CreateAvatarResponse403
    | CreateAvatarResponse404
    | CreateAvatarResponse409
    | CreateAvatarResponse429
    | None
):
    """Create an avatar

     Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes via GET
    /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking purposes via GET
    /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from POST /v3/assets), HTTPS URL,
    or base64-encoded content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav),
    and pdf.

    Args:
        idempotency_key (str | Unset):
        body (CreateDigitalTwinRequest | CreatePhotoAvatarRequest | CreatePromptAvatarRequest):
            Discriminated union for POST /v3/avatars request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarResponse200 | CreateAvatarResponse400 | CreateAvatarResponse401 | CreateAvatarResponse403 | CreateAvatarResponse404 | CreateAvatarResponse409 | CreateAvatarResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
