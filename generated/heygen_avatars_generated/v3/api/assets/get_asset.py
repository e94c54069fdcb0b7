from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_asset_response_200 import GetAssetResponse200
from ...models.get_asset_response_400 import GetAssetResponse400
from ...models.get_asset_response_401 import GetAssetResponse401
from ...models.get_asset_response_403 import GetAssetResponse403
from ...models.get_asset_response_404 import GetAssetResponse404
from ...models.get_asset_response_429 import GetAssetResponse429
from ...types import Response


def _get_kwargs(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/assets/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetAssetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAssetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAssetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetAssetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetAssetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAssetResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
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
) -> Response[
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
]:
    """Get Asset

     Returns metadata for an asset in the caller's workspace — including owner, upload timestamp, file
    type, and a publicly accessible URL.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAssetResponse200 | GetAssetResponse400 | GetAssetResponse401 | GetAssetResponse403 | GetAssetResponse404 | GetAssetResponse429]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
    | None
):
    """Get Asset

     Returns metadata for an asset in the caller's workspace — including owner, upload timestamp, file
    type, and a publicly accessible URL.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAssetResponse200 | GetAssetResponse400 | GetAssetResponse401 | GetAssetResponse403 | GetAssetResponse404 | GetAssetResponse429
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
]:
    """Get Asset

     Returns metadata for an asset in the caller's workspace — including owner, upload timestamp, file
    type, and a publicly accessible URL.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAssetResponse200 | GetAssetResponse400 | GetAssetResponse401 | GetAssetResponse403 | GetAssetResponse404 | GetAssetResponse429]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAssetResponse200
    | GetAssetResponse400
    | GetAssetResponse401
    | GetAssetResponse403
    | GetAssetResponse404
    | GetAssetResponse429
    | None
):
    """Get Asset

     Returns metadata for an asset in the caller's workspace — including owner, upload timestamp, file
    type, and a publicly accessible URL.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAssetResponse200 | GetAssetResponse400 | GetAssetResponse401 | GetAssetResponse403 | GetAssetResponse404 | GetAssetResponse429
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
        )
    ).parsed
