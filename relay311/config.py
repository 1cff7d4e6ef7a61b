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
    format: Literal["json", "xml"] = "json"
    poll_interval: float = Field(default=60.0, gt=0)
    timeout: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(default=8, ge=1)

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


class NlpConfig(_Section):
    gazetteer: str = "builtin:demo_town"
    min_confidence: float = Field(default=0.35, ge=0, le=1)


class WebConfig(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    public_url: str = Field(default="http://127.0.0.1:8080", pattern=r"^https?://")


def _default_channels() -> dict[str, dict[str, Any]]:
    return {"webchat": {}}


class Config(_Section):
    council: CouncilConfig = CouncilConfig()
    database: DatabaseConfig = DatabaseConfig()
    open311: Open311Config
    nlp: NlpConfig = NlpConfig()
    web: WebConfig = WebConfig()
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
format = "json"          # json or xml
poll_interval = 60       # seconds between status checks of open requests
timeout = 30             # seconds per HTTP request
max_attempts = 8         # submission attempts before giving up (with exponential back-off)

[nlp]
# "builtin:demo_town" (fictional) or the path of a gazetteer JSON file
gazetteer = "builtin:demo_town"
# below this category score relay311 asks the citizen what kind of problem it is
min_confidence = 0.35

[web]
host = "127.0.0.1"
port = 8080
# The URL the outside world uses to reach this server (Twilio signs requests against it).
public_url = "http://127.0.0.1:8080"

[channels.webchat]
# A chat page at /chat and its JSON API at /chat/api/messages.

# [channels.twilio_sms]
# account_sid_env = "TWILIO_ACCOUNT_SID"
# auth_token_env = "TWILIO_AUTH_TOKEN"
# from_number = "+15005550006"
"""
