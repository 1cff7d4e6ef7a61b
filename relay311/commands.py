"""Commands a citizen can send in any channel, recognised before the conversation sees the text.

STATUS, STATUS <ref>, CANCEL <ref>, HELP, and the carriers' opt-out keywords STOP/START (with Spanish
aliases). References are accepted loosely: "r-7k3qx", "R7K3QX", "7K3QX".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relay311.refs import ALPHABET, REF_LENGTH

OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "OPTOUT", "REVOKE", "BAJA"})
SMS_OPT_OUT = frozenset({"CANCEL"})  # a carrier keyword on SMS; elsewhere it cancels the report in progress
OPT_IN = frozenset({"START", "UNSTOP", "YES", "ALTA"})
STATUS = frozenset({"STATUS", "ESTADO"})
CANCEL = frozenset({"CANCEL", "CANCELAR", "ANULAR"})
HELP = frozenset({"HELP", "INFO", "AYUDA"})

_BODY = re.compile(rf"^[{ALPHABET}]{{4,8}}$")


@dataclass(frozen=True)
class Command:
    name: str  # stop | start | status | cancel | help
    ref: str | None = None
    language: str | None = None  # when the keyword itself says it (ESTADO, CANCELAR, AYUDA)


def normalise_ref(text: str) -> str | None:
    """ "R-7K3QX", "r7k3qx" or "7K3QX" -> "R-7K3QX". A bare body may itself start with R ("RAJAC")."""
    raw = text.strip().upper().replace(" ", "")
    if raw.startswith("R-"):
        body = raw[2:]
    elif raw.startswith("R") and len(raw) == REF_LENGTH + 1:
        body = raw[1:]
    else:
        body = raw
    return f"R-{body}" if _BODY.match(body) else None


def parse(text: str, *, sms_keywords: bool) -> Command | None:
    """The command in `text`, or None for ordinary conversation."""
    words = text.strip().strip(".!").split(None, 1)
    if not words:
        return None
    keyword = words[0].upper()
    rest = words[1].strip() if len(words) > 1 else ""
    spanish = "es" if keyword in {"ESTADO", "CANCELAR", "ANULAR", "AYUDA", "BAJA", "ALTA"} else None
    if not rest:
        if keyword in OPT_OUT or (sms_keywords and keyword in SMS_OPT_OUT):
            return Command("stop")
        if keyword in OPT_IN:
            return Command("start", language=spanish)
        if keyword in STATUS:
            return Command("status", language=spanish)
        if keyword in CANCEL:
            return Command("cancel", language=spanish)
        if keyword in HELP:
            return Command("help", language=spanish)
        return None
    ref = normalise_ref(rest)
    if ref is None:
        return None
    if keyword in STATUS:
        return Command("status", ref, language=spanish)
    if keyword in CANCEL:
        return Command("cancel", ref, language=spanish)
    return None
