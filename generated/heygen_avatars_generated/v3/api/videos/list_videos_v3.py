from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_videos_v3_response_200 import ListVideosV3Response200
from ...models.list_videos_v3_response_400 import ListVideosV3Response400
from ...models.list_videos_v3_response_401 import ListVideosV3Response401
from ...models.list_videos_v3_response_403 import ListVideosV3Response403
from ...models.list_videos_v3_response_429 import ListVideosV3Response429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params["folder_id"] = folder_id

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/videos",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideosV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideosV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVideosV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListVideosV3Response403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ListVideosV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
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
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
]:
    """List videos

     List videos in the account with pagination and optional filtering.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):
        folder_id (str | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideosV3Response200 | ListVideosV3Response400 | ListVideosV3Response401 | ListVideosV3Response403 | ListVideosV3Response429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
        folder_id=folder_id,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> (
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
    | None
):
    """List videos

     List videos in the account with pagination and optional filtering.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):
        folder_id (str | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideosV3Response200 | ListVideosV3Response400 | ListVideosV3Response401 | ListVideosV3Response403 | ListVideosV3Response429
    """

    return sync_detailed(
        client=client,
        limit=limit,
        token=token,
        folder_id=folder_id,
        title=title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
]:
    """List videos

     List videos in the account with pagination and optional filtering.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):
        folder_id (str | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideosV3Response200 | ListVideosV3Response400 | ListVideosV3Response401 | ListVideosV3Response403 | ListVideosV3Response429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
        folder_id=folder_id,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
) -> (
    ListVideosV3Response200
    | ListVideosV3Response400
    | ListVideosV3Response401
    | ListVideosV3Response403
    | ListVideosV3Response429
    | None
):
    """List videos

     List videos in the account with pagination and optional filtering.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):
        folder_id (str | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideosV3Response200 | ListVideosV3Response400 | ListVideosV3Response401 | ListVideosV3Response403 | ListVideosV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            token=token,
            folder_id=folder_id,
            title=title,
        )
    ).parsed
