"""Open311 errors, grouped by what the caller does next.

- RetryableError: try again later (network trouble, 5xx, 429, timeouts).
- PermanentError: give up on this request and record why (bad api_key, unknown service, 4xx).
- CitizenInputError: the council refused what the citizen told us (e.g. location outside the area,
  a required attribute missing): ask the citizen.
"""

from __future__ import annotations


class Open311Error(Exception):
    """Base class. `code` is the Open311 error code or HTTP status where known."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class RetryableError(Open311Error):
    """Temporary failure: the same call may succeed later.

    `sent` is True when the request body may have reached the server (the outcome is ambiguous).
    """

    def __init__(self, message: str, *, code: int | None = None, sent: bool = False) -> None:
        super().__init__(message, code=code)
        self.sent = sent


class PermanentError(Open311Error):
    """The server will not accept this call, however often it is repeated."""


class CitizenInputError(PermanentError):
    """The server rejected what the citizen supplied; asking them may fix it."""
