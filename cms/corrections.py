"""What changed between two published versions of an edition: the list a correction shows readers.

Publishing an edition that was already public is a correction (cms.publication.edition_take_snapshot):
the two snapshot documents are compared here, on what readers see: figures (every cell and key
figure), the status of each action, the outlook, and the texts of the chapters. Like GOV.UK's
"Updates to this page", each change is one line in plain Dutch.
"""

import re
from html import unescape

from django.utils.translation import gettext as _

from cms.open_data import document_tables

TAGS = re.compile(r"<[^>]+>")


def _blocks(document: dict, block_type: str):
    for section in document.get("sections") or []:
        for block in section.get("blocks") or []:
            if block.get("type") == block_type:
                yield section, block


def _labels(snapshot: dict) -> dict[tuple[str, str], str]:
    return {
        (dimension["code"], value["code"]): value.get("label") or value["code"]
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
    }


def _cells(document: dict) -> dict[tuple, tuple[str, str]]:
    """(table, year, coords) -> (what the reader is told about the cell, its shown value)."""
    cells = {}
    for snapshot in document_tables(document):
        labels = _labels(snapshot)
        for cell in snapshot.get("cells") or []:
            coords = tuple(sorted((cell.get("coords") or {}).items()))
            where = ", ".join(labels.get(pair, pair[1]) for pair in coords)
            name = f"{snapshot.get('title') or snapshot['code']} {cell['year']}"
            cells[(snapshot["code"], cell["year"], coords)] = (
                f"{name} ({where})" if where else name,
                cell.get("display")
                or (_("niet beschikbaar") if cell.get("value") is None else str(cell["value"])),
            )
    return cells


def _figure_changes(old: dict, new: dict) -> list[str]:
    before, after = _cells(old), _cells(new)
    changes = []
    for key, (name, value) in after.items():
        if key not in before:
            changes.append(_("Cijfer toegevoegd: %(name)s: %(value)s") % {"name": name, "value": value})
        elif before[key][1] != value:
            changes.append(
                _("Cijfer gewijzigd: %(name)s: %(old)s werd %(new)s")
                % {"name": name, "old": before[key][1], "new": value}
            )
    for key, (name, value) in before.items():
        if key not in after:
            changes.append(_("Cijfer vervallen: %(name)s (was %(value)s)") % {"name": name, "value": value})
    return changes


def _key_figures(document: dict) -> dict[str, str]:
    return {
        item["label"]: str(item.get("value") or "")
        for _section, block in _blocks(document, "key_figures")
        for item in block.get("items") or []
    }


def _key_figure_changes(old: dict, new: dict) -> list[str]:
    before, after = _key_figures(old), _key_figures(new)
    return [
        _("Kerncijfer gewijzigd: %(label)s: %(old)s werd %(new)s")
        % {"label": label, "old": before[label], "new": value}
        for label, value in after.items()
        if label in before and before[label] != value
    ]


def _actions(document: dict) -> dict[str, dict]:
    actions = {}
    for _section, block in _blocks(document, "plan_state"):
        for opgave in (block.get("state") or {}).get("opgaven") or []:
            for action in opgave.get("actions") or []:
                actions[str(action.get("id") or action["title"])] = action
    return actions


def _action_changes(old: dict, new: dict) -> list[str]:
    before, after = _actions(old), _actions(new)
    changes = []
    for key, action in after.items():
        previous = before.get(key)
        if previous is None:
            changes.append(_("Actie toegevoegd: %(title)s") % {"title": action["title"]})
            continue
        if previous.get("status_label") != action.get("status_label"):
            changes.append(
                _("Status van actie '%(title)s': %(old)s werd %(new)s")
                % {
                    "title": action["title"],
                    "old": previous.get("status_label"),
                    "new": action.get("status_label"),
                }
            )
        if previous.get("lead", "") != action.get("lead", ""):
            changes.append(
                _("Trekker van actie '%(title)s': %(old)s werd %(new)s")
                % {
                    "title": action["title"],
                    "old": previous.get("lead") or _("niet vermeld"),
                    "new": action.get("lead") or _("niet vermeld"),
                }
            )
        if previous.get("note") != action.get("note"):
            changes.append(_("Stand van zaken van actie '%(title)s' herzien") % {"title": action["title"]})
        if previous.get("title") != action.get("title"):
            changes.append(
                _("Actie '%(old)s' heet nu '%(new)s'")
                % {"old": previous.get("title"), "new": action["title"]}
            )
    for key, action in before.items():
        if key not in after:
            changes.append(_("Actie vervallen: %(title)s") % {"title": action["title"]})
    return changes


def _outlook(document: dict) -> dict[str, dict]:
    return {
        f"{opgave['number']}:{item['title']}": item
        for _section, block in _blocks(document, "outlook")
        for opgave in (block.get("outlook") or {}).get("opgaven") or []
        for item in opgave.get("items") or []
    }


def _outlook_changes(old: dict, new: dict) -> list[str]:
    before, after = _outlook(old), _outlook(new)
    changes = [
        _("Doorkijk toegevoegd: %(title)s") % {"title": item["title"]}
        for k, item in after.items()
        if k not in before
    ]
    changes += [
        _("Doorkijk vervallen: %(title)s") % {"title": item["title"]}
        for k, item in before.items()
        if k not in after
    ]
    changes += [
        _("Doorkijk herzien: %(title)s") % {"title": item["title"]}
        for k, item in after.items()
        if k in before and before[k] != item
    ]
    return changes


def _plain(html: str) -> str:
    return " ".join(unescape(TAGS.sub(" ", html or "")).split())


def _texts(document: dict) -> dict[str, str]:
    texts = {_("Inleiding"): _plain(document.get("introduction") or "")}
    for section in document.get("sections") or []:
        parts = []
        for block in section.get("blocks") or []:
            for name in ("html", "text", "title"):
                if isinstance(block.get(name), str):
                    parts.append(_plain(block[name]))
        texts[section["title"]] = " ".join(parts)
    return texts


def _text_changes(old: dict, new: dict) -> list[str]:
    before, after = _texts(old), _texts(new)
    changes = []
    for title, text in after.items():
        if title not in before:
            changes.append(_("Hoofdstuk toegevoegd: %(title)s") % {"title": title})
        elif before[title] != text:
            changes.append(_("Tekst herzien in: %(title)s") % {"title": title})
    for title in before:
        if title not in after:
            changes.append(_("Hoofdstuk vervallen: %(title)s") % {"title": title})
    if old.get("title") != new.get("title"):
        changes.append(
            _("Titel: '%(old)s' werd '%(new)s'") % {"old": old.get("title"), "new": new.get("title")}
        )
    return changes


def document_changes(old: dict, new: dict) -> list[str]:
    """Every change a reader can see between two published documents, figures first."""
    return [
        *_figure_changes(old, new),
        *_key_figure_changes(old, new),
        *_action_changes(old, new),
        *_outlook_changes(old, new),
        *_text_changes(old, new),
    ]
