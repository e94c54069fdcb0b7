from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_avatar_look_response_200 import DeleteAvatarLookResponse200
from ...models.delete_avatar_look_response_400 import DeleteAvatarLookResponse400
from ...models.delete_avatar_look_response_401 import DeleteAvatarLookResponse401
from ...models.delete_avatar_look_response_403 import DeleteAvatarLookResponse403
from ...models.delete_avatar_look_response_404 import DeleteAvatarLookResponse404
from ...models.delete_avatar_look_response_429 import DeleteAvatarLookResponse429
from ...types import Response


def _get_kwargs(
    look_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/avatars/looks/{look_id}".format(
            look_id=quote(str(look_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteAvatarLookResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteAvatarLookResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteAvatarLookResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteAvatarLookResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteAvatarLookResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteAvatarLookResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
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
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
]:
    """Delete Avatar Look

     Deletes one look. Deleting the last look of a group deletes the group too.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAvatarLookResponse200 | DeleteAvatarLookResponse400 | DeleteAvatarLookResponse401 | DeleteAvatarLookResponse403 | DeleteAvatarLookResponse404 | DeleteAvatarLookResponse429]
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
    client: AuthenticatedClient | Client,
) -> (
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
    | None
):
    """Delete Avatar Look

     Deletes one look. Deleting the last look of a group deletes the group too.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAvatarLookResponse200 | DeleteAvatarLookResponse400 | DeleteAvatarLookResponse401 | DeleteAvatarLookResponse403 | DeleteAvatarLookResponse404 | DeleteAvatarLookResponse429
    """

    return sync_detailed(
        look_id=look_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    look_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
]:
    """Delete Avatar Look

     Deletes one look. Deleting the last look of a group deletes the group too.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAvatarLookResponse200 | DeleteAvatarLookResponse400 | DeleteAvatarLookResponse401 | DeleteAvatarLookResponse403 | DeleteAvatarLookResponse404 | DeleteAvatarLookResponse429]
    """

    kwargs = _get_kwargs(
        look_id=look_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    look_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteAvatarLookResponse200
    | DeleteAvatarLookResponse400
    | DeleteAvatarLookResponse401
    | DeleteAvatarLookResponse403
    | DeleteAvatarLookResponse404
    | DeleteAvatarLookResponse429
    | None
):
    """Delete Avatar Look

     Deletes one look. Deleting the last look of a group deletes the group too.

    Args:
        look_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAvatarLookResponse200 | DeleteAvatarLookResponse400 | DeleteAvatarLookResponse401 | DeleteAvatarLookResponse403 | DeleteAvatarLookResponse404 | DeleteAvatarLookResponse429
    """

    return (
        await asyncio_detailed(
            look_id=look_id,
            client=client,
        )
    ).parsed
