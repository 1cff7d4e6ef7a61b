"""Text from email bodies: HTML to plain text, and the citizen's new words without quotes or signature.

Quoted replies and signatures are found by mail-parser-reply (multi-language "On ... wrote:" / Outlook
headers, signatures, "Sent from my phone"); what it leaves is cleaned of trailing `>` quotes. When stripping
would leave nothing, the text is kept whole: a citizen's words are never thrown away for a heuristic.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser

from mailparser_reply.parser import EmailMessage as ReplyMessage  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pl", "sv"]
MAX_STRIP_INPUT = 40000  # characters given to the reply parser (its regexes are not linear on huge input)
SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"})
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "tr",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "address",
        "hr",
        "form",
        "fieldset",
    }
)
QUOTE_CLASSES = re.compile(r"gmail_quote|gmail_attr|moz-cite-prefix|yahoo_quoted|divRplyFwdMsg", re.I)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0  # depth inside elements whose content is never text
        self.quote = 0  # depth inside quoted replies (<blockquote>, Gmail/Outlook quote containers)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "meta", "link", "input", "hr", "wbr"):
            if tag == "br" and not (self.skip or self.quote):
                self.parts.append("\n")
            return
        self.stack.append(tag)
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag == "blockquote" or (classes and QUOTE_CLASSES.search(classes)):
            self.quote += 1
            self.stack[-1] = f"{tag}#quote"
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        # close up to the matching open tag (HTML in the wild leaves many unclosed)
        if tag not in (t.split("#")[0] for t in self.stack):
            return
        while self.stack:
            open_tag = self.stack.pop()
            name, _, mark = open_tag.partition("#")
            if name in SKIP_TAGS:
                self.skip -= 1
            if mark == "quote":
                self.quote -= 1
            if name == tag:
                break
        if tag in BLOCK_TAGS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not (self.skip or self.quote):
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable plain text of an HTML body: no scripts, styles or quoted replies; paragraphs kept."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - hopeless markup: drop tags crudely rather than lose the words
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _drop_quoted_lines(text: str) -> str:
    kept = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(kept).strip()


def strip_reply(text: str) -> str:
    """The newest part of a reply: quoted text and the signature removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    head = text[:MAX_STRIP_INPUT]
    try:
        # hyphen lists ("- pothole", "- broken light") are content, not signatures
        message = ReplyMessage(text=head, languages=list(LANGUAGES), keep_hyphen_lists=True).read()
        newest = message.replies[0].body if message.replies else head
    except Exception as exc:  # noqa: BLE001 - a third-party heuristic must never lose a message
        log.debug("reply parser failed (%s): keeping the text whole", type(exc).__name__)
        newest = head
    stripped = _drop_quoted_lines(newest)
    if stripped:
        return stripped
    return _drop_quoted_lines(head) or head.strip()
