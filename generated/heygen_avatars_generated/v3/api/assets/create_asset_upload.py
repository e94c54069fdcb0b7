from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_asset_upload_request import CreateAssetUploadRequest
from ...models.create_asset_upload_response_200 import CreateAssetUploadResponse200
from ...models.create_asset_upload_response_400 import CreateAssetUploadResponse400
from ...models.create_asset_upload_response_401 import CreateAssetUploadResponse401
from ...models.create_asset_upload_response_403 import CreateAssetUploadResponse403
from ...models.create_asset_upload_response_429 import CreateAssetUploadResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAssetUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/assets/direct-uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateAssetUploadResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAssetUploadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAssetUploadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateAssetUploadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = CreateAssetUploadResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
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
    body: CreateAssetUploadRequest,
) -> Response[
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
]:
    """Create Asset Upload

     Begin a direct-to-S3 upload. Returns an asset_id and a presigned upload_url; PUT the file bytes to
    upload_url, then call POST /v3/assets/{asset_id}/complete. Unlike POST /v3/assets (which proxies the
    bytes), this never sends the file through the API.

    Args:
        body (CreateAssetUploadRequest): Request to begin a presigned direct-to-S3 upload (POST
            /v3/assets/direct-uploads).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssetUploadResponse200 | CreateAssetUploadResponse400 | CreateAssetUploadResponse401 | CreateAssetUploadResponse403 | CreateAssetUploadResponse429]
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
    client: AuthenticatedClient,
    body: CreateAssetUploadRequest,
) -> (
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
    | None
):
    """Create Asset Upload

     Begin a direct-to-S3 upload. Returns an asset_id and a presigned upload_url; PUT the file bytes to
    upload_url, then call POST /v3/assets/{asset_id}/complete. Unlike POST /v3/assets (which proxies the
    bytes), this never sends the file through the API.

    Args:
        body (CreateAssetUploadRequest): Request to begin a presigned direct-to-S3 upload (POST
            /v3/assets/direct-uploads).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssetUploadResponse200 | CreateAssetUploadResponse400 | CreateAssetUploadResponse401 | CreateAssetUploadResponse403 | CreateAssetUploadResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssetUploadRequest,
) -> Response[
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
]:
    """Create Asset Upload

     Begin a direct-to-S3 upload. Returns an asset_id and a presigned upload_url; PUT the file bytes to
    upload_url, then call POST /v3/assets/{asset_id}/complete. Unlike POST /v3/assets (which proxies the
    bytes), this never sends the file through the API.

    Args:
        body (CreateAssetUploadRequest): Request to begin a presigned direct-to-S3 upload (POST
            /v3/assets/direct-uploads).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssetUploadResponse200 | CreateAssetUploadResponse400 | CreateAssetUploadResponse401 | CreateAssetUploadResponse403 | CreateAssetUploadResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAssetUploadRequest,
) -> (
    CreateAssetUploadResponse200
    | CreateAssetUploadResponse400
    | CreateAssetUploadResponse401
    | CreateAssetUploadResponse403
    | CreateAssetUploadResponse429
    | None
):
    """Create Asset Upload

     Begin a direct-to-S3 upload. Returns an asset_id and a presigned upload_url; PUT the file bytes to
    upload_url, then call POST /v3/assets/{asset_id}/complete. Unlike POST /v3/assets (which proxies the
    bytes), this never sends the file through the API.

    Args:
        body (CreateAssetUploadRequest): Request to begin a presigned direct-to-S3 upload (POST
            /v3/assets/direct-uploads).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssetUploadResponse200 | CreateAssetUploadResponse400 | CreateAssetUploadResponse401 | CreateAssetUploadResponse403 | CreateAssetUploadResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
