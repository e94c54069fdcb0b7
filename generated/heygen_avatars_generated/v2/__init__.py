"""A client library for accessing HeyGen photo avatars (v2 photo_avatar, with the v1 asset upload)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
