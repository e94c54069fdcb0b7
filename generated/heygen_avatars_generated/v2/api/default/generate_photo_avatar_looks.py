from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_photo_avatar_looks_body import GeneratePhotoAvatarLooksBody
from ...models.generate_photo_avatar_looks_response_200 import (
    GeneratePhotoAvatarLooksResponse200,
)
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    *,
    body: GeneratePhotoAvatarLooksBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/photo_avatar/look/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneratePhotoAvatarLooksResponse200 | V2Error | None:
    if response.status_code == 200:
        response_200 = GeneratePhotoAvatarLooksResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = V2Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GeneratePhotoAvatarLooksResponse200 | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarLooksBody,
) -> Response[GeneratePhotoAvatarLooksResponse200 | V2Error]:
    """Generate photo avatar looks

     This endpoint can be used to generate additional looks for a trained photo avatar group. The photo
    avatar group must be trained to use this endpoint.

    Args:
        body (GeneratePhotoAvatarLooksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneratePhotoAvatarLooksResponse200 | V2Error]
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
    body: GeneratePhotoAvatarLooksBody,
) -> GeneratePhotoAvatarLooksResponse200 | V2Error | None:
    """Generate photo avatar looks

     This endpoint can be used to generate additional looks for a trained photo avatar group. The photo
    avatar group must be trained to use this endpoint.

    Args:
        body (GeneratePhotoAvatarLooksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneratePhotoAvatarLooksResponse200 | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarLooksBody,
) -> Response[GeneratePhotoAvatarLooksResponse200 | V2Error]:
    """Generate photo avatar looks

     This endpoint can be used to generate additional looks for a trained photo avatar group. The photo
    avatar group must be trained to use this endpoint.

    Args:
        body (GeneratePhotoAvatarLooksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneratePhotoAvatarLooksResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GeneratePhotoAvatarLooksBody,
) -> GeneratePhotoAvatarLooksResponse200 | V2Error | None:
    """Generate photo avatar looks

     This endpoint can be used to generate additional looks for a trained photo avatar group. The photo
    avatar group must be trained to use this endpoint.

    Args:
        body (GeneratePhotoAvatarLooksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneratePhotoAvatarLooksResponse200 | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
