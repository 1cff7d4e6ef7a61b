"""WhatsApp through Twilio: the Twilio SMS channel with `whatsapp:` addresses.

Intake: Twilio POSTs each incoming WhatsApp message to the webhook (`webhook_path`, default
/channels/twilio/whatsapp), signed like SMS. A shared location arrives as `Latitude`/`Longitude` (and
`Address`/`Label` for a named place): the point becomes the message's location; the place's name is kept as
text when the citizen wrote nothing else. Coordinates that are not numbers or out of range are ignored
(logged), the message is still stored.

Sending: WhatsApp allows free-form replies only within 24 hours of the citizen's last message. Inside that
window the reply is sent as text; outside it the configured approved template (a Content SID, `HX...`) is
sent with the reply text in its variable; with no template configured the reply fails permanently with a
reason saying so (recorded on the outbound message and logged), never silently.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from datetime import UTC, timedelta
from typing import Any, ClassVar

from pydantic import BaseModel, Field
from sqlalchemy import func
from sqlmodel import select

from channels.base import Outgoing, SendError
from channels.twilio_sms import TwilioSMSChannel, TwilioSMSConfig
from store.inbound import Incoming
from store.models import Contact, InboundMessage, utcnow

log = logging.getLogger(__name__)

WHATSAPP_NUMBER = r"^whatsapp:\+[1-9][0-9]{1,14}$"
WINDOW = timedelta(hours=24)
MAX_VARIABLE = 1024  # characters Twilio accepts in one content variable


class WhatsAppConfig(TwilioSMSConfig):
    from_number: str | None = Field(default=None, pattern=WHATSAPP_NUMBER)  # e.g. whatsapp:+14155238886
    webhook_path: str = Field(default="/channels/twilio/whatsapp", pattern=r"^/[A-Za-z0-9/_.~-]*$")
    # the approved template sent outside the 24-hour window, and the variable that carries the reply text
    template_content_sid: str | None = Field(default=None, pattern=r"^HX[0-9a-fA-F]{32}$")
    template_variable: str = Field(default="1", pattern=r"^[A-Za-z0-9_]{1,32}$")
    # sent free-form only when the citizen wrote less than this long ago (a margin for clock and queue)
    window_margin_minutes: float = Field(default=10.0, ge=0, le=600)


class WhatsAppChannel(TwilioSMSChannel):
    name: ClassVar[str] = "whatsapp"
    Config: ClassVar[type[BaseModel]] = WhatsAppConfig
    config: WhatsAppConfig

    def incoming(self, form: Mapping[str, object], sid: str, sender: str) -> Incoming:
        message = super().incoming(form, sid, sender)
        lat, lon = _coordinate(form, "Latitude", 90), _coordinate(form, "Longitude", 180)
        given = any(str(form.get(key) or "").strip() for key in ("Latitude", "Longitude"))
        if given and (lat is None or lon is None):
            log.warning(
                "whatsapp: %s has an unusable shared location (Latitude %.40r, Longitude %.40r); "
                "stored without it",
                sid,
                form.get("Latitude"),
                form.get("Longitude"),
            )
            lat = lon = None
        text = message.text.strip()
        if not text and lat is not None:
            place = [str(form.get(key) or "").strip() for key in ("Label", "Address")]
            text = ", ".join(part for part in place if part)
        return Incoming(
            channel=message.channel,
            provider_id=message.provider_id,
            address=message.address,
            text=text,
            thread_ref=message.thread_ref,
            media=message.media,
            lat=lat,
            lon=lon,
        )

    async def params(self, message: Outgoing) -> dict[str, Any]:
        params = await super().params(message)
        if await self._inside_window(message.address):
            return params
        if self.config.template_content_sid is None:
            raise SendError(
                "outside WhatsApp's 24-hour window and no template is configured "
                "(set channels.whatsapp.template_content_sid to an approved template)",
                retry=False,
            )
        del params["body"]
        params["content_sid"] = self.config.template_content_sid
        params["content_variables"] = json.dumps({self.config.template_variable: message.text[:MAX_VARIABLE]})
        reason = "outside the 24-hour window"
        log.info("whatsapp: outbound message %d goes as the template (%s)", message.message_id, reason)
        return params

    async def _inside_window(self, address: str) -> bool:
        async with self.context.sessions() as session:
            last = (
                await session.execute(
                    select(func.max(InboundMessage.received_at))
                    .join(Contact, Contact.id == InboundMessage.contact_id)  # type: ignore[arg-type]
                    .where(Contact.channel == self.name, Contact.address == address)
                )
            ).scalar_one_or_none()
        if last is None:
            return False
        if last.tzinfo is None:  # an aggregate may come back naive (UTC)
            last = last.replace(tzinfo=UTC)
        margin = timedelta(minutes=self.config.window_margin_minutes)
        return utcnow() - last < WINDOW - margin


def _coordinate(form: Mapping[str, object], key: str, limit: float) -> float | None:
    raw = form.get(key)
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) and abs(value) <= limit else None
