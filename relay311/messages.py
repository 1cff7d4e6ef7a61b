"""What relay311 says to citizens: templates in TOML files a council can edit, one file per language.

The built-in files are `relay311/templates/<lang>.toml`; a council's folder (`[messages] templates_dir`)
may override any key or add a language. Loading reads files: do it before the event loop or in a thread.
Rendering is pure and fits the text to the channel (see `relay311.formatting`).
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from relay311.formatting import Profile, fit, fits, prepare

DEFAULT_LANGUAGE = "en"
# values a template may shorten ("...") when the text does not fit the channel, most expendable first
SHRINKABLE = ("notes", "text", "where", "at_where", "reason", "question", "service", "lines")


class TemplateError(Exception):
    """A template file is unreadable or uses a variable its key does not have."""


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _read(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{source}: not valid TOML: {exc}") from None


@dataclass(frozen=True)
class Say:
    """One thing to tell the citizen: a template key and its values.

    `options` are numbered choices rendered into the template's {options}; `something_else` adds the
    translated "something else" (or the template named by `other`) as the last option.
    """

    key: str
    values: Mapping[str, str] = field(default_factory=dict)
    options: tuple[str, ...] = ()
    something_else: bool = False
    other: str = "something_else"


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Templates:
    texts: Mapping[str, Mapping[str, str]]  # language -> key -> template
    statuses: Mapping[str, Mapping[str, str]]  # language -> status -> words

    @classmethod
    def load(cls, override_dir: str | Path | None = None) -> Templates:
        """The built-in templates, overridden by the files in `override_dir` (blocking: reads files)."""
        raw: dict[str, dict[str, Any]] = {}
        folder = resources.files("relay311").joinpath("templates")
        for entry in folder.iterdir():
            if entry.name.endswith(".toml"):
                raw[entry.name.removesuffix(".toml")] = _read(entry.read_text(encoding="utf-8"), entry.name)
        builtin_english = dict(raw.get(DEFAULT_LANGUAGE, {}))
        if override_dir:
            path = Path(override_dir)
            if not path.is_dir():
                raise TemplateError(f"messages.templates_dir: {path} is not a folder")
            for file in sorted(path.glob("*.toml")):
                data = _read(file.read_text(encoding="utf-8"), str(file))
                base = raw.setdefault(file.stem, {})
                statuses = {**base.get("status", {}), **data.pop("status", {})}
                base.update(data)
                base["status"] = statuses
        return cls.build(raw, builtin_english)

    @classmethod
    def build(
        cls, raw: Mapping[str, Mapping[str, Any]], reference: Mapping[str, Any] | None = None
    ) -> Templates:
        """Templates from parsed files; every key and its variables are checked against `reference`
        (the built-in English texts)."""
        english = reference or raw.get(DEFAULT_LANGUAGE)
        if not english:
            raise TemplateError(f"no {DEFAULT_LANGUAGE}.toml templates")
        texts: dict[str, dict[str, str]] = {}
        statuses: dict[str, dict[str, str]] = {}
        for lang, table in raw.items():
            texts[lang], statuses[lang] = {}, {}
            for key, value in table.items():
                if key == "status" and isinstance(value, Mapping):
                    statuses[lang] = {str(k): str(v) for k, v in value.items()}
                    continue
                if not isinstance(value, str):
                    raise TemplateError(f"{lang}.toml: {key} must be a string")
                if key not in english:
                    raise TemplateError(f"{lang}.toml: unknown template {key!r}")
                unknown = _fields(value) - _fields(str(english[key]))
                if unknown:
                    raise TemplateError(
                        f"{lang}.toml: {key} uses {', '.join(sorted(unknown))}, which it does not have"
                    )
                texts[lang][key] = value
        return cls(texts, statuses)

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.texts)

    def language(self, lang: str) -> str:
        return lang if lang in self.texts else DEFAULT_LANGUAGE

    def template(self, lang: str, key: str) -> str:
        found = self.texts.get(lang, {}).get(key)
        return found if found is not None else self.texts[DEFAULT_LANGUAGE][key]

    def status(self, lang: str, status: str) -> str:
        for table in (self.statuses.get(lang, {}), self.statuses.get(DEFAULT_LANGUAGE, {})):
            if status in table:
                return table[status]
        return status.replace("_", " ")

    def text(self, lang: str, key: str, **values: str) -> str:
        """One template with its values, unfitted."""
        return self.template(lang, key).format_map(_Values(self._derived(lang, values)))

    def _derived(self, lang: str, values: Mapping[str, str]) -> dict[str, str]:
        result = dict(values)
        if "where" in result and "at_where" not in result:
            where = result["where"]
            result["at_where"] = self.template(lang, "at_where").format(where=where) if where else ""
        return result

    def render(self, lang: str, key: str, profile: Profile | None = None, **values: str) -> str:
        """One template, fitted to the channel by shortening its shrinkable values if need be."""
        template = self.template(lang, key)
        derived = self._derived(lang, values)
        if profile is None:
            return template.format_map(_Values(derived))
        return fit(template, derived, profile, SHRINKABLE)

    def say(self, lang: str, item: Say, profile: Profile | None = None) -> str:
        values = dict(item.values)
        if item.options or item.something_else:
            extra = [self.template(lang, item.other)] if item.something_else else []
            labels = [*item.options, *extra]
            values["options"] = "\n".join(f"{i}) {label}" for i, label in enumerate(labels, start=1))
        return self.render(lang, item.key, profile, **values)

    def compose(self, lang: str, says: Sequence[Say], profile: Profile) -> list[str]:
        """The messages for `says`: one when they fit the channel together, else one per part."""
        if not says:
            return []
        joined = prepare(" ".join(self.say(lang, item) for item in says), profile)
        if fits(joined, profile):
            return [joined]
        return [self.say(lang, item, profile) for item in says]


_DEFAULT: Templates | None = None


def default_templates() -> Templates:
    """The built-in templates, loaded once (blocking on first call: call it before the event loop)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Templates.load()
    return _DEFAULT
