"""Short report references that survive SMS and being read aloud: R-7K3QX (no 0/O, 1/I/L, U)."""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REF_LENGTH = 5


def new_ref(length: int = REF_LENGTH) -> str:
    return "R-" + "".join(secrets.choice(ALPHABET) for _ in range(length))
