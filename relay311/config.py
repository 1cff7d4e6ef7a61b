"""relay311.toml: one file per council. Secrets are never in it: it names environment variables instead."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from store.db import DEFAULT_URL


class ConfigError(Exception):
    """A problem in the configuration, phrased for the person who edits the file."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CouncilConfig(_Section):
    name: str = "Demo Town Council"


class DatabaseConfig(_Section):
    url: str = DEFAULT_URL


class _Open311Settings(_Section):
    """How relay311 talks to one Open311 endpoint (shared by [open311] and each council)."""

    jurisdiction_id: str | None = None
    api_key_env: str = "RELAY311_OPEN311_API_KEY"
    format: Literal["json", "xml", "auto"] = "json"
    poll_interval: float = Field(default=60.0, gt=0)
    timeout: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(default=8, ge=1)
    # dispatcher: how dates are written in queries, how status changes are fetched, and which
    # free-text attribute (when a service defines it) carries relay311's reference
    date_style: Literal["offset", "z", "naive"] = "offset"
    status_updates: Literal["auto", "requests", "updates"] = "auto"
    reference_attribute: str | None = None

    def api_key(self) -> str | None:
        return (os.environ.get(self.api_key_env) or None) if self.api_key_env else None


class EmailRouteConfig(_Section):
    """Reports for a council without an Open311 endpoint are emailed to it, one message per report."""

    to: list[str] = Field(min_length=1)
    from_address: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    from_name: str = "relay311"
    smtp_host: str = Field(min_length=1)
    smtp_port: int | None = Field(default=None, ge=1, le=65535)  # 587 starttls, 465 tls, 25 none
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_user: str = ""
    smtp_password_env: str = ""
    timeout: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(default=8, ge=1)

    @field_validator("to")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        for address in value:
            if "@" not in address or any(c.isspace() for c in address):
                raise ValueError(f"{address!r} is not an email address")
        return value

    @model_validator(mode="after")
    def _no_clear_password(self) -> EmailRouteConfig:
        loopback = self.smtp_host in ("127.0.0.1", "::1", "localhost")
        if self.smtp_security == "none" and self.smtp_password_env and not loopback:
            raise ValueError(
                "smtp_security = 'none' would send the SMTP password unencrypted; use starttls or tls"
            )
        return self

    def port(self) -> int:
        return self.smtp_port or {"starttls": 587, "tls": 465, "none": 25}[self.smtp_security]

    def smtp_password(self) -> str | None:
        return (os.environ.get(self.smtp_password_env) or None) if self.smtp_password_env else None


class CouncilRouteConfig(_Open311Settings):
    """One council of a deployment serving several: its Open311 endpoint (or email route) and its area."""

    # the council's name as citizens are told it ("... is with North District Council")
    title: str = ""
    url: str | None = Field(default=None, pattern=r"^https?://")
    api_key_env: str = ""  # each council's endpoint has its own key; none when empty
    # GeoJSON Polygon / MultiPolygon / Feature / FeatureCollection: inline, or a file path (relative
    # to the config file); no boundary: every point not inside another council's boundary
    boundary: str | dict[str, Any] | None = None
    # the service catalog (GeoReport services JSON, a file path or inline); required for an email route,
    # optional for an Open311 endpoint (default: its GET services)
    services: str | list[dict[str, Any]] | None = None
    email: EmailRouteConfig | None = None

    @model_validator(mode="after")
    def _route(self) -> CouncilRouteConfig:
        if (self.url is None) == (self.email is None):
            raise ValueError("give either url (an Open311 endpoint) or an [email] route, not both or neither")
        if self.email is not None and self.services is None:
            raise ValueError("an email route needs `services` (the catalog of what citizens can report)")
        if isinstance(self.boundary, dict):
            from relay311.boundaries import BoundaryError, parse_boundary

            try:
                parse_boundary(self.boundary)
            except BoundaryError as exc:
                raise ValueError(f"boundary: {exc}") from None
        return self


class Open311Config(_Open311Settings):
    name: str = "council"
    url: str | None = Field(default=None, pattern=r"^https?://")
    # several councils in one deployment: council name -> its endpoint and boundary (replaces `url`)
    councils: dict[str, CouncilRouteConfig] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_or_many(self) -> Open311Config:
        if self.url is None and not self.councils:
            raise ValueError("give url, or one [open311.councils.NAME] section per council")
        if self.url is not None and self.councils:
            raise ValueError(
                "url and [open311.councils.*] exclude each other: move url into a council section"
            )
        for name in self.councils:
            if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", name):
                raise ValueError(f"council name {name!r}: use 1-64 of a-z 0-9 _ - (it is stored)")
        unbounded = [name for name, council in self.councils.items() if council.boundary is None]
        if len(unbounded) > 1:
            raise ValueError(
                "only one council may have no boundary (it takes every point outside the others): "
                + ", ".join(unbounded)
            )
        return self


class GeocoderConfig(_Section):
    """An online geocoder, tried in order when the gazetteer does not know an address ([[nlp.geocoders]])."""

    kind: Literal["nominatim", "photon", "pelias", "arcgis"]
    url: str = Field(pattern=r"^https?://[^/?#]+")  # the service base, e.g. https://nominatim.example.org
    api_key_env: str = ""  # the environment variable holding its API key (Pelias), if it needs one
    rate_limit: float = Field(default=1.0, gt=0)  # requests per second at most (Nominatim's policy: 1)
    max_wait: float = Field(default=2.0, ge=0)  # seconds a lookup may wait for its turn, else skip it
    timeout: float = Field(default=10.0, gt=0)
    user_agent: str = "relay311"

    @model_validator(mode="after")
    def _key(self) -> GeocoderConfig:
        if self.kind == "arcgis" and self.api_key_env:
            raise ValueError("arcgis: api_key_env is not supported (the public geocoder needs none)")
        return self

    def api_key(self) -> str | None:
        return (os.environ.get(self.api_key_env) or None) if self.api_key_env else None


class NlpConfig(_Section):
    gazetteer: str = "builtin:demo_town"
    min_confidence: float = Field(default=0.35, ge=0, le=1)
    # the best two services scoring closer than this: the citizen is offered the choice
    min_margin: float = Field(default=0.03, ge=0, le=1)
    # a model file made by `relay311 train` (optional); its scores are combined with the zero-shot ones
    model: str = ""
    # online geocoders behind the gazetteer, tried in order (none: offline only); answers are cached
    geocoders: list[GeocoderConfig] = Field(default_factory=list)
    geocode_area: str = ""  # appended to online queries, e.g. "Baltimore, MD"
    geocode_cache_days: float = Field(default=30.0, gt=0)
    # service code -> words citizens use for it that the service's own text lacks (comma-separated), added
    # to the service's keywords before matching (`relay311 extract --explain` shows which services need some)
    keywords: dict[str, str] = Field(default_factory=dict)

    @field_validator("keywords")
    @classmethod
    def _keywords(cls, value: dict[str, str]) -> dict[str, str]:
        for code, words in value.items():
            if not code.strip() or not any(w.strip() for w in words.split(",")):
                raise ValueError(f"keywords for service {code!r}: give comma-separated words")
        return value

    def keyword_lists(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for code, words in self.keywords.items():
            out[code] = tuple(w.strip() for w in words.split(",") if w.strip())
        return out


class WebConfig(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    public_url: str = Field(default="http://127.0.0.1:8080", pattern=r"^https?://")
    staff_password_env: str = "RELAY311_STAFF_PASSWORD"

    def staff_password(self) -> str | None:
        return os.environ.get(self.staff_password_env) or None


class ConversationConfig(_Section):
    # channel names that ask "Please check: ... Reply YES to send it" before submitting
    confirm_channels: list[str] = Field(default_factory=list)
    # an open conversation nobody answers is closed after this long, with one message; the report is kept
    close_after_minutes: float = Field(default=1440.0, gt=0)
    # below this location confidence the citizen is asked to confirm or correct the place
    min_location_confidence: float = Field(default=0.45, ge=0, le=1)
    # ask optional Open311 attributes too (required ones are always asked)
    ask_optional_attributes: bool = False
    # an open report of the same service this close (metres) and this recent (days) is a duplicate
    duplicate_distance_m: float = Field(default=50.0, ge=0)
    duplicate_window_days: float = Field(default=30.0, ge=0)
    # subscribe: tell the citizen and send them that report's updates; file: submit anyway, with a link
    duplicates: Literal["subscribe", "file"] = "subscribe"


class MessagesConfig(_Section):
    # a folder of <lang>.toml files overriding relay311's templates (see relay311/templates/en.toml)
    templates_dir: str = ""
    default_language: str = "en"


def _default_channels() -> dict[str, dict[str, Any]]:
    return {"webchat": {}}


class Config(_Section):
    council: CouncilConfig = CouncilConfig()
    database: DatabaseConfig = DatabaseConfig()
    open311: Open311Config
    nlp: NlpConfig = NlpConfig()
    web: WebConfig = WebConfig()
    conversation: ConversationConfig = ConversationConfig()
    messages: MessagesConfig = MessagesConfig()
    # channel name -> its own section; each channel validates its section with its own schema
    channels: dict[str, dict[str, Any]] = Field(default_factory=_default_channels)
    source: str = ""

    def routes(self) -> dict[str, CouncilRouteConfig]:
        """Every council relay311 submits to, by name: the [open311.councils.*] sections, or the single
        [open311] endpoint (named `[open311] name`, no boundary: everywhere)."""
        if self.open311.councils:
            return dict(self.open311.councils)
        single = self.open311.model_dump(exclude={"name", "councils"})
        return {self.open311.name: CouncilRouteConfig(**single, title=self.council.name)}


def _describe(error: Any) -> str:
    key = ".".join(str(part) for part in error["loc"])
    return f"{key}: {error['msg']}" + (f" (got {error['input']!r})" if error["type"] != "missing" else "")


def parse(data: dict[str, Any], source: str = "<config>") -> Config:
    try:
        config = Config.model_validate({**data, "source": source})
    except ValidationError as exc:
        problems = "\n".join(f"  {source}: {_describe(e)}" for e in exc.errors())
        raise ConfigError(f"invalid configuration:\n{problems}") from None
    from channels.registry import ChannelConfigError, validate_channel_configs

    try:
        validate_channel_configs(config.channels, source)
    except ChannelConfigError as exc:
        raise ConfigError(str(exc)) from None
    return config


def load(path: str | Path) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file (create one with `relay311 init`)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse(data, str(path))


SAMPLE = """\
# relay311 configuration for one council. Secrets are never written here:
# each *_env key names the environment variable that holds the secret.

[council]
name = "Demo Town Council"

[database]
# SQLite by default; PostgreSQL with e.g. "postgresql://relay311@db.example.org/relay311"
url = "sqlite:///relay311.db"

[open311]
# The GeoReport v2 endpoint base: /services.json, /requests.json ... are appended to it.
url = "http://127.0.0.1:8311"
jurisdiction_id = "demo.town"
# The environment variable holding the API key that the council issued.
api_key_env = "RELAY311_OPEN311_API_KEY"
format = "json"          # json, xml, or auto (discovery / try JSON, fall back to XML; remembered)
poll_interval = 60       # seconds between status checks of open requests
timeout = 30             # seconds per HTTP request
max_attempts = 8         # submission attempts before giving up (with exponential back-off)
status_updates = "auto"  # auto, requests (GET requests by id) or updates (mySociety servicerequestupdates)
date_style = "offset"    # query dates as +00:00 (offset), Z (z) or without an offset (naive)
# reference_attribute = "external_id"  # a free-text attribute that carries relay311's reference

# Several councils in one deployment: instead of `url` above, one section per council. A report goes to
# the council whose boundary holds its place (GeoJSON Polygon/MultiPolygon/Feature(Collection), a file
# relative to this one or inline); at most one council may have no boundary (it takes the rest). A place
# inside no boundary is answered politely and kept for staff.
# [open311.councils.west]
# title = "West District Council"
# url = "https://open311.west.example.org/v2"
# jurisdiction_id = "west.example.org"
# api_key_env = "RELAY311_WEST_API_KEY"
# boundary = "west.geojson"
# A council without Open311 gets one email per report (its catalog given in GeoReport services.json form):
# [open311.councils.north]
# title = "North Parish Council"
# boundary = "north.geojson"
# services = "north-services.json"
# [open311.councils.north.email]
# to = ["highways@north.example.org"]
# from_address = "reports@relay.example.org"
# smtp_host = "smtp.example.org"
# smtp_security = "starttls"       # starttls (587), tls (465) or none
# smtp_user = "reports@relay.example.org"
# smtp_password_env = "RELAY311_SMTP_PASSWORD"

[nlp]
# "builtin:demo_town" (fictional), or the path of a gazetteer file: made by `relay311 gazetteer import`
# (gazetteer.sqlite) or JSON
gazetteer = "builtin:demo_town"
# model = "relay311-model.bin"   # made by `relay311 train` from the council's past requests (optional)
# below this category score relay311 asks the citizen what kind of problem it is
min_confidence = 0.35
# when the two best services score closer than this, the citizen chooses between them
min_margin = 0.03
# words your citizens use that a service's own text lacks, by service code; `relay311 extract --catalog
# services.json --explain` lists the services relay311 can match only by their own words
# keywords = { "10" = "derelict house, falling down", "SL1" = "lamp post, street lamp" }

[conversation]
confirm_channels = []          # e.g. ["twilio_sms"]: ask YES/NO before submitting in those channels
close_after_minutes = 1440     # close an unanswered conversation after this long (one polite message)
min_location_confidence = 0.45 # below this, ask the citizen to confirm or correct the place
ask_optional_attributes = false
duplicate_distance_m = 50      # an open report of the same service this close and this recent ...
duplicate_window_days = 30
duplicates = "subscribe"       # ... is a duplicate: "subscribe" the citizen to it, or "file" anyway

[messages]
# A folder with en.toml, es.toml ... overriding relay311's reply templates (variables: see the docs).
templates_dir = ""

[web]
host = "127.0.0.1"
port = 8080
# The URL the outside world uses to reach this server (Twilio signs requests against it).
public_url = "http://127.0.0.1:8080"
# Staff pages at /staff (HTTP Basic auth, user "staff"); off unless this variable is set.
staff_password_env = "RELAY311_STAFF_PASSWORD"

[channels.webchat]
# A chat page at /chat and its JSON API at /chat/api/messages.

# [channels.twilio_sms]
# account_sid_env = "TWILIO_ACCOUNT_SID"
# auth_token_env = "TWILIO_AUTH_TOKEN"
# from_number = "+15005550006"

# [channels.whatsapp]
# Twilio WhatsApp: point the sender's webhook at https://YOUR-HOST/channels/twilio/whatsapp
# from_number = "whatsapp:+14155238886"
# template_content_sid = "HX..."   # approved template used outside the 24-hour window
# template_variable = "1"          # the template variable that carries the reply text

# [channels.email]
# imap_host = "imap.council.example.org"    # a mailbox for relay311 alone: all its mail is read
# imap_user = "reports@council.example.org"
# imap_password_env = "RELAY311_IMAP_PASSWORD"
# mailbox = "INBOX"
# processed_folder = "Processed"   # move handled mail here (default: flag it \\Seen and leave it)
# smtp_host = "smtp.council.example.org"
# smtp_security = "starttls"       # starttls (port 587), tls (465) or none
# smtp_user = "reports@council.example.org"
# smtp_password_env = "RELAY311_SMTP_PASSWORD"
# from_address = "reports@council.example.org"
# from_name = "Demo Town Council"
# reply_limit = 10                 # replies to one sender per reply_window_minutes (60)

# [channels.mastodon]
# api_base_url = "https://mastodon.example.org"
# access_token_env = "MASTODON_ACCESS_TOKEN"   # the bot account's token (read, write)
# visibility = "direct"      # direct, private, unlisted or public
# poll_interval = 60         # seconds; the notification stream wakes the poller sooner
# start_from = "now"         # on first start: "now" ignores older mentions, "all" reads them

# [channels.x]
# api_key_env = "X_API_KEY"                    # OAuth 1.0a user context
# api_secret_env = "X_API_SECRET"
# access_token_env = "X_ACCESS_TOKEN"
# access_token_secret_env = "X_ACCESS_TOKEN_SECRET"
# replies = "all"            # all, questions_and_final, final_status_only or none (X charges per post)
# poll_interval = 120        # seconds; mind your plan's rate limit for mentions
"""
