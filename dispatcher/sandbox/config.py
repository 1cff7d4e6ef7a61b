"""Sandbox settings and the typed keys under which the app stores them."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from .catalog import Catalog
from .profiles import Profile
from .storage import Storage

STATUSES = ("open", "closed")
# what staff may set: the spec's two, and FixMyStreet's states (told through servicerequestupdates)
CLOSED_STATUSES = ("closed", "fixed", "duplicate", "not_councils_responsibility", "no_further_action")
STAFF_STATUSES = ("open", "investigating", "action_scheduled", "in_progress", *CLOSED_STATUSES)


@dataclass(frozen=True)
class SandboxConfig:
    api_key: str
    jurisdiction_id: str
    token_delay: float  # seconds before a batch token resolves into a service_request_id
    catalog: Catalog
    profile: Profile = field(default_factory=Profile)


CONFIG = web.AppKey("config", SandboxConfig)
STORAGE = web.AppKey("storage", Storage)
