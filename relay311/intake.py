"""The intake worker: turns stored inbound messages into reports, questions and Open311 submissions.

One transaction per message: the message is marked processed, the conversation and report saved, the
replies queued and the submission created together, so a crash leaves either all of it or none of it.
Commands (STATUS, CANCEL, HELP, STOP/START) are answered before the conversation sees the text.

The conversation a contact has open in a channel is a `conversation` row (unique per contact and
channel) holding the draft and the last question, so a restart continues where it was. A conversation
nobody answers is closed by `close_idle()` with one message; its unfinished report is kept as `expired`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from dispatcher.definitions import Definitions
from dispatcher.errors import Open311Error
from dispatcher.models import ServiceDefinition
from dispatcher.outbox import provide_attributes
from nlp import Gazetteer, Location, Service
from nlp.extract import MIN_MARGIN
from relay311 import commands
from relay311.config import ConversationConfig
from relay311.conversation import Draft, NeedDefinition, Settings, Turn, rematch, step
from relay311.councils import Council, Councils
from relay311.formatting import Profile, profile
from relay311.language import detect
from relay311.messages import Say, Templates, default_templates
from relay311.refs import new_ref
from store.models import (
    Contact,
    Conversation,
    InboundMessage,
    OutboundMessage,
    Report,
    Submission,
    Subscription,
    utcnow,
)
from store.work import backoff, claim, one_at_a_time

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
STATUS_LIMIT = 5  # reports listed by STATUS
OPEN_STATES = ("waiting", "queued", "submitted")
EARTH_RADIUS_M = 6_371_000.0


class LocationFinder(Protocol):
    """Finds where a stored inbound message's text says, beyond what the offline gazetteer knows
    (relay311.geocode.GeocoderChain: online geocoders). Called before the message's transaction, since it
    may wait on HTTP; None when the message brings a point of its own or the gazetteer knows its place."""

    async def location_for_message(
        self, sessions: async_sessionmaker[AsyncSession], message_id: int
    ) -> Location | None: ...


class CatalogUnavailable(Exception):
    pass


def _no_limit(channel: str) -> int | None:
    return None


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


@dataclass
class Intake:
    sessions: async_sessionmaker[AsyncSession]
    catalog: Callable[[], Sequence[Service]]
    gazetteer: Gazetteer
    endpoint: str
    min_confidence: float = 0.35
    min_margin: float = MIN_MARGIN
    on_queued: Callable[[], None] = lambda: None
    clock: Callable[[], datetime] = utcnow
    templates: Templates = field(default_factory=default_templates)
    definitions: Definitions | None = None
    settings: ConversationConfig = field(default_factory=ConversationConfig)
    council: str = "the council"
    default_language: str = "en"
    max_length: Callable[[str], int | None] = _no_limit
    # several councils: each report is routed by its location to one council, whose catalog it is
    # matched against and whose endpoint (or email route) gets it; None: `catalog` and `endpoint` alone
    councils: Councils | None = None
    # addresses the gazetteer does not know, looked up online (relay311.geocode.GeocoderChain)
    geocoder: LocationFinder | None = None

    async def step(self) -> int:
        queued = 0

        async def claim_one() -> list[int]:
            return await claim(
                self.sessions, InboundMessage, states=["received"], now=self.clock(), lease=LEASE, limit=1
            )

        async def handle(message_id: int) -> None:
            nonlocal queued
            try:
                queued += await self._one(message_id)
            except CatalogUnavailable:
                await self._later(message_id, "the council's service list is not loaded yet")
                raise

        try:
            return await one_at_a_time(claim_one, handle)
        finally:
            if queued:
                self.on_queued()

    async def _later(self, message_id: int, reason: str) -> None:
        async with self.sessions() as session, session.begin():
            msg = await session.get(InboundMessage, message_id)
            assert msg is not None
            msg.attempts += 1
            msg.last_error = reason
            msg.claimed_until = None
            msg.next_attempt_at = self.clock() + backoff(msg.attempts, base=2.0, cap=300.0)

    async def _one(self, message_id: int) -> int:
        catalog = self.catalog() if self.councils is None else self.councils.union()
        if not catalog or (self.councils is not None and not self.councils.ready):
            raise CatalogUnavailable()
        # may wait on HTTP, so it runs before the transaction opens
        geocoded = (
            await self.geocoder.location_for_message(self.sessions, message_id) if self.geocoder else None
        )
        for _ in range(4):  # a report ref collision or a missing service definition: try again
            try:
                async with self.sessions() as session, session.begin():
                    return await self._process(session, message_id, catalog, geocoded)
            except IntegrityError as exc:
                log.info("inbound %s: retrying after a conflict: %s", message_id, exc.orig)
            except NeedDefinition as need:  # fetched outside the transaction, then the message again
                definitions = self._definitions(need.council)
                if definitions is None:
                    raise RuntimeError(f"service {need.service_code} has attributes but no client") from None
                try:
                    found = await definitions.get(need.service_code)
                except Open311Error as exc:
                    await self._later(message_id, f"service definition unavailable: {exc.message}")
                    return 0
                if found is None:
                    raise RuntimeError(f"service {need.service_code}: no definition to ask from") from None
        raise RuntimeError(f"inbound {message_id}: could not be processed after 4 attempts")

    # --- one message ---------------------------------------------------------------------------

    async def _process(
        self,
        session: AsyncSession,
        message_id: int,
        catalog: Sequence[Service],
        geocoded: Location | None = None,
    ) -> int:
        msg = await session.get(InboundMessage, message_id)
        if msg is None or msg.state != "received":
            return 0
        contact = await session.get(Contact, msg.contact_id)
        assert contact is not None and contact.id is not None
        msg.state = "processed"
        msg.claimed_until = None
        prof = profile(msg.channel, self.max_length(msg.channel))
        command = commands.parse(msg.text, sms_keywords=prof.sms_keywords)
        if command is not None and command.name == "stop":
            contact.opted_out = True
            log.info("contact %s opted out", contact.id)
            return 0
        if command is not None and command.name == "start" and contact.opted_out:
            contact.opted_out = False
            log.info("contact %s opted in again", contact.id)
            return 0
        if command is not None and command.name == "start" and msg.text.strip().upper() == "YES":
            command = None  # "yes" from someone not opted out is an answer, not a keyword

        conv = await self._conversation(session, contact.id, msg.channel)
        # a short answer inside a conversation ("2", "pothole", "12 Station Road") keeps its language
        short = conv.state == "open" and len(msg.text.split()) < 3
        lang = self.templates.language(
            (None if short else detect(msg.text, self.templates.languages))
            or (command.language if command else None)
            or conv.language
            or self.default_language
        )
        conv.language = lang
        reply = _Reply(self, session, msg, contact.id, lang, prof)
        if command is not None:
            await self._command(session, command, conv, reply, contact.id)
            return 0

        report = await session.get(Report, conv.report_id) if conv.report_id else None
        if report is not None and report.state != "waiting":
            report = None
        draft = Draft.from_data(conv.data) if report is not None and conv.data else None
        if report is None:
            report = await self._legacy_waiting(session, contact.id, msg.channel)
            draft = _legacy_draft(report) if report is not None else None
        point = (msg.lat, msg.lon) if msg.lat is not None and msg.lon is not None else None
        located = geocoded if point is None else None  # a point from the channel wins over the text
        cfg = self.settings
        settings = Settings(
            min_confidence=self.min_confidence,
            min_margin=self.min_margin,
            min_location_confidence=cfg.min_location_confidence,
            can_share_location=prof.can_share_location,
            confirm=msg.channel in cfg.confirm_channels,
            ask_optional=cfg.ask_optional_attributes,
        )
        council, turn = self._step(draft, msg.text, catalog, settings, point, located)
        outside = council is None and self.councils is not None and turn.draft.lat is not None
        now = self.clock()
        if report is None:
            report = Report(ref=new_ref(), contact_id=contact.id, channel=msg.channel)
            session.add(report)
        _save(report, turn.draft, now)
        report.language = lang
        report.thread_ref = msg.thread_ref
        report.media = [*report.media, *msg.media]
        await session.flush()
        assert report.id is not None
        if turn.cancelled:
            report.state = "cancelled"
            _idle(conv, now)
            reply.queue(report.id, [Say("cancelled", {"ref": report.ref})])
            return 0
        if outside:  # no council of ours covers the place: kept for staff, nothing is submitted
            report.state = "outside_area"
            _idle(conv, now)
            reply.queue(report.id, [Say("outside_area", {"ref": report.ref, "council": self.council})])
            log.info("report %s: %s is outside every council's boundary", report.ref, report.address)
            return 0
        if not turn.complete:
            report.state = "waiting"
            conv.state = "open"
            conv.report_id = report.id
            conv.data = turn.draft.to_data()
            conv.thread_ref = msg.thread_ref
            conv.updated_at = now
            conv.expires_at = now + timedelta(minutes=cfg.close_after_minutes)
            conv.claimed_until = None
            reply.queue(report.id, list(turn.says))
            return 0
        _idle(conv, now)
        says = list(turn.says)  # notices shown on the way (the submission is told by the dispatcher)
        existing = (
            await session.execute(select(Submission).where(Submission.report_id == report.id))
        ).scalar_one_or_none()
        if existing is not None:  # the outbox asked for attributes (the definition changed): send again
            provide_attributes(existing, report.attributes, now)
            report.state = "queued"
            if says:
                reply.queue(report.id, says)
            return 1
        original = await self._duplicate_of(session, report, now)
        if original is not None and cfg.duplicates == "subscribe":
            assert original.id is not None
            report.state = "duplicate"
            report.duplicate_of = original.id
            if original.contact_id != contact.id:
                await _subscribe(session, original.id, contact.id, msg, lang)
            says.append(
                Say(
                    "duplicate",
                    {"ref": original.ref, "service": original.service_name, "where": original.address},
                )
            )
            reply.queue(report.id, says)
            return 0
        if original is not None:  # file anyway, with a link to the earlier request
            link = await _link(session, original)
            note = self.templates.text(self.default_language, "duplicate_description", link=link)
            report.text = f"{report.text}\n\n{note}"
        report.state = "queued"
        endpoint = council.name if council is not None else self.endpoint
        session.add(Submission(report_id=report.id, endpoint=endpoint, next_attempt_at=now))
        if says:
            reply.queue(report.id, says)
        return 1

    def _definitions(self, council: str) -> Definitions | None:
        if self.councils is None:
            return self.definitions
        found = self.councils.get(council)
        return found.definitions if found is not None else None

    def _known(self, council: Council | None) -> Mapping[str, ServiceDefinition] | None:
        definitions = self.definitions if council is None else council.definitions
        return definitions.known() if definitions is not None else None

    def _step(
        self,
        draft: Draft | None,
        text: str,
        catalog: Sequence[Service],
        settings: Settings,
        point: tuple[float, float] | None,
        located: Location | None = None,
    ) -> tuple[Council | None, Turn]:
        """One conversation step, and with several councils the council the report is for. `located`:
        where an online geocoder places the text, taken as the offline extraction's location would be.

        The council follows the location: until it is known the text is matched against every
        council's services, and once it is, against that council's own (`rematch`). (None, a turn with
        a location) means the place is outside every council."""
        councils = self.councils
        if councils is None:
            turn = step(
                draft,
                text,
                catalog=catalog,
                gazetteer=self.gazetteer,
                settings=settings,
                definitions=self._known(None),
                point=point,
                located=located,
            )
            return None, turn
        council = councils.get(draft.council) if draft is not None and draft.council else None
        try:
            turn = step(
                draft,
                text,
                catalog=council.catalog() if council is not None else catalog,
                gazetteer=self.gazetteer,
                settings=settings if council is not None else replace(settings, until_location=True),
                definitions=self._known(council),
                point=point,
                located=located,
            )
            if turn.cancelled or turn.draft.lat is None or turn.draft.lon is None:
                return council, turn
            routed = councils.route(turn.draft.lat, turn.draft.lon)
            if routed is None:
                return None, turn
            if routed is not council or turn.draft.council != routed.name:
                council = routed
                turn = rematch(
                    turn.draft,
                    catalog=routed.catalog(),
                    gazetteer=self.gazetteer,
                    settings=settings,
                    council=routed.name,
                    definitions=self._known(routed),
                )
        except NeedDefinition as need:
            need.council = council.name if council is not None else ""
            raise
        return council, turn

    async def _conversation(self, session: AsyncSession, contact_id: int, channel: str) -> Conversation:
        found = (
            await session.execute(
                select(Conversation).where(
                    Conversation.contact_id == contact_id, Conversation.channel == channel
                )
            )
        ).scalar_one_or_none()
        if found is None:
            found = Conversation(contact_id=contact_id, channel=channel, language=self.default_language)
            session.add(found)
            await session.flush()  # a concurrent creation fails here and the message is retried
        return found

    async def _legacy_waiting(self, session: AsyncSession, contact_id: int, channel: str) -> Report | None:
        """A report left waiting by a version without conversation rows."""
        return (
            await session.execute(
                select(Report)
                .outerjoin(Conversation, col(Conversation.report_id) == col(Report.id))
                .where(
                    Report.contact_id == contact_id,
                    Report.channel == channel,
                    Report.state == "waiting",
                    col(Conversation.id).is_(None),
                )
                .order_by(col(Report.id).desc())
                .limit(1)
            )
        ).scalar_one_or_none()

    async def _duplicate_of(self, session: AsyncSession, report: Report, now: datetime) -> Report | None:
        """An open report of the same service close by and recent enough to be the same problem."""
        cfg = self.settings
        if report.lat is None or report.lon is None or report.service_code is None:
            return None
        if cfg.duplicate_distance_m <= 0 or cfg.duplicate_window_days <= 0:
            return None
        dlat = cfg.duplicate_distance_m / 111_320.0
        dlon = dlat / max(0.01, math.cos(math.radians(report.lat)))
        rows = (
            await session.execute(
                select(Report, Submission)
                .outerjoin(Submission, col(Submission.report_id) == col(Report.id))
                .where(
                    Report.service_code == report.service_code,
                    col(Report.state).in_(("queued", "submitted")),
                    col(Report.id) != report.id,
                    col(Report.created_at) >= now - timedelta(days=cfg.duplicate_window_days),
                    col(Report.lat).between(report.lat - dlat, report.lat + dlat),
                    col(Report.lon).between(report.lon - dlon, report.lon + dlon),
                )
                .order_by(col(Report.id))
            )
        ).all()
        best: tuple[float, Report] | None = None
        for other, sub in rows:
            if sub is not None and sub.state == "submitted" and not sub.open:
                continue  # closed by the council: a new report is a new problem
            if sub is not None and sub.state in ("failed", "cancelled"):
                continue
            assert other.lat is not None and other.lon is not None
            d = distance_m((report.lat, report.lon), (other.lat, other.lon))
            if d <= cfg.duplicate_distance_m and (best is None or d < best[0]):
                best = (d, other)
        return best[1] if best else None

    # --- commands ------------------------------------------------------------------------------

    async def _command(
        self,
        session: AsyncSession,
        command: commands.Command,
        conv: Conversation,
        reply: _Reply,
        contact_id: int,
    ) -> None:
        if command.name in ("help", "start"):
            reply.queue(None, [Say("help" if command.name == "help" else "started_again")])
        elif command.name == "status" and command.ref is None:
            reply.queue(None, [await self._status_list(session, contact_id, reply.lang, reply.profile)])
        elif command.name == "status":
            assert command.ref is not None
            report = await _visible(session, command.ref, contact_id)
            if report is None:
                reply.queue(None, [Say("status_unknown", {"ref": command.ref})])
            else:
                status, notes = await _status_of(session, report)
                words = self.templates.status(reply.lang, status)
                values = {"ref": report.ref, "service": report.service_name or "-", "status": words}
                values["notes"] = f" {notes}" if notes else ""
                reply.queue(report.id, [Say("status_one", values)])
        elif command.name == "cancel":
            await self._cancel(session, command.ref, conv, reply, contact_id)

    async def _status_list(self, session: AsyncSession, contact_id: int, lang: str, prof: Profile) -> Say:
        own = (
            (
                await session.execute(
                    select(Report)
                    .where(Report.contact_id == contact_id, col(Report.state).in_(OPEN_STATES + ("failed",)))
                    .order_by(col(Report.id).desc())
                )
            )
            .scalars()
            .all()
        )
        followed = (
            (
                await session.execute(
                    select(Report)
                    .join(Subscription, col(Subscription.report_id) == col(Report.id))
                    .where(Subscription.contact_id == contact_id)
                    .order_by(col(Report.id).desc())
                )
            )
            .scalars()
            .all()
        )
        lines: list[str] = []
        for report in [*own, *followed]:
            status, _ = await _status_of(session, report)
            if status in ("closed", "fixed", "duplicate", "no_further_action", "not_councils_responsibility"):
                continue
            words = self.templates.status(lang, status)
            service = report.service_name or self.templates.status(lang, "draft")
            lines.append(
                self.templates.text(lang, "status_line", ref=report.ref, service=service, status=words)
            )
            if len(lines) == STATUS_LIMIT:
                break
        if not lines:
            return Say("status_none")
        return Say("status_list", {"lines": "\n".join(lines)})

    async def _cancel(
        self, session: AsyncSession, ref: str | None, conv: Conversation, reply: _Reply, contact_id: int
    ) -> None:
        now = self.clock()
        if ref is None:
            report = await session.get(Report, conv.report_id) if conv.report_id else None
            if report is None or report.state != "waiting":
                reply.queue(None, [Say("cancel_nothing")])
                return
        else:
            report = (
                await session.execute(
                    select(Report).where(Report.ref == ref, Report.contact_id == contact_id)
                )
            ).scalar_one_or_none()
            if report is None:
                reply.queue(None, [Say("cancel_unknown", {"ref": ref})])
                return
        assert report.id is not None
        values = {"ref": report.ref, "council": self.council}
        if report.state == "waiting":
            report.state = "cancelled"
            report.updated_at = now
            await session.execute(  # one the outbox sent back for attributes is never sent either
                update(Submission)
                .where(col(Submission.report_id) == report.id, col(Submission.state) == "needs_input")
                .values(state="cancelled", last_error="cancelled by the citizen")
            )
            if conv.report_id == report.id:
                _idle(conv, now)
            reply.queue(report.id, [Say("cancelled", values)])
            return
        if report.state == "queued":
            # only a submission nobody is sending right now can be stopped; the outbox never picks it up
            result = await session.execute(
                update(Submission)
                .where(
                    col(Submission.report_id) == report.id,
                    col(Submission.state) == "pending",
                    or_(col(Submission.claimed_until).is_(None), col(Submission.claimed_until) < now),
                )
                .values(state="cancelled", last_error="cancelled by the citizen")
            )
            if getattr(result, "rowcount", 0) == 1:
                report.state = "cancelled"
                report.updated_at = now
                reply.queue(report.id, [Say("cancelled", values)])
                return
        status, _ = await _status_of(session, report)
        if report.state in ("queued", "submitted") and status not in ("closed", "fixed"):
            report.notes = [*report.notes, {"at": now.isoformat(), "text": "The citizen asked to cancel."}]
            report.updated_at = now
            reply.queue(report.id, [Say("cancel_noted", values)])
            return
        reply.queue(report.id, [Say("cancel_not_open", values)])

    # --- closing conversations nobody answers --------------------------------------------------

    async def close_idle(self) -> int:
        now = self.clock()
        ids = await claim(
            self.sessions, Conversation, states=["open"], now=now, lease=LEASE, due_column="expires_at"
        )
        for conversation_id in ids:
            async with self.sessions() as session, session.begin():
                conv = await session.get(Conversation, conversation_id)
                if conv is None:
                    continue
                conv.claimed_until = None
                if conv.state != "open" or conv.expires_at > now:
                    continue  # answered meanwhile
                report = await session.get(Report, conv.report_id) if conv.report_id else None
                _idle(conv, now)
                if report is None or report.state != "waiting" or report.id is None:
                    continue
                report.state = "expired"
                report.updated_at = now
                contact = await session.get(Contact, report.contact_id)
                assert contact is not None
                prof = profile(report.channel, self.max_length(report.channel))
                text = self.templates.render(conv.language, "expired", prof, ref=report.ref)
                session.add(
                    OutboundMessage(
                        dedup_key=f"expired:{report.id}",
                        channel=report.channel,
                        contact_id=report.contact_id,
                        report_id=report.id,
                        thread_ref=report.thread_ref,
                        text=text,
                        kind="info",
                    )
                )
        return len(ids)


@dataclass
class _Reply:
    """Queues the replies to one inbound message, rendered in the citizen's language for the channel."""

    intake: Intake
    session: AsyncSession
    msg: InboundMessage
    contact_id: int
    lang: str
    profile: Profile
    count: int = 0

    def queue(self, report_id: int | None, says: list[Say]) -> None:
        for text in self.intake.templates.compose(self.lang, says, self.profile):
            key = f"ask:{self.msg.id}" if self.count == 0 else f"ask:{self.msg.id}:{self.count}"
            self.count += 1
            self.session.add(
                OutboundMessage(
                    dedup_key=key,
                    channel=self.msg.channel,
                    contact_id=self.contact_id,
                    report_id=report_id,
                    thread_ref=self.msg.thread_ref,
                    in_reply_to=self.msg.provider_id,
                    text=text,
                    kind="question",  # any answer to the citizen's own message
                )
            )


def _idle(conv: Conversation, now: datetime) -> None:
    conv.state = "idle"
    conv.report_id = None
    conv.data = {}
    conv.updated_at = now
    conv.claimed_until = None


async def _subscribe(
    session: AsyncSession, report_id: int, contact_id: int, msg: InboundMessage, lang: str
) -> None:
    existing = (
        await session.execute(
            select(Subscription).where(
                Subscription.report_id == report_id, Subscription.contact_id == contact_id
            )
        )
    ).scalar_one_or_none()
    if existing is None:
        session.add(
            Subscription(
                report_id=report_id,
                contact_id=contact_id,
                channel=msg.channel,
                thread_ref=msg.thread_ref,
                language=lang,
            )
        )


async def _link(session: AsyncSession, report: Report) -> str:
    sub = (
        await session.execute(select(Submission).where(Submission.report_id == report.id))
    ).scalar_one_or_none()
    if sub is not None and sub.service_request_id:
        return sub.service_request_id
    return report.ref


async def _visible(session: AsyncSession, ref: str, contact_id: int) -> Report | None:
    """The report `ref` if this contact made it or follows it; nobody else's."""
    report = (await session.execute(select(Report).where(Report.ref == ref))).scalar_one_or_none()
    if report is None or report.contact_id == contact_id:
        return report
    followed = (
        await session.execute(
            select(Subscription.id).where(
                Subscription.report_id == report.id, Subscription.contact_id == contact_id
            )
        )
    ).first()
    return report if followed else None


async def _status_of(session: AsyncSession, report: Report) -> tuple[str, str]:
    """The status to tell a citizen: the council's once submitted, else where the report is with us."""
    if report.state == "waiting":
        return "draft", ""
    if report.state == "queued":
        return "queued", ""
    if report.state in ("failed", "cancelled", "expired", "outside_area"):
        return report.state, ""
    sub = (
        await session.execute(select(Submission).where(Submission.report_id == report.id))
    ).scalar_one_or_none()
    if sub is None:
        return "queued", ""
    if sub.status:
        return sub.status, sub.status_notes
    return "sent", ""


def draft_of(report: Report) -> Draft:
    """A report's draft rebuilt from its row (a report without a conversation row)."""
    return _legacy_draft(report)


def _legacy_draft(report: Report) -> Draft:
    return Draft(
        text=report.text,
        service_code=report.service_code,
        service_name=report.service_name,
        confidence=report.confidence,
        candidates=tuple((c["service_code"], float(c["score"])) for c in report.candidates),
        offered=tuple(report.offered),
        lat=report.lat,
        lon=report.lon,
        location_kind=report.location_kind,
        location_text=report.location_text,
        location_confidence=1.0 if report.lat is not None else 0.0,
        address=report.address,
        missing=tuple(report.missing),
        asking="service" if report.offered else "",
        attributes=dict(report.attributes),
    )


def _save(report: Report, draft: Draft, now: datetime) -> None:
    report.text = draft.text
    report.service_code = draft.service_code
    report.service_name = draft.service_name
    report.confidence = draft.confidence
    report.candidates = [{"service_code": code, "score": score} for code, score in draft.candidates]
    report.offered = list(draft.offered)
    report.lat, report.lon = draft.lat, draft.lon
    report.location_kind = draft.location_kind
    report.location_text = draft.location_text
    report.address = draft.address
    report.missing = list(draft.missing)
    report.attributes = _attributes(draft)
    report.updated_at = now


def _attributes(draft: Draft) -> dict[str, Any]:
    return {code: list(v) if isinstance(v, list | tuple) else str(v) for code, v in draft.attributes.items()}


__all__ = ["CatalogUnavailable", "Definitions", "Intake", "Turn"]
