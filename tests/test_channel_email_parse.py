"""Email parsing without a server: bodies, charsets, broken MIME, quotes, automated mail, photos."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from channels.email_media import NotAPhoto, read_photo
from channels.email_parse import parse_email


def jpeg_with_gps(lat: tuple[int, int, float], lon: tuple[int, int, float], *, west: bool = True) -> bytes:
    image = Image.new("RGB", (80, 60), "orange")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {
        1: "N",
        2: tuple(IFDRational(v) if isinstance(v, int) else IFDRational(int(v * 100), 100) for v in lat),
        3: "W" if west else "E",
        4: tuple(IFDRational(v) if isinstance(v, int) else IFDRational(int(v * 100), 100) for v in lon),
    }
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def mail(
    body: str = "Big pothole outside 12 Station Road",
    *,
    subject: str = "Pothole",
    sender: str = "Jane Citizen <jane@example.org>",
    message_id: str | None = "<m1@example.org>",
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "reports@council.test"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    if message_id:
        msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def test_plain_text_is_preferred_and_subject_kept_in_front() -> None:
    msg = mail("Outside number 12, very deep.")
    msg.add_alternative("<p>IGNORED html version</p>", subtype="html")
    parsed = parse_email(msg.as_bytes())
    assert parsed.text == "Pothole\n\nOutside number 12, very deep."
    assert parsed.provider_id == parsed.message_id == "<m1@example.org>"
    assert parsed.sender == "jane@example.org"
    assert parsed.automated == ""


def test_html_only_becomes_text_without_scripts_styles_or_quotes() -> None:
    msg = mail(subject="Re: Your report")
    msg.set_content(
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        "<p>Broken street light &amp; dark</p><p>on Mill Lane</p>"
        "<div class='gmail_quote'>On Monday the council wrote:<blockquote>Where?</blockquote></div>"
        "</body></html>",
        subtype="html",
    )
    parsed = parse_email(msg.as_bytes())
    assert parsed.text == "Broken street light & dark\n\non Mill Lane"


def test_quoted_reply_and_signature_are_stripped_but_lists_kept() -> None:
    body = (
        "It is outside the school gates.\n- very deep\n- cars swerve\n\n"
        "Kind regards,\nJane\n\n"
        "On Tue, 3 Nov 2026 at 10:00, Demo Town Council <reports@council.test> wrote:\n"
        "> Where exactly is the problem?\n"
    )
    parsed = parse_email(mail(body, subject="Re: Pothole").as_bytes())
    assert parsed.text == "It is outside the school gates.\n- very deep\n- cars swerve"


def test_a_message_that_is_only_a_quote_is_kept_whole() -> None:
    parsed = parse_email(mail("> just the old text", subject="Re: x").as_bytes())
    assert parsed.text == "> just the old text"


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("iso-8859-2", "Dziura w jezdni przy ulicy Łódzkiej"),
        ("koi8-r", "Яма на дороге"),
        ("shift_jis", "道路の穴"),
    ],
)
def test_any_charset(charset: str, text: str) -> None:
    raw = (
        "From: a@example.org\r\nSubject: =?utf-8?q?Report?=\r\nMessage-ID: <c@x>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + text.encode(charset)
    assert parse_email(raw).text.endswith(text)


def test_unknown_charset_is_read_as_utf8_with_a_note() -> None:
    raw = (
        b"From: a@example.org\r\nMessage-ID: <u@x>\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n" + "Stra\u00dfenlaterne kaputt".encode()
    )
    parsed = parse_email(raw)
    assert parsed.text == "Straßenlaterne kaputt"
    assert any("unknown charset" in note for note in parsed.notes)


def test_broken_mime_keeps_what_is_readable() -> None:
    raw = (
        b"From: a@example.org\r\nMessage-ID: <b@x>\r\nSubject: Flytipping\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        b"--never-closed\r\nContent-Type: text/plain\r\n\r\nMattress dumped on Elm Street\r\n"
        b"--never-closed\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!notbase64"
    )
    parsed = parse_email(raw)
    assert "Mattress dumped on Elm Street" in parsed.text
    assert parsed.notes  # the defects are reported


def test_garbage_does_not_raise() -> None:
    parsed = parse_email(b"\x00\xff\xfe not an email at all \r\n\r\n\x80\x81")
    assert parsed.provider_id.startswith("sha256:")
    assert parsed.automated == "no sender address"


def test_huge_body_is_cut_with_a_note() -> None:
    parsed = parse_email(mail("pothole " * 1_300_000).as_bytes(), max_text=5000)
    assert 4900 <= len(parsed.text) <= 5000 and parsed.text.startswith("pothole pothole")
    assert any("only the first 5000" in note for note in parsed.notes)


def test_without_message_id_the_same_mail_delivered_twice_has_one_id() -> None:
    first = mail(message_id=None)
    second = mail(message_id=None)
    second["Received"] = "from relay2.example.org by mx.council.test"
    assert parse_email(first.as_bytes()).provider_id == parse_email(second.as_bytes()).provider_id
    other = mail("A different report", message_id=None)
    assert parse_email(other.as_bytes()).provider_id != parse_email(first.as_bytes()).provider_id


def test_references_chain_kept_with_in_reply_to() -> None:
    parsed = parse_email(
        mail(headers={"In-Reply-To": "<b@council.test>", "References": "<a@council.test>"}).as_bytes()
    )
    assert parsed.references == ["<a@council.test>", "<b@council.test>"]


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, "jane@example.org", "Re: Pothole", "Auto-Submitted"),
        ({"Auto-Submitted": "auto-generated"}, "jane@example.org", "Pothole", "Auto-Submitted"),
        ({"Precedence": "bulk"}, "news@example.org", "Newsletter", "Precedence"),
        ({"Precedence": "junk"}, "x@example.org", "Hi", "Precedence"),
        ({"List-Id": "<residents.example.org>"}, "x@example.org", "Hi", "mailing list"),
        ({"List-Unsubscribe": "<mailto:u@example.org>"}, "x@example.org", "Hi", "mailing list"),
        ({"X-Autoreply": "yes"}, "jane@example.org", "Hi", "X-Autoreply"),
        ({"Return-Path": "<>"}, "jane@example.org", "Hi", "Return-Path"),
        ({}, "MAILER-DAEMON@mx.example.org", "Undelivered Mail Returned to Sender", "not a person"),
        ({}, "postmaster@example.org", "Delivery report", "not a person"),
        ({}, "no-reply@example.org", "Hi", "not a person"),
        ({}, "jane@example.org", "Out of Office: Pothole", "automatic-reply subject"),
        ({}, "jane@example.org", "Automatic reply: Re: Pothole", "automatic-reply subject"),
    ],
)
def test_automated_mail_is_recognised(
    headers: dict[str, str], sender: str, subject: str, reason: str
) -> None:
    parsed = parse_email(mail(sender=sender, subject=subject, headers=headers).as_bytes())
    assert reason in parsed.automated


@pytest.mark.parametrize(
    "subject", ["Undelivered bin collection", "Absence of street lights", "Holiday litter", "Re: Pothole"]
)
def test_people_are_not_mistaken_for_robots(subject: str) -> None:
    assert parse_email(mail(subject=subject, headers={"Auto-Submitted": "no"}).as_bytes()).automated == ""


def test_photo_gps_is_read_and_the_published_copy_has_no_metadata() -> None:
    data = jpeg_with_gps((51, 30, 36.0), (0, 7, 30.0))
    photo = read_photo(data)
    assert photo.lat == pytest.approx(51.51)
    assert photo.lon == pytest.approx(-0.125)
    with Image.open(io.BytesIO(photo.public)) as public:
        assert public.size == (80, 60)
        assert dict(public.getexif()) == {}
        assert "exif" not in public.info and "xmp" not in public.info
    assert b"PhoneMaker" not in photo.public


def test_not_a_photo() -> None:
    with pytest.raises(NotAPhoto):
        read_photo(b"GIF89a but not really")


def test_attachments_are_kept() -> None:
    msg = mail("See photo")
    msg.add_attachment(
        jpeg_with_gps((51, 0, 0), (1, 0, 0)), maintype="image", subtype="jpeg", filename="p.jpg"
    )
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="letter.pdf")
    parsed = parse_email(msg.as_bytes())
    assert [(a.filename, a.content_type) for a in parsed.attachments] == [
        ("p.jpg", "image/jpeg"),
        ("letter.pdf", "application/pdf"),
    ]
