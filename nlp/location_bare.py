"""Street names written without their type word ("on Woods", "pothole up 34th", "corner of Charles and
Preston", "17th and Kansas Ave", "outside 221 Keystone"): which streets such a name may be, and when the words
around it make it a street at all."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from nlp.gazetteer import DIRECTIONS, MEET_LIMIT_M, STOP, Gazetteer, Match, Mention, Road, Tokens
from nlp.gazetteer_names import letter_twin
from nlp.location_area import Area, area_location
from nlp.location_common import (
    _AFTER_ORDINAL,
    _ALONG,
    _BARE_LINKS,
    _BLOCK_NUMBER,
    _CORNER_CUES,
    _DATED,
    _ENDS,
    _HOUSE,
    _ING_NOUNS,
    _JUNCTION_WORDS,
    _NEAR_LINKS,
    _NOT_AFTER_BARE,
    _NOT_AFTER_ORDINAL,
    _NOT_PLAIN,
    _ORDINAL,
    _PLAIN_AFTER,
    _PLAIN_CUES,
    CONFIDENCE,
    MEET_M,
    NEAR_KIND,
    ROAD_M,
    _after_along,
    _Anchor,
    _capitalised,
    _location,
    _mixed_case,
    _name_word,
    _named_bare,
    _near_location,
    _street_near,
)
from nlp.types import Location


def _bare_junction(
    tokens: Tokens, streets: Sequence[Mention], gaz: Gazetteer, places: AbstractSet[int] = frozenset()
) -> Location | None:
    """'17th and Kansas Ave', 'Kansas Ave & SW 10th': the other street written without its street type.
    Also 'on Gough near Bond St', 'up Bond St by Gough': a street near another (after on/up/down/along) is
    where they meet when they do (within MEET_M); else the point of the first nearest the other, when that
    is within MEET_LIMIT_M. The other street also picks which of several roads the bare name is. Not when
    the name after "near" begins a place's (`places`: its words): "on Imla St by Holabird Academy".
    At a corner, the other street may be named by a letter or a type word alone ("3rd St and E", "Circle
    and 48th St": `_weak_name`) when the two really meet (within MEET_M)."""
    words = tokens.words
    links = _BARE_LINKS if set(words) & _JUNCTION_WORDS else _BARE_LINKS - {"with"}  # "junction of X with Y"
    for m in streets:
        # (streets the bare name may be, span start, end, near: "" for a corner, else which street the
        # problem is on: "bare" or "typed"; whether the name is a letter or a type word)
        sides: list[tuple[list[int], int, int, str, bool]] = []
        if m.start >= 1 and words[m.start - 1] == "between":
            continue  # "between X and Y" is a stretch, not a corner
        if m.end + 1 < len(words) and words[m.end] in links:
            refs, end = _bare_streets(gaz, words, m.end + 1)
            if refs:
                sides.append((refs, m.start, end, "", False))
            else:
                refs, end = _weak_name(tokens, gaz, m.end + 1)
                if refs and m.end + 1 not in places:
                    sides.append((refs, m.start, end, "", True))
        elif m.end + 1 < len(words) and words[m.end] in _NEAR_LINKS and _after_along(words, m.start):
            refs, end = _bare_streets(gaz, words, m.end + 1)
            if refs and _named_bare(tokens, m.end + 1, end) and m.end + 1 not in places:
                sides.append((refs, m.start, end, "typed", False))
        near = m.start >= 1 and words[m.start - 1] in _NEAR_LINKS
        if m.start >= 2 and (words[m.start - 1] in links or near):
            for n in (2, 1):
                i = m.start - 1 - n
                if i < 0:
                    continue
                start = i - 1 if i >= 1 and words[i - 1] in DIRECTIONS else i
                found, stop = _bare_streets(gaz, words, start)
                if not found or stop != m.start - 1 or start >= 1 and words[start - 1] == "between":
                    continue
                if near and not (_after_along(words, start) and _named_bare(tokens, start, stop)):
                    continue
                sides.append((found, start, m.end, "bare" if near else "", False))
                break
            else:
                for start in (m.start - 3, m.start - 2) if not near else ():
                    found, stop = _weak_name(tokens, gaz, start) if start >= 0 else ([], start)
                    if found and stop == m.start - 1 and not (start >= 1 and words[start - 1] == "between"):
                        sides.append((found, start, m.end, "", True))
                        break
        same = set(gaz.namesakes(m.ref))
        for refs, start, end, on, weak in sides:
            # "on 6th Street. At 6th and ...": the same street again, not a corner of two
            gaps = [
                (gaz.meeting(a, ref)[1], a, ref)
                for a in gaz.namesakes(m.ref)[:6]
                for ref in refs
                if ref not in same
            ]
            if not gaps:
                continue
            gap, a_ref, b_ref = min(gaps)
            if weak and gap > MEET_M:
                continue
            if on and gap > MEET_M:
                if gap > MEET_LIMIT_M:  # (a gap beyond that is only a lower bound)
                    continue
                here, other = (b_ref, a_ref) if on == "bare" else (a_ref, b_ref)
                point = gaz.nearest_on_street(here, gaz.meeting(a_ref, b_ref)[0])[0]
                name = f"{gaz.streets[here].name} near {gaz.streets[other].name}"
                nearby = Match(NEAR_KIND, name, point[0], point[1], 0.7 * m.score)
                return _location(gaz, nearby, tokens, start, end, CONFIDENCE["street_near"] * nearby.score)
            corner = gaz.intersection_at(a_ref, b_ref, (0.7 if on or weak else 0.8) * m.score)
            if corner is not None:
                return _location(gaz, corner, tokens, start, end, CONFIDENCE["intersection"] * corner.score)
    return None


def _bare_streets(gaz: Gazetteer, words: Sequence[str], i: int) -> tuple[list[int], int]:
    """Streets named at words[i:] without their type word ("Keystone", "South Houcks"): (refs, end).
    A direction written before the name keeps the streets named with it (North, not South, Chester)."""
    refs, end, _ = _bare_name(gaz, words, i)
    return refs, end


def _bare_name(
    gaz: Gazetteer, words: Sequence[str], i: int, typos: bool = False
) -> tuple[list[int], int, bool]:
    """`_bare_streets`, and with `typos` a one-word name misspelt ("Jeffreson") when it is a typo of
    exactly one street name (`Gazetteer.bare_typo`): (refs, end, exact)."""
    if i >= len(words):
        return [], i, True
    j = i + 1 if words[i] in DIRECTIONS and i + 1 < len(words) else i
    direction = words[i] if j > i else ""
    for n in (2, 1):
        name = words[j : j + n]
        if len(name) == n and all(_name_word(w) for w in name):
            refs = gaz.bare_streets(name, direction)
            if refs:
                return refs, j + n, True
    if typos and j < len(words) and _name_word(words[j]):
        core = gaz.bare_typo(words[j])
        if core:
            return gaz.bare_streets((core,), direction), j + 1, False
    return [], i, True


def _bare_pair(
    tokens: Tokens, gaz: Gazetteer, taken: AbstractSet[int], places: AbstractSet[int] = frozenset()
) -> Location | None:
    """'corner of Charles and Preston', 'the Elm / Oak junction', 'where Elm meets North Oak': two streets
    both written without their type word. Only when the words follow a corner cue (at, of, where,
    outside...; or "junction" after them), are written as names (capitalised, in a text that uses
    capitals) and two streets so named really meet (within MEET_M): two words joined by "and" are
    otherwise just words. Also 'on 36th near Greenmount', 'up Gough by Bond': a street near another,
    after on/up/down/along, is where they meet (in a text without capitals, when one is numbered), unless
    the second begins a place's name (`places`: its words)."""
    words = tokens.words
    mixed = _mixed_case(tokens.text)
    links = _BARE_LINKS if set(words) & _JUNCTION_WORDS else _BARE_LINKS - {"with"}
    for k in range(1, len(words) - 1):
        near = words[k] in _NEAR_LINKS
        if not (near or words[k] in links) or k in taken or k + 1 in taken:
            continue
        right, end, exact = _bare_name(gaz, words, k + 1, typos=True)
        weak = False  # one of the two is named by a letter or a type word alone: "3rd and E"
        if not right and not near:
            right, end = _weak_name(tokens, gaz, k + 1)
            weak = bool(right)
        if not right or any(i in taken for i in range(k + 1, end)):
            continue
        left: list[int] = []
        start = k
        for n in (2, 1):
            i = k - n
            if i < 0:
                continue
            start = i - 1 if i >= 1 and words[i - 1] in DIRECTIONS else i
            left, stop, left_exact = _bare_name(gaz, words, start, typos=exact)
            if left and stop == k:
                exact = exact and left_exact  # "Chalres and Preston": one of the two names misspelt
                break
            left = []
        if not left and not weak and not near:  # "corner of E and 3rd"
            for start in (k - 2, k - 1):
                left, stop = _weak_name(tokens, gaz, start) if start >= 0 else ([], start)
                if left and stop == k:
                    weak = True
                    break
                left = []
        if not left or any(i in taken for i in range(start, k)):
            continue
        before = words[start - 1] if start >= 1 else ""
        after = words[end] if end < len(words) else ""
        if before == "between" or before == "the" and start >= 2 and words[start - 2] == "between":
            continue
        if near and not (
            before in _ALONG
            and (mixed or _ORDINAL.match(words[k - 1]) or _ORDINAL.match(words[end - 1]))
            and k + 1 not in places
        ):
            continue
        if not near and not (
            words[k] in ("meets", "crosses", "joins") or before in _CORNER_CUES or after in _JUNCTION_WORDS
        ):
            continue
        if before == "the" and not (
            start >= 2 and words[start - 2] in _CORNER_CUES or after in _JUNCTION_WORDS
        ):
            continue
        if mixed and not all(_capitalised(tokens, i) for i in range(start, end) if i != k):
            continue
        gaps = [(gaz.meeting(a, b)[1], a, b) for a in left[:6] for b in right[:6] if a != b]
        if not gaps:
            continue
        gap, a_ref, b_ref = min(gaps)
        if gap > MEET_M:
            continue
        match = gaz.intersection_at(
            a_ref, b_ref, (0.8 if exact and not weak else 0.7) * (0.9 if near else 1.0)
        )
        if match is not None:
            return _location(gaz, match, tokens, start, end, CONFIDENCE["intersection"] * match.score)
    return None


def _weak_name(tokens: Tokens, gaz: Gazetteer, i: int) -> tuple[list[int], int]:
    """Streets named at words[i:] by a letter or a type word alone ("E" for E Street, "Circle" for Circle
    Drive and East Circle Drive, "N Circle"), which only a corner with a street they meet makes streets:
    (refs, end). In a text that uses capitals, only when written as a name (capitalised, and the next word
    not: "48th and Circle K" is a shop); in a text without, never "a" or "i"."""
    words = tokens.words
    if i >= len(words):
        return [], i
    mixed = _mixed_case(tokens.text)
    direction = words[i] if words[i] in DIRECTIONS and i + 1 < len(words) else ""
    for k, towards in ((i + 1, direction), (i, "")) if direction else ((i, ""),):
        refs = _weak_refs(tokens, gaz, k, towards)
        if not refs:
            continue
        if mixed and not all(_capitalised(tokens, x) for x in range(i, k + 1)):
            continue
        if not mixed and words[k] in STOP:  # "at 3rd and a half"
            continue
        typed = [r for r in refs if k + 1 < len(words) and gaz.street_type(r) == words[k + 1]]
        if typed:  # "circle drive" in a text without capitals (with them, it is found as a name)
            return typed, k + 2
        if k + 1 < len(words) and mixed and _capitalised(tokens, k + 1) and words[k + 1].isalpha():
            continue
        return refs, k + 1
    return [], i


def _weak_refs(tokens: Tokens, gaz: Gazetteer, k: int, towards: str) -> list[int]:
    """`gaz.weak_bare` of words[k]; a compass letter is first the lettered street when written as a letter
    ("E and 5th": E Street), first the compass street when spelled out ("East and 5th": East Street)."""
    word = tokens.words[k]
    twin = letter_twin(word)
    if not twin:
        return gaz.weak_bare(word, towards)
    letter, compass = (twin, word) if word.islower() else (word, twin)
    a, b = tokens.spans[k]
    for w in (letter, compass) if b - a == 1 else (compass, letter):
        refs = gaz.weak_bare(w, towards)
        if refs:
            return refs
    return []


def _bare_address(tokens: Tokens, gaz: Gazetteer, taken: set[int]) -> Location | None:
    """'outside 221 Keystone': a house number, then a street name without its type; only when that house
    number exists on that street."""
    words = tokens.words
    for i in range(len(words) - 1):
        if i + 1 in taken or not _HOUSE.match(words[i]):
            continue
        refs, end = _bare_streets(gaz, words, i + 1)
        for ref in refs:
            match = gaz.address_at(ref, words[i], 0.9)
            if match is not None:
                return _location(gaz, match, tokens, i, end, CONFIDENCE["address"] * match.score)
    return None


def _plain_name(tokens: Tokens, gaz: Gazetteer, refs: Sequence[int], i: int, end: int) -> bool:
    """A name written in lower case is a street without its type ("pothole on mulberry", "light out on elm
    by the school") when it is the name of exactly one street (one road: its parts and namesakes meet),
    right after on/along/up/down or "the end of", the sentence ends there or goes on with a word of place
    ("near", "by"...: `_PLAIN_AFTER`), and the name is no word for what a problem is on ("graffiti on
    bridge": `_NOT_PLAIN`)."""
    words = tokens.words
    cued = words[i - 1] in _PLAIN_CUES or words[i - 1] == "of" and i >= 2 and words[i - 2] in _ENDS
    core = words[i + 1 : end] if words[i] in DIRECTIONS else words[i:end]  # "at the end of south belnord"
    if not cued or not core or any(w in _NOT_PLAIN or w in DIRECTIONS for w in core):
        return False
    if any(len(w) < 3 or not w.isalpha() for w in core):
        return False
    if len(gaz.road_list([r for r in refs if not gaz.minor(r)] or list(refs), ROAD_M)) != 1:
        return False
    if end >= len(words):
        return True
    between = tokens.text[tokens.spans[end - 1][1] : tokens.spans[end][0]]
    return any(ch in between for ch in ",.;:!?()") or words[end] in _PLAIN_AFTER


def _ordinal_street(tokens: Tokens, end: int, mixed: bool) -> bool:
    """A numbered street written without its type ("up 34th") ends at `end` unless the words after it make
    it a date, a count or a floor ("on 5th of May", "up 2nd floor"); in a text without capitals, only
    when the sentence ends or goes on with words that may follow a street ("on 33rd near the school")."""
    words = tokens.words
    if end >= len(words):
        return True
    after = words[end]
    if after in _NOT_AFTER_ORDINAL:
        return False
    between = tokens.text[tokens.spans[end - 1][1] : tokens.spans[end][0]]
    if mixed or any(ch in between for ch in ",.;:!?()-"):
        return True
    return after in _AFTER_ORDINAL or after.endswith("ing") and len(after) > 5 and after not in _ING_NOUNS


def _bare_street(
    tokens: Tokens,
    gaz: Gazetteer,
    taken: AbstractSet[int],
    anchors: Sequence[_Anchor] = (),
    need_anchor: bool = False,
    areas: Sequence[Area] = (),
) -> Location | None:
    """'pothole on Woods', 'all along North Bethel', 'at the end of Keith', 'on Jeffreson': a capitalised
    name after on/along/in/down/up/the end of, in a text that uses capitals, naming streets once a type
    word is added (or misspelling one such name only); a numbered street ("up 34th", "on e 25th") in any
    text, unless the words after it make it a date or a count. Street-level, low confidence. When the name
    fits several roads far apart (Jefferson Street and Jefferson Avenue), a place next to it written in
    the message picks the road and the point on it (`anchors`: "on Jefferson by the library"); else the
    longest, and `alternatives` offers the others; streets of that name that meet (within ROAD_M) are one
    road. With `need_anchor`, only a name that such a place picks. In a text that uses capitals, an area
    named in it may also pick the road ("on Linden in Oberlin": `location_area`), even after "in". A name in
    lower case, in any text, when it is the one street of that name after a strong cue (`_plain_name`:
    "pothole on mulberry")."""
    words = tokens.words
    mixed = _mixed_case(tokens.text)
    for i in range(1, len(words)):
        along = words[i - 1] in _ALONG or words[i - 1] == "of" and i >= 2 and words[i - 2] in _ENDS
        # "the 700 block of Jefferson" (when `_block` knows no such houses)
        along = (
            along
            or i >= 3
            and words[i - 2 : i] == ("block", "of")
            and bool(_BLOCK_NUMBER.match(words[i - 3]))
        )
        if not along or i in taken:
            continue
        # "in Cambridge", "in Central reservation": "in" names a town or an area as often as a street, so
        # after it only a name that fits exactly one street
        weak = words[i - 1] == "in"
        refs, end, exact = _bare_name(gaz, words, i, typos=not weak and mixed)
        if not refs or any(k in taken for k in range(i, end)):
            continue
        # a name in a text without capitals only when a place named next to it confirms it: "on streeper
        # by patterson park"
        confirm = False
        if _ORDINAL.match(words[end - 1]):
            if not _ordinal_street(tokens, end, mixed) or i >= 2 and words[i - 2] in _DATED:
                continue  # "on 5th of May", "up 2nd floor", "reported on 3rd"
        elif mixed and _capitalised(tokens, i):
            pass
        elif exact and _plain_name(tokens, gaz, refs, i, end):
            exact = False  # "pothole on mulberry": the one street of that name, trusted a little less
        elif not mixed:
            confirm = True
        else:
            continue  # "carry on main for two blocks": ordinary words unless written as a name
        after = words[end] if end < len(words) else ""
        if after and (after in _NOT_AFTER_BARE or _capitalised(tokens, end) and after.isalpha()):
            continue  # "on Cowley road", "on Milton roundabout": another street, or no street
        if weak and len(refs) > 1 and not (mixed and areas):
            continue
        near = _street_near(gaz, refs, [a for a in anchors if a.named or not confirm])
        if near is not None:
            return _near_location(gaz, tokens, i, end, near, 0.8 if exact else 0.7)
        if mixed and areas:
            major = [r for r in refs if not gaz.minor(r)] or refs
            in_area = area_location(gaz, tokens, major, areas, i, end, 0.8 if exact else 0.7)
            if in_area is not None:
                return in_area
        if need_anchor or confirm or weak and len(refs) > 1:
            continue
        written = words[i] if words[i] in DIRECTIONS else ""
        road, count = _main_road(gaz, refs, written, bool(_ORDINAL.match(words[end - 1])))
        score = (0.75 if count == 1 else 0.7) * (1.0 if exact else 0.9)
        match = Match("street", gaz.streets[road.ref].name, road.point[0], road.point[1], score)
        return _location(gaz, match, tokens, i, end, CONFIDENCE["street"] * match.score)
    return None


def _main_road(gaz: Gazetteer, refs: Sequence[int], direction: str, numbered: bool) -> tuple[Road, int]:
    """The road a name without its type most likely means among streets `refs` (`alternatives` offers the
    others), and how many roads it may be: a street before an alley, a service road or a footway ("3rd" is
    not the 3rd Alley behind 3rd Street); unless the `direction` written is in their names, the street so
    named before those with a direction ("up 34th" is 34th Street rather than North 34th Street, even where
    one goes on as the other, as "Nyes Road" is Nyes Road rather than South Nyes Road; "up north 62nd"
    where only 62nd Street and South 62nd Street exist is 62nd Street); for a number, first the type most
    numbered streets have here ("3rd" is 3rd Street before 3rd Avenue where most are Streets, and "4th" is
    North or South 4th Street before 4th Avenue); then the longest road."""
    refs = [r for r in refs if not gaz.minor(r)] or list(refs)
    undirected = [r for r in refs if not gaz.directed(r)] or refs
    count = len(gaz.road_list(refs if direction else undirected, ROAD_M))
    typed = [r for r in refs if gaz.street_type(r) == gaz.numbered_type()] if numbered else []
    if typed:  # before the direction: "on 4th" is North or South 4th Street, not 4th Avenue, there
        refs = typed
    if not direction or not all(direction in gaz.key(r) for r in refs):
        refs = [r for r in refs if not gaz.directed(r)] or refs
    return gaz.road_list(refs, ROAD_M)[0], count
