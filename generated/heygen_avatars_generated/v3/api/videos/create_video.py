from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_from_avatar import CreateVideoFromAvatar
from ...models.create_video_from_image import CreateVideoFromImage
from ...models.create_video_response_200 import CreateVideoResponse200
from ...models.create_video_response_400 import CreateVideoResponse400
from ...models.create_video_response_401 import CreateVideoResponse401
from ...models.create_video_response_403 import CreateVideoResponse403
from ...models.create_video_response_404 import CreateVideoResponse404
from ...models.create_video_response_409 import CreateVideoResponse409
from ...models.create_video_response_429 import CreateVideoResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVideoFromAvatar | CreateVideoFromImage,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/videos",
    }

    if isinstance(body, CreateVideoFromAvatar):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateVideoResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateVideoResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateVideoResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
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
    body: CreateVideoFromAvatar | CreateVideoFromImage,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
]:
    """Create a video

     Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a previously
    created avatar, or 'image' to animate a custom image. Both modes support text-to-speech scripts or
    pre-recorded audio for lip-sync. The video is generated asynchronously — poll status via GET
    /v3/videos/{video_id}.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoFromAvatar | CreateVideoFromImage): Discriminated union for POST
            /v3/videos request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoResponse200 | CreateVideoResponse400 | CreateVideoResponse401 | CreateVideoResponse403 | CreateVideoResponse404 | CreateVideoResponse409 | CreateVideoResponse429]
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
    body: CreateVideoFromAvatar | CreateVideoFromImage,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
    | None
):
    """Create a video

     Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a previously
    created avatar, or 'image' to animate a custom image. Both modes support text-to-speech scripts or
    pre-recorded audio for lip-sync. The video is generated asynchronously — poll status via GET
    /v3/videos/{video_id}.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoFromAvatar | CreateVideoFromImage): Discriminated union for POST
            /v3/videos request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoResponse200 | CreateVideoResponse400 | CreateVideoResponse401 | CreateVideoResponse403 | CreateVideoResponse404 | CreateVideoResponse409 | CreateVideoResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoFromAvatar | CreateVideoFromImage,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
]:
    """Create a video

     Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a previously
    created avatar, or 'image' to animate a custom image. Both modes support text-to-speech scripts or
    pre-recorded audio for lip-sync. The video is generated asynchronously — poll status via GET
    /v3/videos/{video_id}.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoFromAvatar | CreateVideoFromImage): Discriminated union for POST
            /v3/videos request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoResponse200 | CreateVideoResponse400 | CreateVideoResponse401 | CreateVideoResponse403 | CreateVideoResponse404 | CreateVideoResponse409 | CreateVideoResponse429]
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
    body: CreateVideoFromAvatar | CreateVideoFromImage,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoResponse200
    | CreateVideoResponse400
    | CreateVideoResponse401
    | CreateVideoResponse403
    | CreateVideoResponse404
    | CreateVideoResponse409
    | CreateVideoResponse429
    | None
):
    """Create a video

     Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a previously
    created avatar, or 'image' to animate a custom image. Both modes support text-to-speech scripts or
    pre-recorded audio for lip-sync. The video is generated asynchronously — poll status via GET
    /v3/videos/{video_id}.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoFromAvatar | CreateVideoFromImage): Discriminated union for POST
            /v3/videos request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoResponse200 | CreateVideoResponse400 | CreateVideoResponse401 | CreateVideoResponse403 | CreateVideoResponse404 | CreateVideoResponse409 | CreateVideoResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
