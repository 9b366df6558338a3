"""The edition in English beside Dutch: one snapshot of figures, two languages.

Dutch is the source. An English edition is the wagtail-localize translation of the Dutch edition page
(its narrative, block by block) plus the English translation of the edition's labels
(``cms.models.EditionLabels``: every string of the snapshot that is not the page's own text). Its
document is composed, never built from the working data: the Dutch edition's live snapshot, with
each text replaced by its translation (``translated_document``). So the English page and PDF show the
very numbers of the Dutch edition; when the Dutch edition is published again (a correction), the
English one is composed again from the new snapshot (``translations_refresh``).

A text without a translation stays Dutch and says so: it is listed in the document's
``untranslated``, and the page and the PDF mark it ``lang="nl"`` (``mark_untranslated``, the block
templates, and inside a figure's table and notes ``monitor.charts.figure``), never blank. A text
translated as itself on purpose (a name such as ESSM) is English (``translated_as_itself``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator

from django.conf import settings
from django.utils import formats, translation
from django.utils.html import format_html
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.rich_text import expand_db_html

ENGLISH = "en"
HTML_KINDS = ("text",)


def source_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def is_translation(page) -> bool:
    """A page in another language than the source (Dutch)."""
    return page.locale.language_code != source_language()


def source_of(page):
    """The Dutch page a translation was made from (the page itself for a Dutch page)."""
    from wagtail.models import Locale

    if not is_translation(page):
        return page
    return page.get_translation_or_none(Locale.objects.get(language_code=source_language()))


def translation_in(page, language: str):
    """The page's translation into ``language`` (the page itself for its own language), or None."""
    from wagtail.models import Locale

    if page.locale.language_code == language:
        return page
    locale = Locale.objects.filter(language_code=language).first()
    return page.get_translation_or_none(locale) if locale else None


# --- the strings of a snapshot that are not the page's own text ---------------------------------------

Visit = Callable[[str, str], str]


def _has_words(text) -> bool:
    return isinstance(text, str) and len(re.findall(r"[^\W\d_]", text)) > 1


def _map(item: dict, key: str, visit: Visit, kind: str = "label") -> None:
    if _has_words(item.get(key)):
        item[key] = visit(kind, item[key])


def _map_table(snapshot: dict, visit: Visit) -> None:
    for key in ("title", "unit", "description", "source", "partner"):
        _map(snapshot, key, visit)
    for dimension in snapshot.get("dimensions", []):
        _map(dimension, "label", visit)
        for value in dimension.get("values", []):
            _map(value, "label", visit)
            _map(value, "unit", visit)
    for note in snapshot.get("footnotes", []):
        _map(note, "text", visit)
    for report in snapshot.get("joint_reports", []):
        _map(report, "text", visit)
    for cell in snapshot.get("cells", []):
        _map(cell, "display", visit)


def _map_opgaven(data: dict, visit: Visit) -> None:
    _map(data, "plan", visit)
    for opgave in data.get("opgaven", []):
        _map(opgave, "title", visit)
        _map(opgave, "short_title", visit)
        for action in opgave.get("actions", []):
            for key in ("title", "note", "description", "status_label", "timing", "postponed_to"):
                _map(action, key, visit)
        for count in opgave.get("status_counts", []):
            _map(count, "label", visit)
        for item in opgave.get("items", []):
            for key in ("title", "description", "timing"):
                _map(item, key, visit)


def _map_block(block: dict, visit: Visit) -> None:
    kind = block.get("type")
    if kind == "figure" and block.get("snapshot"):
        _map_table(block["snapshot"], visit)
    elif kind == "plan_state" and block.get("state"):
        _map_opgaven(block["state"], visit)
    elif kind == "outlook" and block.get("outlook"):
        _map_opgaven(block["outlook"], visit)
    elif kind == "definitions":
        for item in block.get("items", []):
            _map(item, "name", visit)
            _map(item, "html", visit, "text")
    elif kind == "casus":
        for key in ("title", "source", "note"):
            _map(block, key, visit)
        _map(block, "html", visit, "text")
    elif kind == "developments":
        for item in block.get("items", []):
            _map(item, "title", visit)
            _map(item, "date", visit)
            _map(item, "html", visit, "text")


def map_labels(document: dict, visit: Visit) -> None:
    """Replace, in place, every label of the document by ``visit(kind, text)`` (kind "label" or "text")."""
    _map(document, "region", visit)
    for section in document.get("sections", []):
        for block in section.get("blocks", []):
            _map_block(block, visit)


def document_labels(document: dict) -> list[tuple[str, str]]:
    """The labels of a document, each once, in the order a reader meets them: (kind, Dutch text)."""
    found: dict[str, str] = {}

    def collect(kind: str, text: str) -> str:
        found.setdefault(text, kind)
        return text

    map_labels(copy.deepcopy(document), collect)
    return [(kind, text) for text, kind in found.items()]


# --- dates and numbers written in Dutch, in English -----------------------------------------------------

DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DUTCH_DATE = re.compile(r"^(?:(\d{1,2}) )?(" + "|".join(DUTCH_MONTHS) + r") (\d{4})$", re.IGNORECASE)


def english_date(text: str) -> str | None:
    """'1 maart 2025' as '1 March 2025', 'juli 2026' as 'July 2026'; None for anything else."""
    match = DUTCH_DATE.match(text.strip())
    if not match:
        return None
    day, month, year = match.groups()
    name = ENGLISH_MONTHS[DUTCH_MONTHS.index(month.lower())]
    return f"{day} {name} {year}" if day else f"{name} {year}"


def english_number(text) -> str:
    """A whole number as English writes it (1,234); anything else unchanged."""
    if isinstance(text, str) and re.fullmatch(r"-?\d+", text):
        return f"{int(text):,}"
    return text


# --- the English document -------------------------------------------------------------------------------


def _blocks_by_id(page) -> tuple[list, dict]:
    sections = list(page.body)
    children = {}
    for section in sections:
        for child in section.value["content"]:
            children[child.id] = child
    return sections, children


def _translated_section(section: dict, position: int, sections: list, children: dict):
    ids = {block.get("id") for block in section["blocks"]}
    for candidate in sections:
        if any(child.id in ids for child in candidate.value["content"]):
            return candidate
    return sections[position] if position < len(sections) else None


def translated_as_itself(instance, language: str) -> set[str]:
    """The strings of ``instance`` (a page or snippet translated with wagtail-localize) that its
    translation into ``language`` renders, on purpose, as themselves: a name, an abbreviation. The
    translation of a string nobody translated yet holds the Dutch text too, but has no such record."""
    from django.db.models import F
    from wagtail_localize.models import StringTranslation

    translations = StringTranslation.objects.filter(
        locale__language_code=language,
        context__object_id=instance.translation_key,
        translation_of__data=F("data"),
        has_error=False,
    )
    return set(translations.values_list("data", flat=True))


class _Untranslated:
    """Collects the texts that stay Dutch."""

    def __init__(self, as_itself: set[str] | None = None):
        self.texts: set[str] = set()
        self.as_itself = as_itself or set()

    def pick(self, dutch: str, english: str | None) -> str:
        if english and english.strip() and (english != dutch or dutch in self.as_itself):
            return english
        if dutch:
            self.texts.add(dutch)
        return dutch


def _narrative_block(block: dict, child, keep: _Untranslated) -> None:  # noqa: C901 - one branch per block
    value = child.value
    kind = block["type"]
    if kind == "heading":
        block["text"] = keep.pick(block["text"], value)
    elif kind == "text":
        english = expand_db_html(value.source)
        if english == block.get("html"):
            block["lang"] = source_language()
        block["html"] = english
    elif kind == "callout":
        block["title"] = keep.pick(block.get("title", ""), value["title"])
        english = expand_db_html(value["text"].source)
        if english == block.get("html"):
            block["lang"] = source_language()
        block["html"] = english
    elif kind == "quote":
        block["text"] = keep.pick(block.get("text", ""), value["text"])
        block["attribution"] = keep.pick(block.get("attribution", ""), value["attribution"])
    elif kind == "figure":
        block["caption"] = keep.pick(block.get("caption", ""), value["caption"])
    elif kind == "key_figures":
        figures = list(value["figures"])
        for index, item in enumerate(block.get("items", [])):
            if index < len(figures):
                item["label"] = keep.pick(item.get("label", ""), figures[index]["label"])
                item["source"] = keep.pick(item.get("source", ""), figures[index]["source"])


def _narrative(document: dict, page, keep: _Untranslated) -> None:
    """The page's own texts from its translation, matched to the Dutch snapshot's blocks by their ids
    (wagtail-localize keeps them); a block the translation lacks stays Dutch."""
    document["title"] = keep.pick(document.get("title", ""), page.title)
    document["subtitle"] = keep.pick(document.get("subtitle", ""), page.subtitle)
    introduction = expand_db_html(page.introduction)
    if introduction and introduction != document.get("introduction"):
        document["introduction"] = introduction
    elif document.get("introduction"):
        document["introduction_lang"] = source_language()
    sections, children = _blocks_by_id(page)
    for position, section in enumerate(document.get("sections", [])):
        translated = _translated_section(section, position, sections, children)
        section["title"] = keep.pick(section["title"], translated.value["title"] if translated else None)
        for block in section["blocks"]:
            child = children.get(block.get("id"))
            if child is not None and child.block_type == block["type"]:
                _narrative_block(block, child, keep)
            elif block["type"] == "heading":
                keep.pick(block["text"], None)
            elif block["type"] in ("text", "callout"):
                block["lang"] = source_language()
    # The table of contents follows the translated titles (the anchors stay those of the source).
    for entry, section in zip(document.get("toc", []), document.get("sections", []), strict=False):
        entry["title"] = section["title"]
        headings = [block for block in section["blocks"] if block["type"] == "heading"]
        for child, heading in zip(entry.get("children", []), headings, strict=False):
            child["title"] = heading["text"]


def translated_document(*, source_document: dict, page) -> dict:
    """The document of ``page`` (a translation) from the Dutch edition's published document: its
    narrative from the page, its labels from the edition's translated labels, the numbers unchanged."""
    language = page.locale.language_code
    document = copy.deepcopy(source_document)
    keep = _Untranslated(translated_as_itself(page, language))
    _narrative(document, page, keep)
    labels = page.label_translations(document["year"])

    def visit(kind: str, text: str) -> str:
        english = labels.get(text)
        if english:
            return english  # translated, perhaps as itself (an abbreviation, a name)
        if kind in HTML_KINDS:
            return text  # an untranslated text is marked on its block (below)
        return keep.pick(text, english_date(text) if language == ENGLISH else None)

    map_labels(document, visit)
    _mark_untranslated_html(document, labels)
    with translation.override(language):
        document["publication_date"] = (
            formats.date_format(page.publication_date, "j F Y") if page.publication_date else ""
        )
    if language == ENGLISH:
        _english_numbers(document)
    document["language"] = language
    document["source_language"] = source_language()
    document["untranslated"] = sorted(keep.texts)
    return document


def _mark_untranslated_html(document: dict, labels: dict[str, str]) -> None:
    english_texts = set(labels.values())
    for section in document.get("sections", []):
        for block in section["blocks"]:
            items = block.get("items", []) if block["type"] in ("definitions", "developments") else []
            if block["type"] == "casus":
                items = [block]
            for item in items:
                if item.get("html") and item["html"] not in english_texts:
                    item["lang"] = source_language()


def _english_numbers(document: dict) -> None:
    for section in document.get("sections", []):
        for block in section["blocks"]:
            if block["type"] == "figure" and block.get("snapshot"):
                for cell in block["snapshot"].get("cells", []):
                    cell["display"] = english_number(cell.get("display"))
            if block["type"] == "key_figures":
                for item in block.get("items", []):
                    item["value"] = english_number(item.get("value"))


# --- rendering: a text that stayed Dutch says so --------------------------------------------------------


class DutchText(str):
    """A text shown in Dutch on an English page: rendered in element content as
    ``<span lang="nl">...</span>``."""

    def __html__(self) -> str:
        return format_html('<span lang="{}">{}</span>', source_language(), str(self))


# The places where a page's templates print these texts as element content (never in an attribute).
_MARKED_BLOCK_KEYS = {
    "heading": ("text",),
    "callout": ("title",),
    "quote": ("text", "attribution"),
    "casus": ("title", "source", "note"),
    "figure": ("caption",),
}
_MARKED_ITEM_KEYS = {
    "key_figures": ("label", "source"),
    "definitions": ("name",),
    "developments": ("title", "date"),
}


def mark_untranslated(document: dict) -> dict:
    """The document to render, with each text that stayed Dutch as a ``DutchText``."""
    dutch = set(document.get("untranslated") or [])
    if not dutch:
        return document
    document = copy.deepcopy(document)

    def mark(item: dict, keys) -> None:
        for key in keys:
            if item.get(key) in dutch:
                item[key] = DutchText(item[key])

    mark(document, ("title", "subtitle"))
    for section in document.get("sections", []):
        mark(section, ("title",))
        for block in section["blocks"]:
            mark(block, _MARKED_BLOCK_KEYS.get(block["type"], ()))
            if block["type"] == "figure" and block.get("snapshot"):
                _mark_table(block["snapshot"], mark)
            for item in block.get("items", []):
                mark(item, _MARKED_ITEM_KEYS.get(block["type"], ()))
            for data in (block.get("state"), block.get("outlook")):
                for opgave in (data or {}).get("opgaven", []):
                    mark(opgave, ("title", "short_title"))
                    for entry in [*opgave.get("actions", []), *opgave.get("items", [])]:
                        mark(entry, ("title", "note", "status_label", "timing", "description"))
                    for count in opgave.get("status_counts", []):
                        mark(count, ("label",))
    for entry in document.get("toc", []):
        mark(entry, ("title",))
        for child in entry.get("children", []):
            mark(child, ("title",))
    return document


def _mark_table(snapshot: dict, mark: Callable) -> None:
    """A figure's labels (monitor.charts keeps the marks in its table and notes; its chart, an image
    whose title and description are plain text, gets the texts without them)."""
    mark(snapshot, ("title", "unit", "description", "source", "partner"))
    for dimension in snapshot.get("dimensions", []):
        mark(dimension, ("label",))
        for value in dimension.get("values", []):
            mark(value, ("label", "unit"))
    for item in [*snapshot.get("footnotes", []), *snapshot.get("joint_reports", [])]:
        if isinstance(item, dict):
            mark(item, ("text",))
    for cell in snapshot.get("cells", []):
        mark(cell, ("display",))


def iter_numbers(document: dict) -> Iterator[int]:
    """Every number a document's figures show, in order (for comparing two languages)."""
    for section in document.get("sections", []):
        for block in section["blocks"]:
            if block["type"] == "figure" and block.get("snapshot"):
                for cell in block["snapshot"].get("cells", []):
                    if cell.get("value") is not None:
                        yield cell["value"]
