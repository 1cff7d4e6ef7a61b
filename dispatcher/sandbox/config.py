"""Sandbox settings and the typed keys under which the app stores them."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from .catalog import Catalog
from .storage import Storage

STATUSES = ("open", "closed")


@dataclass(frozen=True)
class SandboxConfig:
    api_key: str
    jurisdiction_id: str
    token_delay: float  # seconds before a batch token resolves into a service_request_id
    catalog: Catalog


CONFIG = web.AppKey("config", SandboxConfig)
STORAGE = web.AppKey("storage", Storage)
