"""relay311.toml: one file per council. Secrets are never in it: it names environment variables instead."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from store.db import DEFAULT_URL


class ConfigError(Exception):
    """A problem in the configuration, phrased for the person who edits the file."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CouncilConfig(_Section):
    name: str = "Demo Town Council"


class DatabaseConfig(_Section):
    url: str = DEFAULT_URL


class Open311Config(_Section):
    name: str = "council"
    url: str = Field(pattern=r"^https?://")
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
        return os.environ.get(self.api_key_env) or None


class NlpConfig(_Section):
    gazetteer: str = "builtin:demo_town"
    min_confidence: float = Field(default=0.35, ge=0, le=1)
    # a model file made by `relay311 train` (optional); its scores are combined with the zero-shot ones
    model: str = ""


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

[nlp]
# "builtin:demo_town" (fictional), or the path of a gazetteer file: made by `relay311 gazetteer import`
# (gazetteer.sqlite) or JSON
gazetteer = "builtin:demo_town"
# model = "relay311-model.bin"   # made by `relay311 train` from the council's past requests (optional)
# below this category score relay311 asks the citizen what kind of problem it is
min_confidence = 0.35

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
