"""Service definitions for `metadata=true` services: fetched on demand and cached like the catalog.

Only metadata services have a definition; for the others `get` answers None without a call. The cache is
a cache of GET answers (as the catalog is), never state: losing it costs one request. It is the one cache
of definitions per endpoint: the conversation asks the citizen from it (`known()`) and the outbox checks
against it just before the POST, so a definition refreshed by either is what the other sees.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from nlp.types import Service

from .client import Open311Client
from .models import ServiceDefinition

TTL = 3600.0


@dataclass
class Definitions:
    client: Open311Client
    catalog: Callable[[], Sequence[Service]] | None = None  # the app's catalog; fetched here when None
    ttl: float = TTL
    clock: Callable[[], float] = time.monotonic
    _definitions: dict[str, tuple[float, ServiceDefinition]] = field(default_factory=dict)
    _services: tuple[float, list[Service]] | None = None

    async def _service(self, code: str) -> Service | None:
        services = list(self.catalog()) if self.catalog is not None else []
        found = next((s for s in services if s.code == code), None)
        if found is not None:
            return found
        now = self.clock()
        if self._services is None or now - self._services[0] > self.ttl:
            self._services = (now, await self.client.services())
        return next((s for s in self._services[1] if s.code == code), None)

    def known(self) -> dict[str, ServiceDefinition]:
        """The definitions cached and still fresh, by service code (no I/O)."""
        now = self.clock()
        return {code: d for code, (at, d) in self._definitions.items() if now - at <= self.ttl}

    async def get(self, service_code: str) -> ServiceDefinition | None:
        """The definition when the service has metadata; None otherwise. Raises Open311Error."""
        service = await self._service(service_code)
        if service is None or not service.metadata:
            return None
        cached = self._definitions.get(service_code)
        now = self.clock()
        if cached is not None and now - cached[0] <= self.ttl:
            return cached[1]
        definition = await self.client.service_definition(service_code)
        self._definitions[service_code] = (now, definition)
        return definition
