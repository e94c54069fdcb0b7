from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_photolook_generation_status_response_200 import (
    CheckPhotolookGenerationStatusResponse200,
)
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    generation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/photo_avatar/generation/{generation_id}".format(
            generation_id=quote(str(generation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckPhotolookGenerationStatusResponse200 | V2Error | None:
    if response.status_code == 200:
        response_200 = CheckPhotolookGenerationStatusResponse200.from_dict(
            response.json()
        )

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
) -> Response[CheckPhotolookGenerationStatusResponse200 | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CheckPhotolookGenerationStatusResponse200 | V2Error]:
    """Check photo/look generation status

     Check photo/look generation status

    Args:
        generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckPhotolookGenerationStatusResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        generation_id=generation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CheckPhotolookGenerationStatusResponse200 | V2Error | None:
    """Check photo/look generation status

     Check photo/look generation status

    Args:
        generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckPhotolookGenerationStatusResponse200 | V2Error
    """

    return sync_detailed(
        generation_id=generation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CheckPhotolookGenerationStatusResponse200 | V2Error]:
    """Check photo/look generation status

     Check photo/look generation status

    Args:
        generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckPhotolookGenerationStatusResponse200 | V2Error]
    """

    kwargs = _get_kwargs(
        generation_id=generation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CheckPhotolookGenerationStatusResponse200 | V2Error | None:
    """Check photo/look generation status

     Check photo/look generation status

    Args:
        generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckPhotolookGenerationStatusResponse200 | V2Error
    """

    return (
        await asyncio_detailed(
            generation_id=generation_id,
            client=client,
        )
    ).parsed
