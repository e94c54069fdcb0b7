from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_asset_upload_request import CompleteAssetUploadRequest
from ...models.complete_asset_upload_response_200 import CompleteAssetUploadResponse200
from ...models.complete_asset_upload_response_400 import CompleteAssetUploadResponse400
from ...models.complete_asset_upload_response_401 import CompleteAssetUploadResponse401
from ...models.complete_asset_upload_response_403 import CompleteAssetUploadResponse403
from ...models.complete_asset_upload_response_404 import CompleteAssetUploadResponse404
from ...models.complete_asset_upload_response_429 import CompleteAssetUploadResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    body: CompleteAssetUploadRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/assets/{asset_id}/complete".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CompleteAssetUploadResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CompleteAssetUploadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CompleteAssetUploadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CompleteAssetUploadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CompleteAssetUploadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CompleteAssetUploadResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteAssetUploadRequest | Unset = UNSET,
) -> Response[
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
]:
    """Complete Asset Upload

     Finalize a direct-to-S3 upload into a reusable asset. Call after the upload PUT returns 200.
    Idempotent: repeated calls return the same finalized asset.

    Args:
        asset_id (str):
        body (CompleteAssetUploadRequest | Unset): Finalize a presigned upload (POST
            /v3/assets/{asset_id}/complete).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteAssetUploadResponse200 | CompleteAssetUploadResponse400 | CompleteAssetUploadResponse401 | CompleteAssetUploadResponse403 | CompleteAssetUploadResponse404 | CompleteAssetUploadResponse429]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteAssetUploadRequest | Unset = UNSET,
) -> (
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
    | None
):
    """Complete Asset Upload

     Finalize a direct-to-S3 upload into a reusable asset. Call after the upload PUT returns 200.
    Idempotent: repeated calls return the same finalized asset.

    Args:
        asset_id (str):
        body (CompleteAssetUploadRequest | Unset): Finalize a presigned upload (POST
            /v3/assets/{asset_id}/complete).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteAssetUploadResponse200 | CompleteAssetUploadResponse400 | CompleteAssetUploadResponse401 | CompleteAssetUploadResponse403 | CompleteAssetUploadResponse404 | CompleteAssetUploadResponse429
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteAssetUploadRequest | Unset = UNSET,
) -> Response[
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
]:
    """Complete Asset Upload

     Finalize a direct-to-S3 upload into a reusable asset. Call after the upload PUT returns 200.
    Idempotent: repeated calls return the same finalized asset.

    Args:
        asset_id (str):
        body (CompleteAssetUploadRequest | Unset): Finalize a presigned upload (POST
            /v3/assets/{asset_id}/complete).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteAssetUploadResponse200 | CompleteAssetUploadResponse400 | CompleteAssetUploadResponse401 | CompleteAssetUploadResponse403 | CompleteAssetUploadResponse404 | CompleteAssetUploadResponse429]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteAssetUploadRequest | Unset = UNSET,
) -> (
    CompleteAssetUploadResponse200
    | CompleteAssetUploadResponse400
    | CompleteAssetUploadResponse401
    | CompleteAssetUploadResponse403
    | CompleteAssetUploadResponse404
    | CompleteAssetUploadResponse429
    | None
):
    """Complete Asset Upload

     Finalize a direct-to-S3 upload into a reusable asset. Call after the upload PUT returns 200.
    Idempotent: repeated calls return the same finalized asset.

    Args:
        asset_id (str):
        body (CompleteAssetUploadRequest | Unset): Finalize a presigned upload (POST
            /v3/assets/{asset_id}/complete).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteAssetUploadResponse200 | CompleteAssetUploadResponse400 | CompleteAssetUploadResponse401 | CompleteAssetUploadResponse403 | CompleteAssetUploadResponse404 | CompleteAssetUploadResponse429
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
        )
    ).parsed
