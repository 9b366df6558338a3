"""The API's answers built from a published document (``cms.document``), as plain data.

Only what the edition shows a reader goes out: the tables of its figure blocks (``cms.open_data``
merges a table shown in several blocks), with their dimensions, units, footnotes and quality notes,
and the plan state and outlook as the edition prints them (the actions only where the edition lists
them). A cell hidden by the disclosure threshold is in the snapshot already as no value ("x"), a
missing figure as no value ("niet beschikbaar").
"""

from __future__ import annotations

from cms.open_data import document_tables

CELL, ROW, TABLE = "cel", "rij", "tabel"
QUALITY = "kwaliteit"


def _blocks(document: dict, block_type: str):
    for section in document.get("sections") or []:
        for block in section.get("blocks") or []:
            if block.get("type") == block_type:
                yield block


def _note_levels(snapshot: dict) -> dict[int, str]:
    """Where each footnote of a table stands: on a cell, on a row (a dimension value) or the table."""
    levels: dict[int, str] = {}
    for cell in snapshot.get("cells") or []:
        for number in cell.get("footnotes") or []:
            levels.setdefault(number, CELL)
    for dimension in snapshot.get("dimensions") or []:
        for value in dimension.get("values") or []:
            for number in value.get("footnotes") or []:
                levels.setdefault(number, ROW)
    return levels


def _footnotes(snapshot: dict) -> dict[int, dict]:
    levels = _note_levels(snapshot)
    return {
        note["number"]: {
            "number": note["number"],
            "text": note["text"],
            "kind": note.get("kind"),
            "level": levels.get(note["number"], TABLE),
        }
        for note in snapshot.get("footnotes") or []
    }


def _dimension(dimension: dict) -> dict:
    return {
        "code": dimension["code"],
        "label": dimension.get("label") or dimension["code"],
        "values": [
            {
                "code": value["code"],
                "label": value.get("label") or value["code"],
                "is_total": bool(value.get("is_total")),
                "parts": list(value.get("parts") or []),
                "subset_of": value.get("subset_of"),
                "unit": value.get("unit"),
                "cbs_code": value.get("cbs_code"),
                "footnotes": list(value.get("footnotes") or []),
            }
            for value in dimension.get("values") or []
        ],
    }


def table_summary(snapshot: dict) -> dict:
    """A table as published: what it counts, in which unit, from which source, along which axes."""
    return {
        "code": snapshot["code"],
        "title": snapshot.get("title") or snapshot["code"],
        "unit": snapshot.get("unit") or "",
        "description": snapshot.get("description") or "",
        "source": snapshot.get("source") or "",
        "partner": snapshot.get("partner") or "",
        "chapter": snapshot.get("chapter") or "",
        # Declared per table once tables belong to regions; None in a snapshot from before.
        "comparable": snapshot.get("comparable"),
        "years": list(snapshot.get("years") or []),
        "dimensions": [_dimension(dimension) for dimension in snapshot.get("dimensions") or []],
        "footnotes": list(_footnotes(snapshot).values()),
        "joint_reports": [
            {"year": report["year"], "text": report["text"], "count": report["count"]}
            for report in snapshot.get("joint_reports") or []
        ],
        "observations_count": len(snapshot.get("cells") or []),
    }


def _row_notes(snapshot: dict) -> dict[tuple[str, str], list[int]]:
    return {
        (dimension["code"], value["code"]): list(value.get("footnotes") or [])
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
        if value.get("footnotes")
    }


def table_observations(snapshot: dict) -> list[dict]:
    """Every cell: coordinates, the value (None: not available or not shown), its notes."""
    notes = _footnotes(snapshot)
    rows = _row_notes(snapshot)
    observations = []
    for cell in snapshot.get("cells") or []:
        coords = dict(cell.get("coords") or {})
        numbers = list(cell.get("footnotes") or [])
        for dimension, code in coords.items():
            numbers += [number for number in rows.get((dimension, code), []) if number not in numbers]
        attached = [notes[number] for number in numbers if number in notes]
        observations.append(
            {
                "year": cell["year"],
                "coordinates": coords,
                "value": cell.get("value"),
                "status": cell.get("status") or ("ok" if cell.get("value") is not None else "missing"),
                "display": cell.get("display") or "",
                "is_total": bool(cell.get("is_total")),
                "footnotes": [note for note in attached if note["kind"] != QUALITY],
                "quality_notes": [note for note in attached if note["kind"] == QUALITY],
            }
        )
    return observations


def _plan_state(block: dict) -> dict:
    state = block["state"]
    shown = bool(block.get("show_actions"))
    return {
        "plan": state.get("plan") or "",
        "period": state.get("period") or "",
        "year": state["year"],
        "actions_shown": shown,
        "opgaven": [
            {
                "number": opgave["number"],
                "title": opgave.get("title") or "",
                "short_title": opgave.get("short_title") or "",
                "actions_count": len(opgave.get("actions") or []),
                "status_counts": [
                    {"status": count["status"] or None, "label": count["label"], "count": count["count"]}
                    for count in opgave.get("status_counts") or []
                ],
                "actions": [_action(action) for action in opgave.get("actions") or []] if shown else [],
            }
            for opgave in state.get("opgaven") or []
        ],
    }


def _action(action: dict) -> dict:
    """An action as the edition prints it (no internal id, no fields the page does not show)."""
    return {
        "title": action["title"],
        "status": action.get("status") or None,
        "status_label": action.get("status_label") or "",
        "lead": action.get("lead") or None,
        "co_owners": list(action.get("co_owners") or []),
        "timing": action.get("timing") or "",
        "postponed_to": action.get("postponed_to") or None,
        "progress": action.get("note") or "",
    }


def _outlook(block: dict) -> dict:
    outlook = block["outlook"]
    return {
        "plan": outlook.get("plan") or "",
        "year": outlook["year"],
        "opgaven": [
            {
                "number": opgave["number"],
                "title": opgave.get("title") or "",
                "short_title": opgave.get("short_title") or "",
                "items": [
                    {
                        "title": item["title"],
                        "description": item.get("description") or "",
                        "owners": list(item.get("owners") or []),
                        "timing": item.get("timing") or "",
                    }
                    for item in opgave.get("items") or []
                ],
            }
            for opgave in outlook.get("opgaven") or []
        ],
    }


def document_parts(document: dict) -> dict[str, object]:
    """Everything the API answers about one published document, by part: the table list, each
    table with its observations, and the plan. Built once per snapshot and cached by part."""
    tables = document_tables(document)
    parts: dict[str, object] = {"tables": [table_summary(snapshot) for snapshot in tables]}
    for snapshot in tables:
        parts[f"table:{snapshot['code']}"] = {
            "table": table_summary(snapshot),
            "observations": table_observations(snapshot),
        }
    parts["plan"] = {
        "plan_states": [
            _plan_state(block) for block in _blocks(document, "plan_state") if block.get("state")
        ],
        "outlook": [_outlook(block) for block in _blocks(document, "outlook") if block.get("outlook")],
    }
    return parts
