"""The sandbox: a spec-conformant GeoReport v2 server for demos and tests.

Routes (each in .json and .xml): discovery, services, services/{code}, POST requests, GET requests,
requests/{id}, tokens/{token}. Staff pages are under /staff (see staff.py).
"""

from __future__ import annotations

import hmac
import html
import re
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta

from aiohttp import web
from multidict import MultiDict

from .catalog import load_catalog
from .config import CONFIG, STATUSES, STORAGE, SandboxConfig
from .formats import error_response, render, spec_request, spec_update
from .profiles import Profile, profile_middleware
from .staff import add_staff_routes
from .storage import Storage, utc_now
from .submission import Rejection, build_request

FMT = "{fmt:(?:json|xml)}"
MAX_SPAN = timedelta(days=90)
_OFFSET_AS_SPACE = re.compile(r" (\d{2}:?\d{2})$")  # an unencoded "+" in a query string arrives as " "

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def spec_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn a Rejection into the spec's error document, in the format the URL asked for."""
    try:
        return await handler(request)
    except Rejection as rejection:
        return error_response(rejection.status, rejection.errors, request.match_info.get("fmt", "xml"))


def _config(request: web.Request) -> SandboxConfig:
    config = request.app[CONFIG]
    value = request.query.get("jurisdiction_id", "").strip()
    _check_jurisdiction(config, value)
    return config


def _check_jurisdiction(config: SandboxConfig, value: str) -> None:
    if value and value != config.jurisdiction_id:
        raise Rejection(404, [(404, f"jurisdiction_id {value!r} was not found")])


def _split(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _date(request: web.Request, name: str) -> datetime | None:
    raw = _OFFSET_AS_SPACE.sub(r"+\1", request.query.get(name, "").strip())
    if not raw:
        return None
    no_tz = "no-tz" in request.app[CONFIG].profile
    if no_tz and raw.endswith(("Z", "z")):
        raise Rejection(400, [(400, f"{name}: invalid date {raw!r}")])
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        value = None
    if value is not None and value.tzinfo is None and no_tz:
        value = value.replace(tzinfo=UTC)
    if value is None or value.tzinfo is None:
        message = f"{name} must be a w3 format date and time with a timezone, e.g. 2010-01-01T00:00:00Z"
        raise Rejection(400, [(400, message)])
    return value


async def discovery(request: web.Request) -> web.Response:
    config = request.app[CONFIG]
    base = str(request.url.with_query(None)).rsplit("/discovery.", 1)[0]
    changeset = config.catalog.changeset
    data = {
        "changeset": changeset,
        "contact": f"{config.catalog.jurisdiction_name} Open311 sandbox (relay311). Staff page: {base}/staff",
        "key_service": "The api_key is chosen by whoever started the sandbox.",
        "endpoints": [
            {
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": base,
                "changeset": changeset,
                "type": "test",
                "formats": ["text/xml"] if "xml-only" in config.profile else ["text/xml", "application/json"],
            }
        ],
    }
    return render(data, "discovery", request.match_info["fmt"])


async def services(request: web.Request) -> web.Response:
    config = _config(request)
    return render([s.spec for s in config.catalog.services], "services", request.match_info["fmt"])


async def service_definition(request: web.Request) -> web.Response:
    config = _config(request)
    code = request.match_info["code"]
    service = config.catalog.get(code)
    if service is None:
        raise Rejection(404, [(404, f"service_code {code!r} was not found")])
    data = {"service_code": service.code, "attributes": list(service.attributes)}
    return render(data, "service_definition", request.match_info["fmt"])


async def post_request(request: web.Request) -> web.Response:
    config = request.app[CONFIG]
    posted = await request.post()
    form = MultiDict((key, value) for key, value in posted.items() if isinstance(value, str))
    _check_jurisdiction(config, form.get("jurisdiction_id", "").strip())
    api_key = form.get("api_key", "")
    if not api_key:
        raise Rejection(403, [(403, "api_key was not provided -- can't proceed with create_request.")])
    if not hmac.compare_digest(api_key.encode(), config.api_key.encode()):
        raise Rejection(403, [(403, "Invalid api_key received -- can't proceed with create_request.")])
    code = form.get("service_code", "").strip()
    if not code:
        raise Rejection(400, [(400, "service_code was not provided")])
    service = config.catalog.get(code)
    if service is None:
        raise Rejection(404, [(404, f"service_code {code!r} was not found")])
    new = build_request(form, service)
    storage = request.app[STORAGE]
    answer: dict[str, str | None]
    if service.type == "batch" or "token" in config.profile:
        stored = await storage.create(new, token_delay=config.token_delay)
        answer = {"token": stored.token, "service_notice": stored.service_notice or None}
    else:
        stored = await storage.create(new)
        answer = {
            "service_request_id": stored.service_request_id,
            "service_notice": stored.service_notice or None,
        }
    answer["account_id"] = stored.account_id or None
    return render([answer], "service_requests", request.match_info["fmt"])


async def get_requests(request: web.Request) -> web.Response:
    _config(request)
    query = request.query
    ids = _split(query.getall("service_request_id", []))
    statuses = [s.lower() for s in _split(query.getall("status", []))]
    if any(s not in STATUSES for s in statuses):
        raise Rejection(400, [(400, "status must be open or closed (comma separated)")])
    start, end = _date(request, "start_date"), _date(request, "end_date")
    if not ids:
        if start is None:
            end = end or utc_now()
            start = end - MAX_SPAN
        elif end is None:
            end = start + MAX_SPAN
        if start > end:
            raise Rejection(400, [(400, "start_date is after end_date")])
        if end - start > MAX_SPAN:
            raise Rejection(400, [(400, "start_date and end_date may not span more than 90 days")])
    rows = await request.app[STORAGE].query(
        ids=ids,
        service_codes=_split(query.getall("service_code", [])),
        statuses=statuses,
        start=start,
        end=end,
    )
    no_tz = "no-tz" in request.app[CONFIG].profile
    return render([spec_request(r, no_tz=no_tz) for r in rows], "service_requests", request.match_info["fmt"])


async def get_updates(request: web.Request) -> web.Response:
    """mySociety's GET servicerequestupdates (start_date and end_date, at most 90 days apart)."""
    config = _config(request)
    end = _date(request, "end_date") or utc_now()
    start = _date(request, "start_date") or end - timedelta(days=1)
    if start > end or end - start > MAX_SPAN:
        raise Rejection(400, [(400, "start_date must be before end_date, at most 90 days apart")])
    rows = await request.app[STORAGE].updates(start, end)
    data = [spec_update(u, no_tz="no-tz" in config.profile) for u in rows]
    return render(data, "service_request_updates", request.match_info["fmt"])


async def get_request(request: web.Request) -> web.Response:
    _config(request)
    request_id = request.match_info["request_id"]
    rows = await request.app[STORAGE].query(ids=[request_id])
    if not rows:
        raise Rejection(404, [(404, f"Service request not found with id {request_id}")])
    no_tz = "no-tz" in request.app[CONFIG].profile
    return render([spec_request(r, no_tz=no_tz) for r in rows], "service_requests", request.match_info["fmt"])


async def get_token(request: web.Request) -> web.Response:
    _config(request)
    token = request.match_info["token"]
    stored = await request.app[STORAGE].by_token(token)
    if stored is None:
        raise Rejection(404, [(404, f"Token not found: {token}")])
    answer = {"token": token}
    if stored.service_request_id:
        answer = {"service_request_id": stored.service_request_id, "token": token}
    return render([answer], "service_requests", request.match_info["fmt"])


async def index(request: web.Request) -> web.Response:
    name = html.escape(request.app[CONFIG].catalog.jurisdiction_name)
    links = ["discovery.json", "discovery.xml", "services.json", "services.xml", "requests.json", "staff"]
    items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    page = (
        f"<!doctype html><meta charset=utf-8><title>{name} Open311 sandbox</title>"
        f"<h1>{name}: Open311 sandbox</h1><ul>{items}</ul>"
    )
    return web.Response(text=page, content_type="text/html")


async def _open_storage(app: web.Application) -> None:
    await app[STORAGE].open()


async def _close_storage(app: web.Application) -> None:
    await app[STORAGE].close()


def create_app(
    db_path: str,
    *,
    api_key: str = "sandbox-key",
    jurisdiction_id: str = "demo.town",
    token_delay: float = 2.0,
    profile: Profile | None = None,
    catalog: str | None = None,
) -> web.Application:
    """The sandbox application. `db_path` may be ":memory:". The database is opened on startup.
    `profile` makes it imitate misbehaving servers (see profiles.py); `catalog` (the text of a file like
    catalog.json) replaces the bundled service catalog, e.g. to play a second council."""
    profile = profile or Profile()
    app = web.Application(middlewares=[profile_middleware(profile), spec_errors])
    app[CONFIG] = SandboxConfig(
        api_key=api_key,
        jurisdiction_id=jurisdiction_id,
        token_delay=token_delay,
        catalog=load_catalog(catalog),
        profile=profile,
    )
    app[STORAGE] = Storage(db_path)
    app.on_startup.append(_open_storage)
    app.on_cleanup.append(_close_storage)
    router = app.router
    router.add_get("/", index)
    router.add_get(f"/discovery.{FMT}", discovery)
    router.add_get(f"/services.{FMT}", services)
    router.add_get(f"/services/{{code}}.{FMT}", service_definition)
    router.add_post(f"/requests.{FMT}", post_request)
    router.add_get(f"/requests.{FMT}", get_requests)
    router.add_get(f"/requests/{{request_id}}.{FMT}", get_request)
    router.add_get(f"/tokens/{{token}}.{FMT}", get_token)
    router.add_get(f"/servicerequestupdates.{FMT}", get_updates)
    add_staff_routes(app)
    return app


async def serve(
    host: str,
    port: int,
    db_path: str,
    *,
    api_key: str = "sandbox-key",
    jurisdiction_id: str = "demo.town",
    token_delay: float = 2.0,
    profile: Profile | None = None,
    catalog: str | None = None,
) -> web.AppRunner:
    """Start the sandbox on host:port (0 picks a free port; see `runner.addresses`). Stop with
    `await runner.cleanup()`."""
    app = create_app(
        db_path,
        api_key=api_key,
        jurisdiction_id=jurisdiction_id,
        token_delay=token_delay,
        profile=profile,
        catalog=catalog,
    )
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


def run_forever(
    host: str = "127.0.0.1",
    port: int = 8311,
    db_path: str = "relay311-sandbox.db",
    *,
    api_key: str = "sandbox-key",
    jurisdiction_id: str = "demo.town",
    token_delay: float = 2.0,
    profile: Profile | None = None,
) -> None:
    """Blocking entry point for `relay311 sandbox`: serve until interrupted (Ctrl-C / SIGTERM).
    Prints nothing; the caller announces the address."""
    app = create_app(
        db_path, api_key=api_key, jurisdiction_id=jurisdiction_id, token_delay=token_delay, profile=profile
    )
    web.run_app(app, host=host, port=port, print=None)
