"""What relay311 says to citizens. Plain GSM-7 characters only, so an SMS stays within its segment budget."""

from __future__ import annotations

from collections.abc import Sequence

STATUS_WORDS = {
    "open": "open",
    "closed": "closed",
    "investigating": "being investigated",
    "action_scheduled": "scheduled for action",
    "in_progress": "in progress",
    "fixed": "fixed",
    "duplicate": "closed as a duplicate",
    "not_councils_responsibility": "not the council's responsibility",
    "no_further_action": "closed with no further action",
}


def ask_location(*, can_share_location: bool) -> str:
    extra = " You can also share your location." if can_share_location else ""
    return (
        "Thanks. Where exactly is it? Reply with the street and nearest house number, "
        f"a junction (e.g. corner of High Street and Mill Lane) or a landmark.{extra}"
    )


def ask_service(options: Sequence[str]) -> str:
    if not options:
        return "Thanks. What kind of problem is it? Describe it in a few words (e.g. pothole, broken light)."
    numbered = "\n".join(f"{i}) {name}" for i, name in enumerate(options, start=1))
    return (
        "Thanks. What kind of problem is it? Reply with a number:\n"
        f"{numbered}\nor describe it in a few words."
    )


def ask_both(*, can_share_location: bool) -> str:
    extra = " or share your location" if can_share_location else ""
    return (
        "Thanks for getting in touch. Please tell us what the problem is and where it is "
        f"(street and house number, a junction or a landmark{extra})."
    )


def submitted(ref: str, service: str, where: str, council: str, request_id: str) -> str:
    at = f" at {where}" if where else ""
    return (
        f"Thanks! Your report {ref} ({service}{at}) is with {council} as request {request_id}. "
        "We will tell you here when its status changes."
    )


def accepted_awaiting_id(ref: str, service: str, council: str) -> str:
    return (
        f"Thanks! Your report {ref} ({service}) has been sent to {council}. "
        "We will send you their reference when they have logged it."
    )


def failed(ref: str, council: str, reason: str) -> str:
    return (
        f"Sorry, we could not pass your report {ref} to {council} ({reason}). "
        "Council staff have been told and will look at it."
    )


def status_changed(ref: str, service: str, status: str, notes: str) -> str:
    words = STATUS_WORDS.get(status, status.replace("_", " "))
    text = f"Update on your report {ref} ({service}): {words}."
    if notes:
        text += f" {notes.strip()}"
    return text
