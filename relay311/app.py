"""Wiring: builds the database, Open311 client, channels, workers and web server from a Config."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from channels.base import Channel, ChannelContext, HasLoops
from channels.registry import ChannelConfigError, build_channels
from dispatcher.client import Open311Client
from dispatcher.definitions import Definitions as ServiceDefinitions
from dispatcher.email_route import EmailRoute, SmtpSettings
from dispatcher.endpoints import format_keeper, remembered_format
from dispatcher.outbox import Outbox
from dispatcher.poller import Poller
from nlp import Gazetteer, Service, english
from nlp.catalog_reading import with_keywords
from relay311.config import Config, ConfigError
from relay311.councils import Councils, load_routes, within
from relay311.formatting import channel_max_length
from relay311.geocode import GeocoderChain, bbox_contains
from relay311.intake import Intake
from relay311.messages import TemplateError, Templates
from relay311.replies import QueuedReplies
from relay311.sender import Sender
from relay311.staff import StaffPages
from store.db import create_engine_async, session_factory
from store.migrate import upgrade
from store.work import Loop

log = logging.getLogger("relay311")

CATALOG_REFRESH = 3600.0


def load_gazetteer(spec: str, base: Path | None = None) -> Gazetteer:
    """`builtin:NAME` for a gazetteer shipped with relay311, or the path of a gazetteer file: SQLite (made by
    `relay311 gazetteer import`) or JSON."""
    if spec.startswith("builtin:"):
        name = spec.removeprefix("builtin:")
        try:
            text = resources.files("relay311").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"nlp.gazetteer: no built-in gazetteer {name!r}") from None
    else:
        path = Path(spec) if base is None else base / spec
        from relay311 import gazetteer_store

        if gazetteer_store.is_gazetteer_file(path):  # made by `relay311 gazetteer import`
            try:
                return gazetteer_store.load(path)
            except gazetteer_store.GazetteerFileError as exc:
                raise ConfigError(f"nlp.gazetteer: {exc}") from None
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"nlp.gazetteer: cannot read {path}: {exc.strerror}") from None
    try:
        data: dict[str, Any] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"nlp.gazetteer: {spec} is not valid JSON: {exc}") from None
    return Gazetteer.from_dict(data)


CatalogGetter = Callable[[], Sequence[Service]]


def load_catalog_view(
    model: str, keywords: Mapping[str, tuple[str, ...]] | None = None
) -> Callable[[CatalogGetter], CatalogGetter]:
    """How extraction sees a council's catalog: with `[nlp] keywords` added to their services, and with
    `[nlp] model` set, with the trained classifier attached."""
    added: Callable[[CatalogGetter], CatalogGetter] = (
        (lambda get: keyword_view(get, keywords)) if keywords else (lambda get: get)
    )
    if not model:
        return added
    from relay311.train import load_model

    classifier = load_model(Path(model))

    def view(get: CatalogGetter) -> CatalogGetter:
        inner = added(get)
        return lambda: classifier.attach(inner())

    return view


def keyword_view(get: CatalogGetter, keywords: Mapping[str, tuple[str, ...]]) -> CatalogGetter:
    """`get`, with the configured keywords added; the same services come back while the catalog is
    unchanged, so the catalog's index is built once, not per message."""
    last: list[tuple[Sequence[Service], list[Service]]] = []

    def catalog() -> Sequence[Service]:
        services = get()
        if last and last[0][0] is services:
            return last[0][1]
        out = with_keywords(services, keywords)
        last[:] = [(services, out)]
        return out

    return catalog


@dataclass
class Catalog:
    """The council's service list: a cache of the endpoint's GET services, refreshed hourly."""

    client: Open311Client
    services: list[Service] = field(default_factory=list)
    loaded_at: float = 0.0
    fixed: bool = False  # the catalog came from the configuration: never fetched

    def get(self) -> list[Service]:
        return self.services

    async def refresh(self) -> int:
        if self.fixed:
            return 0
        now = asyncio.get_running_loop().time()
        if self.services and now - self.loaded_at < CATALOG_REFRESH:
            return 0
        services = await self.client.services()
        if not services:
            raise RuntimeError("the Open311 endpoint returned an empty service list")
        first = not self.services
        self.services, self.loaded_at = services, now
        if first:
            log.info("loaded %d services from the Open311 endpoint", len(services))
        return 0


class App:
    def __init__(self, config: Config, *, gazetteer: Gazetteer | None = None) -> None:
        self.config = config
        self.gazetteer = gazetteer or load_gazetteer(config.nlp.gazetteer)
        self.geocoder: GeocoderChain | None = None
        self.catalog_view = load_catalog_view(config.nlp.model, config.nlp.keyword_lists())
        self.engine: AsyncEngine | None = None
        self.http: aiohttp.ClientSession | None = None
        self.runner: web.AppRunner | None = None
        self.loops: dict[str, Loop] = {}
        self.channels: dict[str, Channel] = {}
        self.sessions: async_sessionmaker[AsyncSession] | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        return f"http://{self.config.web.host}:{self.port}"

    async def start(self, *, migrate: bool = True) -> None:
        cfg = self.config
        if migrate:
            await asyncio.to_thread(upgrade, cfg.database.url)
        self.engine = create_engine_async(cfg.database.url)
        self.sessions = sessions = session_factory(self.engine)
        self.http = aiohttp.ClientSession()
        try:
            councils = await asyncio.to_thread(load_routes, cfg)
            templates = await asyncio.to_thread(Templates.load, cfg.messages.templates_dir or None)
            await asyncio.to_thread(english.load)  # the spelling word list, read once, off the event loop
        except (ConfigError, TemplateError) as exc:
            await self.stop()
            raise ConfigError(str(exc)) from None

        def max_length(channel: str) -> int | None:
            return channel_max_length(self.channels.get(channel))

        replies = QueuedReplies(
            cfg.council.name,
            templates,
            max_length,
            titles={council.name: council.title for council in councils},
            close_after_minutes=cfg.conversation.close_after_minutes,
        )
        loops = self.loops
        # one council (the single [open311] section): the workers keep their plain names
        single = len(councils.councils) == 1
        senders: list[str] = []  # the loops that submit reports: woken when the intake queues one
        for council in councils:
            suffix = "" if single else f":{council.name}"
            route = council.config
            if route.email is not None:
                council.catalog = self.catalog_view(_fixed(council.services or []))
                email = route.email
                smtp = SmtpSettings(
                    host=email.smtp_host,
                    port=email.port(),
                    security=email.smtp_security,
                    user=email.smtp_user,
                    password=email.smtp_password(),
                    timeout=email.timeout,
                    from_address=email.from_address,
                    from_name=email.from_name,
                    to=tuple(email.to),
                )
                mailer = EmailRoute(
                    sessions, smtp, replies, council.name, council.title, max_attempts=email.max_attempts
                )
                loops[f"email{suffix}"] = Loop(f"email{suffix}", mailer.step, interval=2.0, log=log)
                senders.append(f"email{suffix}")
                continue
            assert route.url is not None
            client = Open311Client(
                self.http,
                route.url,
                api_key=route.api_key(),
                jurisdiction_id=route.jurisdiction_id,
                format=await remembered_format(sessions, council.name, route.format),
                timeout=route.timeout,
                date_style=route.date_style,
                on_format=format_keeper(sessions, council.name),
            )
            catalog = Catalog(client, list(council.services or []), fixed=council.services is not None)
            # the one cache of this endpoint's service definitions: the conversation asks from it and
            # the outbox checks against it just before the POST
            council.definitions = ServiceDefinitions(client, catalog.get)
            council.catalog = self.catalog_view(catalog.get)
            outbox = Outbox(
                sessions,
                client,
                replies,
                council.name,
                max_attempts=route.max_attempts,
                poll_interval=route.poll_interval,
                definitions=council.definitions,
                reference_attribute=route.reference_attribute,
            )
            poller = Poller(
                sessions,
                client,
                replies,
                interval=route.poll_interval,
                endpoint=council.name,
                strategy=route.status_updates,
            )
            loops[f"catalog{suffix}"] = Loop(f"catalog{suffix}", catalog.refresh, interval=60.0, log=log)
            loops[f"outbox{suffix}"] = Loop(f"outbox{suffix}", outbox.step, interval=2.0, log=log)
            loops[f"poller{suffix}"] = Loop(
                f"poller{suffix}", poller.step, interval=min(5.0, route.poll_interval), log=log
            )
            senders.append(f"outbox{suffix}")
        first = councils.councils[0]
        everywhere = single and first.area is None  # the single [open311] endpoint: no routing at all

        def queued() -> None:
            for name in senders:
                loops[name].wake()

        intake = Intake(
            sessions,
            first.catalog,
            self.gazetteer,
            first.name,
            min_confidence=cfg.nlp.min_confidence,
            min_margin=cfg.nlp.min_margin,
            on_queued=queued,
            templates=templates,
            definitions=first.definitions,
            settings=cfg.conversation,
            council=cfg.council.name,
            default_language=cfg.messages.default_language,
            max_length=max_length,
            councils=None if everywhere else councils,
            geocoder=self._geocoder(sessions, councils),
        )
        loops["intake"] = Loop("intake", intake.step, interval=1.0, log=log)
        loops["conversations"] = Loop("conversations", intake.close_idle, interval=30.0, log=log)
        context = ChannelContext(
            sessions=sessions,
            http=self.http,
            public_url=cfg.web.public_url.rstrip("/"),
            received=lambda: loops["intake"].wake(),
        )
        try:
            self.channels = build_channels(cfg.channels, context)
        except ChannelConfigError as exc:
            await self.stop()
            raise ConfigError(str(exc)) from None
        sender = Sender(sessions, self.channels)
        loops["sender"] = Loop("sender", sender.step, interval=1.0, log=log)
        # wake the sender whenever the other workers may have queued replies
        for name, loop in loops.items():
            if name.split(":")[0] in ("intake", "outbox", "poller", "conversations", "email"):
                loop.step = _then(loop.step, loops["sender"].wake)

        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_get("/", self._index)
        app.router.add_get("/healthz", self._health)
        app.add_routes(StaffPages(sessions, cfg.web.staff_password()).routes())
        for channel in self.channels.values():
            app.add_routes(channel.routes())
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, cfg.web.host, cfg.web.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        for channel in self.channels.values():
            await channel.start()
        for loop in loops.values():
            loop.start()
        log.info("relay311 listening on %s", self.url)

    def _geocoder(
        self, sessions: async_sessionmaker[AsyncSession], councils: Councils
    ) -> GeocoderChain | None:
        """The online geocoders of `[[nlp.geocoders]]`; None when none. An answer must lie within the
        gazetteer's area and, when every council has a boundary, inside one of them."""
        nlp = self.config.nlp
        if not nlp.geocoders:
            return None
        from relay311 import gazetteer_store

        path = Path(nlp.gazetteer)
        box = gazetteer_store.bbox(path) if gazetteer_store.is_gazetteer_file(path) else None
        contains = within(bbox_contains(box) if box else None, councils)
        self.geocoder = GeocoderChain.from_config(
            nlp, self.gazetteer, contains=contains, sessions=sessions, bbox=box
        )
        return self.geocoder

    async def stop(self) -> None:
        for loop in self.loops.values():
            await loop.stop()
        if self.geocoder is not None:
            await self.geocoder.aclose()
        for channel in self.channels.values():
            await channel.stop()
        if self.runner is not None:
            await self.runner.cleanup()
        if self.http is not None:
            await self.http.close()
        if self.engine is not None:
            await self.engine.dispose()

    async def _index(self, request: web.Request) -> web.Response:
        links = '<li><a href="/chat">web chat</a></li>' if "webchat" in self.channels else ""
        html = (
            f"<!doctype html><title>relay311</title><h1>relay311 for {self.config.council.name}</h1>"
            f"<ul>{links}<li><a href='/healthz'>health</a></li></ul>"
        )
        return web.Response(text=html, content_type="text/html")

    def all_loops(self) -> dict[str, Loop]:
        """The application's own loops, and the channels' listeners as `channels.<name>/<loop name>`."""
        found = dict(self.loops)
        for channel_name, channel in self.channels.items():
            if isinstance(channel, HasLoops):
                for loop in channel.loops():
                    found[f"channels.{channel_name}/{loop.name}"] = loop
        return found

    async def _health(self, request: web.Request) -> web.Response:
        failing = sorted(name for name, loop in self.all_loops().items() if loop.failures)
        status = 200 if not failing else 503
        return web.json_response({"ok": not failing, "failing": failing}, status=status)


def _fixed(services: list[Service]) -> CatalogGetter:
    """The getter of a catalog given in the configuration (an email-route council's)."""
    return lambda: services


def _then(step: Any, after: Any) -> Any:
    async def wrapped() -> int:
        handled: int = await step()
        if handled:
            after()
        return handled

    return wrapped
