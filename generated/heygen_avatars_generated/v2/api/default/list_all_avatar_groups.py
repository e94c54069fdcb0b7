from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_all_avatar_groups_response_200 import ListAllAvatarGroupsResponse200
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_public: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_public"] = include_public

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/avatar_group.list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAllAvatarGroupsResponse200 | V2Error | None:
    if response.status_code == 200:
        response_200 = ListAllAvatarGroupsResponse200.from_dict(response.json())

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
) -> Response[ListAllAvatarGroupsResponse200 | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_public: bool | Unset = False,
) -> Response[ListAllAvatarGroupsResponse200 | V2Error]:
    """List All Avatar Groups

     List all avatar groups

    Args:
        include_public (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllAvatarGroupsResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        include_public=include_public,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_public: bool | Unset = False,
) -> ListAllAvatarGroupsResponse200 | V2Error | None:
    """List All Avatar Groups

     List all avatar groups

    Args:
        include_public (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllAvatarGroupsResponse200 | V2Error
    """

    return sync_detailed(
        client=client,
        include_public=include_public,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_public: bool | Unset = False,
) -> Response[ListAllAvatarGroupsResponse200 | V2Error]:
    """List All Avatar Groups

     List all avatar groups

    Args:
        include_public (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllAvatarGroupsResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        include_public=include_public,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_public: bool | Unset = False,
) -> ListAllAvatarGroupsResponse200 | V2Error | None:
    """List All Avatar Groups

     List all avatar groups

    Args:
        include_public (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllAvatarGroupsResponse200 | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            include_public=include_public,
        )
    ).parsed
