"""The published figures as open data: every figure an edition snapshot shows, in the exchange format.

Built from the snapshot's document only (``cms.models.EditionSnapshot``), never from live rows, so
the CSV says exactly what the page and the PDF of that publication say: every year of every figure
block (the national figures included), the key figures, and the footnotes of cell, row and table in
the ``voetnoot`` column.
"""

from monitor.exchange import NOTE, TABLE, VALUE, YEAR, write_csv


def _note_text(numbers: list[int], texts: dict[int, str]) -> str:
    seen: list[int] = []
    for number in numbers:
        if number in texts and number not in seen:
            seen.append(number)
    return " | ".join(f"{number}. {texts[number]}" for number in seen)


def _row_notes(snapshot: dict) -> dict[tuple[str, str], list[int]]:
    """Footnote numbers per (dimension code, value code): the notes on a row."""
    notes = {}
    for dimension in snapshot.get("dimensions") or []:
        for value in dimension.get("values") or []:
            if value.get("footnotes"):
                notes[(dimension["code"], value["code"])] = list(value["footnotes"])
    return notes


def _table_notes(snapshot: dict, row_notes: dict) -> list[int]:
    """Notes that belong to no cell and no row: they are about the whole table."""
    used = {number for cell in snapshot.get("cells") or [] for number in cell.get("footnotes") or []}
    used |= {number for numbers in row_notes.values() for number in numbers}
    return [note["number"] for note in snapshot.get("footnotes") or [] if note["number"] not in used]


def snapshot_table_rows(snapshot: dict) -> list[dict]:
    """One exchange-format row per cell of a table snapshot; hidden and missing values are empty."""
    texts = {note["number"]: note["text"] for note in snapshot.get("footnotes") or []}
    row_notes = _row_notes(snapshot)
    table_notes = _table_notes(snapshot, row_notes)
    rows = []
    for cell in snapshot.get("cells") or []:
        coords = cell.get("coords") or {}
        numbers = list(cell.get("footnotes") or [])
        for dimension, code in coords.items():
            numbers += row_notes.get((dimension, code), [])
        numbers += table_notes
        row = {TABLE: snapshot["code"], YEAR: cell["year"], **coords, VALUE: cell.get("value")}
        row[NOTE] = _note_text(numbers, texts)
        rows.append(row)
    return rows


def _blocks(document: dict):
    for section in document.get("sections") or []:
        yield from section.get("blocks") or []


def document_tables(document: dict) -> list[dict]:
    """The table snapshots of an edition's figure blocks, one per table (years of all its blocks)."""
    tables: dict[str, dict] = {}
    for block in _blocks(document):
        snapshot = block.get("snapshot") if block.get("type") == "figure" else None
        if not snapshot:
            continue
        if snapshot["code"] not in tables:
            tables[snapshot["code"]] = {**snapshot, "cells": list(snapshot.get("cells") or [])}
            continue
        known = tables[snapshot["code"]]
        seen = {(cell["year"], tuple(sorted(cell["coords"].items()))) for cell in known["cells"]}
        for cell in snapshot.get("cells") or []:
            if (cell["year"], tuple(sorted(cell["coords"].items()))) not in seen:
                known["cells"].append(cell)
        known["years"] = sorted(set(known.get("years") or []) | set(snapshot.get("years") or []))
        texts = {note["number"] for note in known.get("footnotes") or []}
        known["footnotes"] = list(known.get("footnotes") or []) + [
            note for note in snapshot.get("footnotes") or [] if note["number"] not in texts
        ]
    return list(tables.values())


def _comparable_table(table: dict) -> dict:
    """What the national overview (cms.national) shows of a table: no partner, chapter, threshold,
    raw values or totals' parts."""
    return {
        **{
            key: table[key]
            for key in ("code", "title", "unit", "description", "source", "footnotes")
            if key in table
        },
        "dimensions": [
            {
                "code": dimension["code"],
                "values": [
                    {key: value[key] for key in ("code", "label", "footnotes") if value.get(key)}
                    for value in dimension.get("values") or []
                ],
            }
            for dimension in table.get("dimensions") or []
        ],
        "cells": [
            {
                key: cell.get(key)
                for key in ("year", "coords", "display", "display_sr", "status", "footnotes")
                if cell.get(key) or key in ("year", "coords")
            }
            for cell in table.get("cells") or []
        ],
    }


def comparable_parts(document: dict) -> dict:
    """The tables a document declares comparable across regions (the table's ``comparable`` flag
    frozen at publication), each with what the national overview shows of it, and the codes of its
    other tables: {"tables": {code: table}, "others": [code, ...]}. Stored with the snapshot
    (``EditionSnapshot.comparable``), so the overview never reads whole documents."""
    tables, others = {}, []
    for snapshot in document_tables(document):
        if snapshot.get("comparable") is True:
            tables[snapshot["code"]] = _comparable_table(snapshot)
        else:
            others.append(snapshot["code"])
    return {"tables": tables, "others": others}


def _key_figure_rows(document: dict, shown: set[tuple]) -> list[dict]:
    """Key figures read from a table cell that no figure block shows (else they are in that table)."""
    rows = []
    for block in _blocks(document):
        if block.get("type") != "key_figures":
            continue
        for item in block.get("items") or []:
            if not item.get("table") or not item.get("year"):
                continue
            coords = item.get("coords") or {}
            key = (item["table"], item["year"], tuple(sorted(coords.items())))
            if key in shown:
                continue
            shown.add(key)
            value = item.get("number")
            rows.append({TABLE: item["table"], YEAR: item["year"], **coords, VALUE: value, NOTE: ""})
    return rows


def document_rows(document: dict) -> tuple[list[str], list[dict]]:
    """Columns and rows of every figure the edition shows, in the order of the edition."""
    dimension_codes: list[str] = []
    rows: list[dict] = []
    shown: set[tuple] = set()
    for snapshot in document_tables(document):
        for dimension in snapshot.get("dimensions") or []:
            if dimension["code"] not in dimension_codes:
                dimension_codes.append(dimension["code"])
        for row in snapshot_table_rows(snapshot):
            coords = {
                code: row[code] for code in (cell for cell in row) if code not in (TABLE, YEAR, VALUE, NOTE)
            }
            shown.add((row[TABLE], row[YEAR], tuple(sorted(coords.items()))))
            rows.append(row)
    extra = _key_figure_rows(document, shown)
    for row in extra:
        for code in row:
            if code not in (TABLE, YEAR, VALUE, NOTE) and code not in dimension_codes:
                dimension_codes.append(code)
    return [TABLE, YEAR, *dimension_codes, VALUE, NOTE], rows + extra


def document_csv(document: dict) -> bytes:
    columns, rows = document_rows(document)
    return write_csv(columns, rows)


# --- CSVW metadata (https://www.w3.org/TR/tabular-metadata/) --------------------------------------

# The brief names no licence; CC BY 4.0 keeps the attribution of every partner's figures to their
# source. Dutch government open data may also use CC0; the choice is the publisher's (the region).
LICENCE = {"url": "https://creativecommons.org/licenses/by/4.0/", "name": "CC BY 4.0"}


def document_publisher(document: dict) -> tuple[str, bool]:
    """Who publishes an edition (the region's full name) and whether its region is fictional, from the
    snapshot; a snapshot taken before these were recorded asks the region."""
    from regions.models import Region

    name = document.get("region_full_name")
    fictional = bool(document.get("region_is_fictional"))
    if name is None or "region_is_fictional" not in document:
        region = Region.objects.filter(slug=document.get("region_slug")).first()
        if region is not None:
            name = name or region.full_name or region.name
            fictional = fictional or region.is_fictional
    return name or document.get("region") or "", fictional


def document_partners(document: dict) -> list[str]:
    """The partners whose figures the edition shows, in the order it shows them."""
    names: list[str] = []
    for snapshot in document_tables(document):
        partner = snapshot.get("partner")
        if partner and partner not in names:
            names.append(partner)
    return names


def _column(name: str, description: str, datatype, *, required: bool = False) -> dict:
    return {
        "name": name,
        "titles": name,
        "dc:description": description,
        "datatype": datatype,
        "required": required,
    }


def _table_note(snapshot: dict) -> dict:
    """What a reader needs per table of the monitor: title, unit (per row where rows differ), source."""
    note = {
        "dc:identifier": snapshot["code"],
        "dc:title": snapshot.get("title") or snapshot["code"],
        "schema:unitText": snapshot.get("unit") or "",
        "dc:source": snapshot.get("source") or snapshot.get("partner") or "",
        "dc:publisher": snapshot.get("partner") or "",
        "schema:temporalCoverage": ", ".join(str(year) for year in snapshot.get("years") or []),
        "dimensies": [
            {"code": dimension["code"], "label": dimension.get("label") or dimension["code"]}
            for dimension in snapshot.get("dimensions") or []
        ],
    }
    row_units = [
        {"dimensie": dimension["code"], "waarde": value["code"], "eenheid": value["unit"]}
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
        if value.get("unit")
    ]
    if row_units:
        note["eenheden_per_rij"] = row_units
    return note


def _key_figure_notes(document: dict, tables: list[dict]) -> list[dict]:
    """Tables that the edition shows only as a key figure: their code and source."""
    known = {snapshot["code"] for snapshot in tables}
    notes = []
    for block in _blocks(document):
        for item in block.get("items") or [] if block.get("type") == "key_figures" else []:
            if item.get("table") and item["table"] not in known:
                known.add(item["table"])
                notes.append(
                    {"dc:identifier": item["table"], "dc:title": item["label"], "dc:source": item["source"]}
                )
    return notes


def document_metadata(document: dict, *, csv_url: str) -> dict:
    """The CSVW description of ``document_csv``: columns, types, units, licence, source per table."""
    columns, _rows = document_rows(document)
    labels: dict[str, str] = {}
    tables = document_tables(document)
    for snapshot in tables:
        for dimension in snapshot.get("dimensions") or []:
            labels.setdefault(dimension["code"], dimension.get("label") or dimension["code"])
    schema = [
        _column(TABLE, "Code van de tabel (zie notes).", "string", required=True),
        _column(YEAR, "Jaar waarover het cijfer gaat.", {"base": "integer", "minimum": 1900}, required=True),
    ]
    for code in columns[2:-2]:
        schema.append(
            _column(code, f"Dimensie: {labels.get(code, code)} (leeg: niet van toepassing).", "string")
        )
    schema.append(
        _column(
            VALUE,
            "Het cijfer: een geheel getal van nul of meer, in de eenheid van de tabel (zie notes); "
            "leeg: niet beschikbaar.",
            {"base": "integer", "minimum": 0},
        )
    )
    schema.append(_column(NOTE, "Voetnoten bij cel, rij of tabel, genummerd zoals gepubliceerd.", "string"))
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "nl"}],
        "url": csv_url,
        "dc:title": f"{document.get('title', '')} {document.get('year', '')}: alle cijfers".strip(),
        "dc:publisher": document_publisher(document)[0],
        "dc:license": {"@id": LICENCE["url"]},
        "dc:issued": document.get("publication_date") or "",
        "dialect": {"delimiter": ";", "encoding": "utf-8", "header": True},
        "tableSchema": {"columns": schema},
        "notes": [_table_note(snapshot) for snapshot in tables] + _key_figure_notes(document, tables),
    }
