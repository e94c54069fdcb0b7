from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_avatar_look_response_200 import GetAvatarLookResponse200
from ...models.get_avatar_look_response_400 import GetAvatarLookResponse400
from ...models.get_avatar_look_response_401 import GetAvatarLookResponse401
from ...models.get_avatar_look_response_403 import GetAvatarLookResponse403
from ...models.get_avatar_look_response_404 import GetAvatarLookResponse404
from ...models.get_avatar_look_response_429 import GetAvatarLookResponse429
from ...types import Response


def _get_kwargs(
    look_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatars/looks/{look_id}".format(
            look_id=quote(str(look_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetAvatarLookResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAvatarLookResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAvatarLookResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetAvatarLookResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetAvatarLookResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAvatarLookResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    look_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
]:
    """Get avatar look details

     Get detailed information about a single avatar look. The look ID is what you pass as avatar_id to
    POST /v3/videos.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarLookResponse200 | GetAvatarLookResponse400 | GetAvatarLookResponse401 | GetAvatarLookResponse403 | GetAvatarLookResponse404 | GetAvatarLookResponse429]
    """

    kwargs = _get_kwargs(
        look_id=look_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    look_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
    | None
):
    """Get avatar look details

     Get detailed information about a single avatar look. The look ID is what you pass as avatar_id to
    POST /v3/videos.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarLookResponse200 | GetAvatarLookResponse400 | GetAvatarLookResponse401 | GetAvatarLookResponse403 | GetAvatarLookResponse404 | GetAvatarLookResponse429
    """

    return sync_detailed(
        look_id=look_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    look_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
]:
    """Get avatar look details

     Get detailed information about a single avatar look. The look ID is what you pass as avatar_id to
    POST /v3/videos.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarLookResponse200 | GetAvatarLookResponse400 | GetAvatarLookResponse401 | GetAvatarLookResponse403 | GetAvatarLookResponse404 | GetAvatarLookResponse429]
    """

    kwargs = _get_kwargs(
        look_id=look_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    look_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAvatarLookResponse200
    | GetAvatarLookResponse400
    | GetAvatarLookResponse401
    | GetAvatarLookResponse403
    | GetAvatarLookResponse404
    | GetAvatarLookResponse429
    | None
):
    """Get avatar look details

     Get detailed information about a single avatar look. The look ID is what you pass as avatar_id to
    POST /v3/videos.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarLookResponse200 | GetAvatarLookResponse400 | GetAvatarLookResponse401 | GetAvatarLookResponse403 | GetAvatarLookResponse404 | GetAvatarLookResponse429
    """

    return (
        await asyncio_detailed(
            look_id=look_id,
            client=client,
        )
    ).parsed
