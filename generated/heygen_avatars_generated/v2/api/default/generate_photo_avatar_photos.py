from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_photo_avatar_photos_body import GeneratePhotoAvatarPhotosBody
from ...models.generate_photo_avatar_photos_response_200 import (
    GeneratePhotoAvatarPhotosResponse200,
)
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    *,
    body: GeneratePhotoAvatarPhotosBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/photo_avatar/photo/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneratePhotoAvatarPhotosResponse200 | V2Error | None:
    if response.status_code == 200:
        response_200 = GeneratePhotoAvatarPhotosResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = V2Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GeneratePhotoAvatarPhotosResponse200 | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarPhotosBody,
) -> Response[GeneratePhotoAvatarPhotosResponse200 | V2Error]:
    """Generate photo avatar photos

     This endpoint will generate photos that can be used to create photo avatars, returns a generation
    id, which can be used in the check generation status endpoint to get status and final image/image
    keys

    Args:
        body (GeneratePhotoAvatarPhotosBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneratePhotoAvatarPhotosResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarPhotosBody,
) -> GeneratePhotoAvatarPhotosResponse200 | V2Error | None:
    """Generate photo avatar photos

     This endpoint will generate photos that can be used to create photo avatars, returns a generation
    id, which can be used in the check generation status endpoint to get status and final image/image
    keys

    Args:
        body (GeneratePhotoAvatarPhotosBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneratePhotoAvatarPhotosResponse200 | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarPhotosBody,
) -> Response[GeneratePhotoAvatarPhotosResponse200 | V2Error]:
    """Generate photo avatar photos

     This endpoint will generate photos that can be used to create photo avatars, returns a generation
    id, which can be used in the check generation status endpoint to get status and final image/image
    keys

    Args:
        body (GeneratePhotoAvatarPhotosBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneratePhotoAvatarPhotosResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarPhotosBody,
) -> GeneratePhotoAvatarPhotosResponse200 | V2Error | None:
    """Generate photo avatar photos

     This endpoint will generate photos that can be used to create photo avatars, returns a generation
    id, which can be used in the check generation status endpoint to get status and final image/image
    keys

    Args:
        body (GeneratePhotoAvatarPhotosBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneratePhotoAvatarPhotosResponse200 | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
