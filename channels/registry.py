"""The explicit registry: config section name -> channel class. Add a channel by adding a line here."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from channels.base import Channel, ChannelContext, ChannelSetupError, ChannelSpec
from channels.email import EmailChannel, EmailConfig
from channels.mastodon import MastodonChannel, MastodonConfig
from channels.twilio_sms import TwilioSMSChannel, TwilioSMSConfig
from channels.webchat import WebChatChannel, WebChatConfig
from channels.whatsapp import WhatsAppChannel, WhatsAppConfig
from channels.x_twitter import XChannel, XConfig

REGISTRY: dict[str, ChannelSpec] = {
    WebChatChannel.name: ChannelSpec(WebChatConfig, WebChatChannel),
    "email": ChannelSpec(EmailConfig, EmailChannel),
    TwilioSMSChannel.name: ChannelSpec(TwilioSMSConfig, TwilioSMSChannel),
    MastodonChannel.name: ChannelSpec(MastodonConfig, MastodonChannel),
    XChannel.name: ChannelSpec(XConfig, XChannel),
    WhatsAppChannel.name: ChannelSpec(WhatsAppConfig, WhatsAppChannel),
}


class ChannelConfigError(Exception):
    pass


def _validated(name: str, section: dict[str, Any], source: str) -> BaseModel:
    factory = REGISTRY.get(name)
    if factory is None:
        known = ", ".join(sorted(REGISTRY))
        raise ChannelConfigError(f"{source}: channels.{name}: unknown channel (known: {known})")
    try:
        return factory.config.model_validate(section)
    except ValidationError as exc:
        problems = "; ".join(
            f"channels.{name}.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ChannelConfigError(f"{source}: {problems}") from None


def validate_channel_configs(sections: dict[str, dict[str, Any]], source: str) -> None:
    for name, section in sections.items():
        _validated(name, section, source)


def build_channels(sections: dict[str, dict[str, Any]], context: ChannelContext) -> dict[str, Channel]:
    try:
        return {
            name: REGISTRY[name].build(_validated(name, section, "config"), context)
            for name, section in sections.items()
        }
    except ChannelSetupError as exc:
        raise ChannelConfigError(str(exc)) from None
