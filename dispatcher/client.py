"""Async Open311 GeoReport v2 client.

One class, one injected `aiohttp.ClientSession`, and one `_request` method that maps every failure into
`dispatcher.errors` (RetryableError / PermanentError / CitizenInputError). The api_key is sent only in
POST bodies and is scrubbed from every exception message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, NoReturn, TypeVar
from urllib.parse import quote, urlencode

import aiohttp

from nlp.types import Service

from .errors import CitizenInputError, Open311Error, PermanentError, RetryableError
from .models import (
    AttributeDef,
    Discovery,
    RequestStatus,
    RequestUpdate,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)
from .parsing import (
    BodyFormatError,
    ShapeError,
    decode_body,
    error_document,
    is_citizen_error,
    parse_definition,
    parse_discovery,
    parse_errors,
    parse_requests,
    parse_services,
    parse_submit,
    parse_token,
    parse_updates,
)

__all__ = [
    "AttributeDef",
    "Discovery",
    "RequestUpdate",
    "Open311Client",
    "RequestStatus",
    "ServiceDefinition",
    "ServiceRequest",
    "SubmitResult",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")

IDS_PER_QUERY = 50  # GET requests?service_request_id=a,b,... is split to keep URLs short
MAX_PAGES = 20  # pages of GET requests searched for a reference
MAX_SPAN = timedelta(days=90)  # the spec's default (and many servers' maximum) date range
_CONTENT_TYPES = {"json": "application/json", "xml": "text/xml"}
Format = Literal["json", "xml", "auto"]
DateStyle = Literal["offset", "z", "naive"]


def reference_pattern(ref: str) -> re.Pattern[str]:
    """Finds `[relay311 ref R-XXXXX]` in a description, whatever the server did to the whitespace."""
    return re.compile(rf"relay311\s+ref\s+{re.escape(ref)}(?![\w-])", re.IGNORECASE)


class Open311Client:
    """Talks to one GeoReport v2 endpoint.

    `base_url` is the endpoint base: "/services.json", "/requests.xml", "/tokens/{t}.json" are
    appended to it. `jurisdiction_id` is sent with every call when given.

    `format="auto"` negotiates: a discovery document that lists the endpoint's formats is honoured,
    otherwise JSON is tried and XML (the spec's required format) used when JSON is refused. The outcome
    is reported once to `on_format`, so the caller can remember it for the endpoint.
    `date_style` is how dates are written in queries: "offset" (+00:00, the default: some servers
    refuse "Z"), "z", or "naive" (UTC without an offset, for servers that refuse offsets).
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        *,
        api_key: str | None = None,
        jurisdiction_id: str | None = None,
        format: Format = "json",
        timeout: float = 30.0,
        date_style: DateStyle = "offset",
        on_format: Callable[[str], None] | None = None,
    ) -> None:
        if format not in ("json", "xml", "auto"):
            raise ValueError(f"format must be 'json', 'xml' or 'auto', not {format!r}")
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key or None
        self._jurisdiction_id = jurisdiction_id or None
        self._format: Literal["json", "xml"] = "json" if format == "auto" else format
        self._negotiating = format == "auto"
        self._on_format = on_format
        self._timeout = timeout
        self._date_style = date_style

    @property
    def format(self) -> str:
        """ "json" or "xml"; "auto" while not yet negotiated."""
        return "auto" if self._negotiating else self._format

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float:
        return self._timeout

    def __repr__(self) -> str:
        return f"Open311Client({self._base_url!r}, format={self.format!r})"

    # --- public API --------------------------------------------------------------------------------

    async def negotiate(self) -> str:
        """Settle the format now (see the class docstring) and return it."""
        if not self._negotiating:
            return self._format
        try:
            discovery = await self.discovery()
        except Open311Error:
            discovery = None
        formats = discovery.formats_for(self._base_url) if discovery else ()
        if formats:
            self._settle("json" if "json" in formats else "xml")
        else:
            await self.services()
        return self._format

    async def discovery(self) -> Discovery:
        """GET discovery at the endpoint base, or else one level up (where most servers keep it)."""
        try:
            data = await self._request("GET", "discovery")
        except PermanentError:
            parent = self._base_url.rsplit("/", 1)[0]
            if "://" not in parent or parent.endswith(":/"):
                raise
            data = await self._request("GET", "discovery", base=parent)
        return self._parse("GET discovery", parse_discovery, data)

    async def services(self) -> list[Service]:
        data = await self._request("GET", "services")
        return self._parse("GET services", parse_services, data)

    async def service_definition(self, service_code: str) -> ServiceDefinition:
        data = await self._request("GET", f"services/{quote(service_code, safe='')}")
        return self._parse("GET services/{code}", lambda d: parse_definition(d, service_code), data)

    async def submit(self, request: ServiceRequest) -> SubmitResult:
        """POST requests. Raises CitizenInputError without calling the server when no location is given."""
        has_point = request.lat is not None and request.long is not None
        if (request.lat is None) != (request.long is None):
            raise CitizenInputError("lat and long must be given together")
        if not has_point and not (request.address_string or "").strip():
            raise CitizenInputError("a location is required: lat and long, or an address")
        data = await self._request("POST", "requests", form=self._form(request))
        return self._parse("POST requests", parse_submit, data, posted=True)

    async def request_id_from_token(self, token: str) -> str | None:
        """The service_request_id behind a batch token, or None while the server has not assigned one."""
        data = await self._request("GET", f"tokens/{quote(token, safe='')}")
        return self._parse("GET tokens/{token}", parse_token, data)

    async def requests(self, ids: Sequence[str]) -> list[RequestStatus]:
        """GET requests?service_request_id=a,b,c (in chunks). Unknown ids are simply absent."""
        unique = list(dict.fromkeys(i for i in ids if i))
        result: list[RequestStatus] = []
        for start in range(0, len(unique), IDS_PER_QUERY):
            chunk = unique[start : start + IDS_PER_QUERY]
            data = await self._request("GET", "requests", params={"service_request_id": ",".join(chunk)})
            result.extend(self._parse("GET requests", parse_requests, data))
        return result

    async def find_by_reference(
        self, ref: str, *, service_code: str | None, since: datetime, until: datetime
    ) -> RequestStatus | None:
        """The request whose description carries `[relay311 ref {ref}]`, requested in [since, until].

        Searches GET requests (by date window and service_code, page after page while the server gives
        new ones). None means the server does not have it; an Open311Error means we could not tell.
        """
        pattern = reference_pattern(ref)
        since, until = since.astimezone(UTC), until.astimezone(UTC)
        since = max(since, until - MAX_SPAN)
        params = {"start_date": self._date(since), "end_date": self._date(until)}
        if service_code:
            params["service_code"] = service_code
        seen: set[str] = set()
        for page in range(1, MAX_PAGES + 1):
            query = params if page == 1 else {**params, "page": str(page)}
            data = await self._request("GET", "requests", params=query)
            found = self._parse("GET requests", parse_requests, data)
            for status in found:
                if pattern.search(status.description):
                    return status
            new = {status.service_request_id for status in found} - seen
            if not new:
                return None
            seen |= new
        return None

    async def service_request_updates(self, start: datetime, end: datetime) -> list[RequestUpdate]:
        """mySociety's GET servicerequestupdates between two times (FixMyStreet's extension)."""
        params = {"start_date": self._date(start), "end_date": self._date(end)}
        data = await self._request("GET", "servicerequestupdates", params=params)
        return self._parse("GET servicerequestupdates", parse_updates, data)

    async def requests_updated_after(self, since: datetime) -> list[RequestStatus]:
        """GET requests?updated_after= (GeoReport v2.1 draft, Chicago): every request changed since."""
        data = await self._request("GET", "requests", params={"updated_after": self._date(since)})
        return self._parse("GET requests", parse_requests, data)

    # --- plumbing ----------------------------------------------------------------------------------

    def _date(self, value: datetime) -> str:
        value = value.astimezone(UTC).replace(microsecond=0)
        if self._date_style == "naive":
            return value.replace(tzinfo=None).isoformat()
        text = value.isoformat()
        return text.replace("+00:00", "Z") if self._date_style == "z" else text

    def _settle(self, fmt: Literal["json", "xml"]) -> None:
        self._format, self._negotiating = fmt, False
        logger.info("open311 %s speaks %s", self._base_url, fmt.upper())
        if self._on_format is not None:
            self._on_format(fmt)

    def _form(self, request: ServiceRequest) -> list[tuple[str, str]]:
        form: list[tuple[str, str]] = []
        if self._api_key:
            form.append(("api_key", self._api_key))
        if self._jurisdiction_id:
            form.append(("jurisdiction_id", self._jurisdiction_id))
        form.append(("service_code", request.service_code))
        if request.lat is not None and request.long is not None:
            form += [("lat", repr(float(request.lat))), ("long", repr(float(request.long)))]
        optional = {
            "address_string": request.address_string,
            "email": request.email,
            "device_id": request.device_id,
            "account_id": request.account_id,
            "first_name": request.first_name,
            "last_name": request.last_name,
            "phone": request.phone,
            "description": request.description,
            "media_url": request.media_url,
        }
        form += [(name, value) for name, value in optional.items() if value]
        for code, value in request.attributes.items():
            if isinstance(value, str):
                form.append((f"attribute[{code}]", value))
            else:
                form += [(f"attribute[{code}][]", item) for item in value]
        return form

    def _redact(self, message: str) -> str:
        """Replace the api_key (plain or URL-encoded) wherever it stands as a whole token."""
        if self._api_key:
            for form in {self._api_key, quote(self._api_key, safe=""), quote(self._api_key)}:
                message = re.sub(rf"(?<![\w-]){re.escape(form)}(?![\w-])", "***", message)
        return message

    def _fail(self, error: Open311Error) -> NoReturn:
        error.message = self._redact(error.message)
        error.args = (error.message,)
        logger.info("open311 %s: %s", type(error).__name__, error.message)
        raise error

    def _parse(self, what: str, parser: Callable[[Any], T], data: Any, *, posted: bool = False) -> T:
        try:
            return parser(data)
        except ShapeError as exc:
            message = f"{what}: unexpected answer from the server: {exc}"
            if posted:
                self._fail(RetryableError(message + "; the request may have been created", sent=True))
            self._fail(PermanentError(message))

    async def _request(
        self,
        method: Literal["GET", "POST"],
        path: str,
        *,
        params: dict[str, str] | None = None,
        form: list[tuple[str, str]] | None = None,
        base: str | None = None,
    ) -> Any:
        """Call `{base_url}/{path}.{format}` and return the decoded body, or raise an Open311Error.

        While negotiating, a GET refused in JSON is repeated in XML, and the format that worked is kept;
        a POST first negotiates with a GET (a POST is never sent twice to find the format)."""
        if not self._negotiating:
            return await self._call(method, path, self._format, params=params, form=form, base=base)
        if method == "POST":
            await self.negotiate()
            return await self._call(method, path, self._format, params=params, form=form, base=base)
        try:
            data = await self._call(method, path, "json", params=params, form=form, base=base)
        except CitizenInputError:
            raise
        except PermanentError as json_error:
            try:
                data = await self._call(method, path, "xml", params=params, form=form, base=base)
            except Open311Error:
                raise json_error from None
            if path != "discovery":
                self._settle("xml")
            return data
        if path != "discovery":
            self._settle("json")
        return data

    async def _call(
        self,
        method: Literal["GET", "POST"],
        path: str,
        fmt: Literal["json", "xml"],
        *,
        params: dict[str, str] | None = None,
        form: list[tuple[str, str]] | None = None,
        base: str | None = None,
    ) -> Any:
        base_url = base or self._base_url
        url = f"{base_url}/{path}.{fmt}"
        what = f"{method} {path}"
        posting = method == "POST"
        query = dict(params or {})
        headers = {"Accept": _CONTENT_TYPES[fmt]}
        body: bytes | None = None
        if posting:
            body = urlencode(form or []).encode("utf-8")
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        elif self._jurisdiction_id:
            query["jurisdiction_id"] = self._jurisdiction_id
        try:
            async with self._session.request(
                method,
                url,
                params=query or None,
                data=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self._timeout),
                allow_redirects=not posting,  # a redirected POST would turn into a GET and lose the body
            ) as response:
                status = response.status
                content_type = response.headers.get("Content-Type", "")
                payload = await response.read()
        except aiohttp.ConnectionTimeoutError:
            self._fail(RetryableError(f"{what}: timed out connecting to {self._base_url}", sent=False))
        except TimeoutError:
            self._fail(RetryableError(f"{what}: no answer within {self._timeout:g} s", sent=posting))
        except aiohttp.ClientConnectorError as exc:
            self._fail(RetryableError(f"{what}: cannot connect to {self._base_url}: {exc}", sent=False))
        except aiohttp.InvalidURL:
            self._fail(PermanentError(f"{what}: invalid endpoint URL {self._base_url!r}"))
        except aiohttp.ClientError as exc:
            self._fail(RetryableError(f"{what}: connection failed: {type(exc).__name__}", sent=posting))
        logger.debug("open311 %s -> HTTP %s", what, status)
        return self._check(what, status, content_type, payload, posting)

    def _check(self, what: str, status: int, content_type: str, payload: bytes, posting: bool) -> Any:
        """Decode a 2xx body, or map an error status (and any spec error body) to an exception."""
        errors: list[tuple[str, str]] = []
        kind = "an unexpected body"
        shown = f"HTTP {status}"
        try:
            data = decode_body(payload, content_type)
        except BodyFormatError as exc:
            kind = exc.kind
            if 200 <= status < 300:
                message = f"{what}: HTTP {status} with {kind} instead of an Open311 answer"
                if posting:
                    self._fail(RetryableError(message + "; the request may have been created", sent=True))
                self._fail(PermanentError(message, code=status))
        else:
            if 200 <= status < 300:
                errors = error_document(data)
                if not errors:
                    return data
                shown = f"HTTP {status} with an error document"
                status = 400  # some servers send their error documents with 200 OK: treat as a 400
            else:
                errors = parse_errors(data)
        if errors:
            detail = "; ".join(_describe(code, desc) for code, desc in errors)
            code = next((int(c) for c, _ in errors if c.isdigit()), status)
        else:
            detail = f"{kind}, not an Open311 error document"
            code = status
        message = f"{what}: {shown}: {detail}"

        if status >= 500:
            self._fail(RetryableError(message, code=code, sent=posting))
        if status in (408, 429):  # the server refused before processing
            self._fail(RetryableError(message, code=code, sent=False))
        if 300 <= status < 400:
            self._fail(PermanentError(f"{what}: HTTP {status} redirect; check the endpoint URL", code=status))
        if status in (401, 403):
            refused = f"{what}: api_key missing or refused: HTTP {status}: {detail}"
            self._fail(PermanentError(refused, code=code))
        if status in (400, 422) and errors and all(is_citizen_error(desc) for _, desc in errors):
            self._fail(CitizenInputError(message, code=code))
        self._fail(PermanentError(message, code=code))


def _describe(code: str, description: str, limit: int = 300) -> str:
    description = " ".join(description.split())[:limit] or "(no description)"
    return f"{description} [{code}]" if code else description
