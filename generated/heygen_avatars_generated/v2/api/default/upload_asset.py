from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_asset_response_200 import UploadAssetResponse200
from ...models.v1_error import V1Error
from ...models.v2_error import V2Error
from ...types import File, Response


def _get_kwargs(
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/asset",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UploadAssetResponse200 | V1Error | V2Error | None:
    if response.status_code == 200:
        response_200 = UploadAssetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V1Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V1Error.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = V1Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = V1Error.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = V2Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UploadAssetResponse200 | V1Error | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[UploadAssetResponse200 | V1Error | V2Error]:
    """Upload Asset

     Uploads a media file (image, video, or audio) to the authenticated user's HeyGen account and returns
    the asset ID for future use.

    Args:
        body (File): Raw binary file contents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAssetResponse200 | V1Error | V2Error]
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
    body: File,
) -> UploadAssetResponse200 | V1Error | V2Error | None:
    """Upload Asset

     Uploads a media file (image, video, or audio) to the authenticated user's HeyGen account and returns
    the asset ID for future use.

    Args:
        body (File): Raw binary file contents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAssetResponse200 | V1Error | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[UploadAssetResponse200 | V1Error | V2Error]:
    """Upload Asset

     Uploads a media file (image, video, or audio) to the authenticated user's HeyGen account and returns
    the asset ID for future use.

    Args:
        body (File): Raw binary file contents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAssetResponse200 | V1Error | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> UploadAssetResponse200 | V1Error | V2Error | None:
    """Upload Asset

     Uploads a media file (image, video, or audio) to the authenticated user's HeyGen account and returns
    the asset ID for future use.

    Args:
        body (File): Raw binary file contents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAssetResponse200 | V1Error | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
