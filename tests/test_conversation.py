"""The conversation's pure parts: steps, attribute answers, commands, language, templates and SMS fitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from dispatcher.models import AttributeDef, ServiceDefinition
from nlp import Gazetteer, Service
from relay311 import commands
from relay311.app import load_gazetteer
from relay311.conversation import Draft, NeedDefinition, Settings, parse_answer, step
from relay311.formatting import PROFILES, is_gsm7, prepare, profile, sms_segments
from relay311.language import detect
from relay311.messages import Say, TemplateError, Templates

CATALOG = [
    Service("POTHOLE", "Pothole", keywords=("pothole", "hole in the road")),
    Service("STREETLIGHT", "Street light not working", keywords=("street light", "lamp post")),
    Service("GRAFFITI", "Graffiti", keywords=("graffiti", "spray paint")),
    Service("ABANDONED_VEHICLE", "Abandoned vehicle", keywords=("abandoned car",), metadata=True),
]
VEHICLE = ServiceDefinition(
    "ABANDONED_VEHICLE",
    (
        AttributeDef(
            "TYPE",
            "singlevaluelist",
            True,
            True,
            "What kind of vehicle?",
            1,
            (("car", "Car"), ("van", "Van")),
        ),
        AttributeDef("SEEN", "datetime", True, True, "When did you first see it?", 2),
        AttributeDef("WHEELS", "number", False, True, "How many wheels?", 3),
        AttributeDef("NOTICE", "text", False, False, "Legally parked cars are not abandoned.", 0),
    ),
)
TEMPLATES = Templates.load()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


def run(gaz: Gazetteer, texts: list[str], **settings: object) -> tuple[Draft, list[tuple[Say, ...]], bool]:
    draft: Draft | None = None
    said: list[tuple[Say, ...]] = []
    complete = False
    for text in texts:
        turn = step(
            draft,
            text,
            catalog=CATALOG,
            gazetteer=gaz,
            settings=Settings(**settings),  # type: ignore[arg-type]
            definitions={"ABANDONED_VEHICLE": VEHICLE},
        )
        draft, complete = turn.draft, turn.complete
        said.append(turn.says)
    assert draft is not None
    return draft, said, complete


def test_location_is_asked_then_the_report_is_complete(gazetteer: Gazetteer) -> None:
    draft, said, complete = run(gazetteer, ["pothole in the road", "outside 12 Station Road"])
    assert said[0][-1].key == "ask_location"
    assert complete and draft.service_code == "POTHOLE" and draft.address.startswith("12 Station Road")


def test_a_draft_survives_serialisation(gazetteer: Gazetteer) -> None:
    draft, _, _ = run(gazetteer, ["abandoned car outside 12 Station Road"])
    again = Draft.from_data(draft.to_data())
    assert again == draft
    assert again.asking == "attribute" and again.attribute == "TYPE"


def test_attributes_are_asked_in_order_validated_and_stored(gazetteer: Gazetteer) -> None:
    draft, said, complete = run(
        gazetteer, ["abandoned car outside 12 Station Road", "lorry", "van", "yesterday", "24/12/2026 18:30"]
    )
    assert [s.key for s in said[0]] == ["notice", "ask_choice"]  # notice shown once, as information
    assert said[0][1].options == ("Car", "Van")
    assert [s.key for s in said[1]] == ["not_understood", "ask_choice"]  # "lorry" is not offered
    assert said[2][-1].key == "ask_datetime"
    assert said[3][0].key == "not_understood"
    assert complete and said[4] == ()
    assert draft.attributes == {"TYPE": "van", "SEEN": "2026-12-24T18:30:00"}  # optional WHEELS not asked


def test_optional_attributes_can_be_asked_and_skipped(gazetteer: Gazetteer) -> None:
    draft, said, complete = run(
        gazetteer,
        ["abandoned car outside 12 Station Road", "1", "2026-12-24 10:00", "skip"],
        ask_optional=True,
    )
    assert said[2][-1].key == "skip_hint" and said[2][-2].key == "ask_number"
    assert complete and draft.skipped == ("WHEELS",)


def test_a_missing_definition_is_requested(gazetteer: Gazetteer) -> None:
    with pytest.raises(NeedDefinition) as need:
        step(
            None,
            "abandoned car outside 12 Station Road",
            catalog=CATALOG,
            gazetteer=gazetteer,
            settings=Settings(),
            definitions={},
        )
    assert need.value.service_code == "ABANDONED_VEHICLE"


def test_confirmation_yes_completes_and_no_cancels(gazetteer: Gazetteer) -> None:
    _, said, complete = run(gazetteer, ["pothole outside 12 Station Road", "yes"], confirm=True)
    assert said[0][-1].key == "confirm" and complete
    turn = step(
        None,
        "pothole outside 12 Station Road",
        catalog=CATALOG,
        gazetteer=gazetteer,
        settings=Settings(confirm=True),
    )
    no = step(turn.draft, "no", catalog=CATALOG, gazetteer=gazetteer, settings=Settings(confirm=True))
    assert no.cancelled and not no.complete


def test_an_uncertain_location_is_offered_for_confirmation(gazetteer: Gazetteer) -> None:
    _, said, complete = run(gazetteer, ["pothole on Station Road", "1"], min_location_confidence=0.7)
    assert said[0][-1].key == "choose_location" and said[0][-1].options == ("Station Road, Demo Town",)
    assert complete


@pytest.mark.parametrize(
    ("datatype", "answer", "expected"),
    [
        ("number", "3", "3"),
        ("number", "2,5", "2.5"),
        ("number", "three", None),
        ("datetime", "2026-12-24T10:00", "2026-12-24T10:00:00"),
        ("datetime", "24/12/2026", "2026-12-24T00:00:00"),
        ("datetime", "tomorrow", None),
        ("string", "AB12 CDE", "AB12 CDE"),
        ("string", "   ", None),
        ("singlevaluelist", "2", "b"),
        ("singlevaluelist", "Alpha", "a"),
        ("singlevaluelist", "9", None),
        ("multivaluelist", "1, 3", ["a", "c"]),
        ("multivaluelist", "1 3 3", ["a", "c"]),
        ("multivaluelist", "Gamma and alpha", ["c", "a"]),
        ("multivaluelist", "1, 7", None),
    ],
)
def test_attribute_answers_are_validated_by_datatype(datatype: str, answer: str, expected: object) -> None:
    values = (("a", "Alpha"), ("b", "Beta"), ("c", "Gamma"))
    attr = AttributeDef("X", datatype, True, True, "?", 1, values if "list" in datatype else ())
    assert parse_answer(attr, answer) == expected


@pytest.mark.parametrize(
    ("text", "sms", "expected"),
    [
        ("STOP", True, commands.Command("stop")),
        ("stop", False, commands.Command("stop")),
        ("CANCEL", True, commands.Command("stop")),
        ("cancel", False, commands.Command("cancel")),
        ("Cancel r-7k3qx", True, commands.Command("cancel", "R-7K3QX")),
        ("status 7K3QX", False, commands.Command("status", "R-7K3QX")),
        ("status RAJAC", False, commands.Command("status", "R-RAJAC")),
        ("status rrajac", False, commands.Command("status", "R-RAJAC")),
        ("status R-TEST2", False, commands.Command("status", "R-TEST2")),
        ("STATUS", False, commands.Command("status")),
        ("estado", False, commands.Command("status", language="es")),
        ("help", True, commands.Command("help")),
        ("status of the pothole", False, None),
        ("stop the dumping please", False, None),
        ("Big pothole", False, None),
    ],
)
def test_commands(text: str, sms: bool, expected: commands.Command | None) -> None:
    assert commands.parse(text, sms_keywords=sms) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hay un bache enorme en la calle Station Road 12", "es"),
        ("Farola rota en Mill Lane", "es"),
        ("There is a huge pothole outside 12 Station Road", "en"),
        ("2", None),
        ("12 Station Road", None),
    ],
)
def test_language_detection(text: str, lang: str | None) -> None:
    assert detect(text) == lang


def test_english_templates_are_gsm7_and_every_language_fits_sms_after_transliteration() -> None:
    sms = PROFILES["twilio_sms"]
    for key, template in TEMPLATES.texts["en"].items():
        assert is_gsm7(template), key
    for lang in TEMPLATES.languages:
        for key in TEMPLATES.texts["en"]:
            text = TEMPLATES.render(
                lang,
                key,
                sms,
                ref="R-7K3QX",
                service="Broken or uneven pavement",
                where="12 Station Road, Demo Town",
                council="Demo Town Council",
                request_id="1000123",
                reason="HTTP 500: the server is down " * 5,
                status=TEMPLATES.status(lang, "not_councils_responsibility"),
                notes=" A very long note from the council. " * 20,
                options="1) Car\n2) Van\n3) Lorry or truck",
                question="What kind of vehicle is it?",
                text="A vehicle parked legally is not abandoned. " * 4,
                lines="R-7K3QX Pothole: open\n" * 5,
                link="1000122",
            )
            assert is_gsm7(text), (lang, key, text)
            assert sms_segments(text) <= 2, (lang, key, text)


def test_segments_are_counted_for_gsm7_and_ucs2() -> None:
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2
    assert sms_segments("a" * 306) == 2
    assert sms_segments("€" * 80) == 1  # extension characters take two septets
    assert sms_segments("€" * 81) == 2
    assert sms_segments("ā" * 70) == 1
    assert sms_segments("ā" * 71) == 2
    assert prepare("Está aquí – “ok”", profile("twilio_sms")) == 'Esta aqui - "ok"'
    assert prepare("Está aquí", profile("webchat")) == "Está aquí"


def test_post_length_limits_and_channel_overrides() -> None:
    x = profile("x")
    text = TEMPLATES.render(
        "en", "status_changed", x, ref="R-7K3QX", service="Pothole", status="closed", notes=" done" * 100
    )
    assert len(text) <= 280 and text.startswith("Update on your report R-7K3QX (Pothole): closed.")
    assert profile("mastodon", 300).max_length == 300


def test_messages_that_do_not_fit_together_are_split() -> None:
    says = [Say("notice", {"text": "x " * 150}), Say("ask_choice", {"question": "Which?"}, ("A", "B"))]
    parts = TEMPLATES.compose("en", says, profile("twilio_sms"))
    assert len(parts) == 2 and parts[1].startswith("Which? Reply with a number:\n1) A\n2) B")
    assert TEMPLATES.compose("en", says, profile("webchat"))[0].count("Please note") == 1


def test_a_council_override_folder_changes_texts_and_adds_a_language(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text('help = "Call 01234 567890 or tell us the problem."\n')
    (tmp_path / "fr.toml").write_text(
        'cancelled = "Votre signalement {ref} est annulé."\n[status]\nopen = "ouvert"\n'
    )
    templates = Templates.load(tmp_path)
    assert templates.render("en", "help") == "Call 01234 567890 or tell us the problem."
    assert templates.render("fr", "cancelled", ref="R-22222") == "Votre signalement R-22222 est annulé."
    assert templates.render("fr", "status_none").startswith("You have no open reports")  # falls back
    assert templates.status("fr", "open") == "ouvert"
    assert templates.status("es", "in_progress") == "en curso"


def test_an_override_with_an_unknown_variable_or_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text('cancelled = "Report {reference} cancelled."\n')
    with pytest.raises(TemplateError, match="reference"):
        Templates.load(tmp_path)
    (tmp_path / "en.toml").write_text('cancelld = "typo"\n')
    with pytest.raises(TemplateError, match="unknown template"):
        Templates.load(tmp_path)


def test_two_services_neck_and_neck_are_offered_not_guessed(gazetteer: Gazetteer) -> None:
    twins = [
        Service("SW_REPAIR", "Sidewalk repair", "Broken or uneven sidewalks"),
        Service("SW_MAINT", "Sidewalk maintenance", "Broken or uneven sidewalks"),
        *CATALOG,
    ]

    def first(text: str, **settings: object) -> tuple[Draft, tuple[Say, ...]]:
        turn = step(None, text, catalog=twins, gazetteer=gazetteer, settings=Settings(**settings))  # type: ignore[arg-type]
        return turn.draft, turn.says

    draft, says = first("the sidewalk is broken outside 12 Station Road")
    assert draft.service_code is None and draft.asking == "service"
    assert set(draft.offered[:2]) == {"SW_REPAIR", "SW_MAINT"}
    assert says[-1].key == "ask_service"
    # the citizen picks one by number and the report is complete
    turn = step(draft, "2", catalog=twins, gazetteer=gazetteer, settings=Settings())
    assert turn.complete and turn.draft.service_code == draft.offered[1]
    # a clear leader is still chosen without asking, and min_margin = 0 restores guessing
    assert first("graffiti outside 12 Station Road")[0].service_code == "GRAFFITI"
    assert first("the sidewalk is broken outside 12 Station Road", min_margin=0.0)[0].service_code is not None


def test_a_report_in_spanish_is_understood_against_the_english_catalog(gazetteer: Gazetteer) -> None:
    draft, _, complete = run(gazetteer, ["hay un bache enorme en 12 Station Road"])
    assert complete and draft.service_code == "POTHOLE" and draft.address.startswith("12 Station Road")
    draft, _, _ = run(gazetteer, ["la farola no funciona", "12 Station Road"])
    assert draft.service_code == "STREETLIGHT"
