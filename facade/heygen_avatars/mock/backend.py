"""The mock's model layer: state plus HeyGen's rules, independent of HTTP (moto's models/responses split).

Handlers (the `api_*` modules, `storage`) parse requests, call these methods and render HeyGen's JSON.
Rule violations raise `ApiError` with HeyGen's status and code.
"""

from __future__ import annotations

from ._backend_base import Options
from ._rules_assets import DirectUploadRules
from ._rules_v2 import PhotoAvatarRules
from ._rules_v3 import AvatarRules
from ._rules_webhooks import WebhookRules

__all__ = ["Backend", "Options"]


class Backend(PhotoAvatarRules, AvatarRules, DirectUploadRules, WebhookRules):
    """Every resource of the mock and every rule HeyGen applies to it. Time comes from `clock`."""
