"""aiosmtpd as the SMTP peer: a real SMTP server on a free loopback port, recording every message accepted.

`FakeSMTP(tls_context=..., require_starttls=True, login=(user, password))` makes it demand STARTTLS and
AUTH; `refuse_next(n, code)` answers the next n DATA commands with an error.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    tls: bool
    login: str | None


class FakeSMTP:
    def __init__(
        self,
        *,
        tls_context: ssl.SSLContext | None = None,
        require_starttls: bool = False,
        login: tuple[str, str] | None = None,
    ) -> None:
        self.messages: list[Received] = []
        self.tls_context = tls_context
        self.require_starttls = require_starttls
        self.login = login
        self.refusals: list[int] = []
        self.server: asyncio.base_events.Server | None = None
        self.port = 0
        self.arrived = asyncio.Event()

    def refuse_next(self, times: int, code: int = 451) -> None:
        self.refusals.extend([code] * times)

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if self.login is None or not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (data.login.decode(), data.password.decode()) == self.login
        return AuthResult(success=ok, handled=False, auth_data=data.login.decode() if ok else None)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.refusals:
            code = self.refusals.pop(0)
            return f"{code} try again later" if code < 500 else f"{code} rejected"
        raw = envelope.original_content or b""
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        self.messages.append(
            Received(
                mail_from=envelope.mail_from or "",
                rcpt_tos=list(envelope.rcpt_tos),
                raw=raw,
                message=message,
                tls=session.ssl is not None,
                login=str(session.auth_data) if session.authenticated else None,
            )
        )
        self.arrived.set()
        return "250 Message accepted for delivery"

    async def start(self) -> int:
        loop = asyncio.get_running_loop()

        def factory() -> SMTP:
            return SMTP(
                self,
                hostname="smtp.test",
                tls_context=self.tls_context,
                require_starttls=self.require_starttls,
                auth_required=self.login is not None,
                auth_require_tls=self.tls_context is not None,
                authenticator=self._authenticate if self.login is not None else None,
                loop=loop,
            )

        self.server = await loop.create_server(factory, "127.0.0.1", 0)
        self.port = int(self.server.sockets[0].getsockname()[1])
        return self.port

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None
