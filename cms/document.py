"""The edition as a document of plain data: what the public page and the PDF render.

``build_document`` reads the page's draft or live content and the working data (figures through
monitor.selectors.table_snapshot, the plan through actionplan.selectors); its result is JSON, so a
publication can keep it unchanged (cms.models.EditionSnapshot).
"""

from django.utils import formats, timezone
from django.utils.text import slugify
from wagtail.rich_text import expand_db_html

from actionplan.models import Plan
from actionplan.selectors import outlook_snapshot, plan_state_snapshot


class _Anchors:
    """Unique, readable ids for headings: 'aanleiding', 'landelijke-cijfers', 'landelijke-cijfers-2'."""

    def __init__(self):
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        base = slugify(text) or "sectie"
        if base[0].isdigit():
            base = f"h-{base}"
        anchor, n = base, 1
        while anchor in self.seen:
            n += 1
            anchor = f"{base}-{n}"
        self.seen.add(anchor)
        return anchor


def date_label(value) -> str:
    return formats.date_format(value, "j F Y") if value else ""


def _years(text: str, default: int) -> list[int]:
    years = [int(part) for part in (text or "").replace(";", ",").split(",") if part.strip().isdigit()]
    return sorted(set(years)) or [default]


def _table_snapshot(region, code: str, years: list[int]) -> dict | None:
    try:
        from monitor.models import Table
        from monitor.selectors import table_snapshot
    except ImportError:
        return None
    table = Table.objects.filter(region=region, code=code).first()
    if table is None:
        return None
    return table_snapshot(table, years, public=True)


def _parse_cell(text: str) -> dict[str, str]:
    pairs = [part.split("=", 1) for part in (text or "").split(";") if "=" in part]
    return {key.strip(): value.strip() for key, value in pairs}


def _find_cell(snapshot: dict | None, year: int | None, coords: dict[str, str]) -> dict | None:
    if not snapshot:
        return None
    for cell in snapshot.get("cells", []):
        if year and cell.get("year") != year:
            continue
        cell_coords = {k: v for k, v in (cell.get("coords") or {}).items() if v not in ("", None)}
        if coords and cell_coords == coords:
            return cell
        if not coords and (cell.get("is_total") and not cell_coords or cell_coords == {}):
            return cell
    return None


def _key_figures(value, region, default_year: int) -> dict:
    items = []
    for figure in value["figures"]:
        number = figure["value"] or ""
        item = {"label": figure["label"], "source": figure["source"]}
        if figure["table"]:
            year = figure["year"] or default_year
            cell = _find_cell(
                _table_snapshot(region, figure["table"], [year]), year, _parse_cell(figure["cell"])
            )
            number = (cell or {}).get("display") or figure["value"] or "niet beschikbaar"
            if cell is not None:
                # Where the number comes from, for the open data (cms.open_data).
                item.update(table=figure["table"], year=year, coords=cell["coords"], number=cell["value"])
        items.append({**item, "value": number})
    return {"items": items}


def _plan(pk, region) -> Plan | None:
    """A plan block's plan, only ever one of the edition's own region."""
    return Plan.objects.filter(pk=pk, region=region).first() if pk else None


def _block_data(block_type: str, value, page) -> dict:  # noqa: C901 - one branch per block type
    if block_type == "text":
        return {"html": expand_db_html(value.source)}
    if block_type == "figure":
        years = _years(value["years"], page.year)
        return {
            "table_code": value["table"],
            "caption": value["caption"],
            "chart_type": value["chart_type"],
            "years": years,
            "snapshot": _table_snapshot(page.region_id, value["table"], years),
        }
    if block_type == "key_figures":
        return _key_figures(value, page.region_id, page.year)
    if block_type == "plan_state":
        plan = _plan(value["plan"], page.region_id)
        state = plan_state_snapshot(plan, value["year"]) if plan else None
        return {"state": state, "show_actions": value["show_actions"]}
    if block_type == "outlook":
        plan = _plan(value["plan"], page.region_id)
        return {"outlook": outlook_snapshot(plan, value["year"]) if plan else None}
    if block_type == "definitions":
        # Only the edition's own region's snippets ever reach its page.
        items = [d for d in value["definitions"] if d is not None and d.region_id == page.region_id]
        return {
            "items": [
                {"name": d.name, "html": expand_db_html(d.definition), "eu": d.since_eu_directive}
                for d in items
            ]
        }
    if block_type == "casus":
        casus = value["casus"]
        if casus is None or casus.region_id != page.region_id:
            return {}
        return {
            "title": casus.title,
            "source": casus.source,
            "html": expand_db_html(casus.body),
            "note": casus.invented_names_note,
        }
    if block_type == "developments":
        items = [d for d in value["developments"] if d is not None and d.region_id == page.region_id]
        return {
            "items": [
                {
                    "title": d.title,
                    "date": d.date_label or date_label(d.date),
                    "html": expand_db_html(d.summary),
                    "link": d.link,
                }
                for d in items
            ]
        }
    if block_type == "quote":
        return {"text": value["text"], "attribution": value["attribution"]}
    if block_type == "callout":
        return {"title": value["title"], "html": expand_db_html(value["text"].source)}
    return {}


def _section(value, page, anchors: _Anchors) -> tuple[dict, dict]:
    anchor = anchors(value["title"])
    toc_entry = {"title": value["title"], "anchor": anchor, "children": []}
    blocks = []
    level = 3  # the heading level of a block's own headings: h3, or h4 after a sub-heading
    for child in value["content"]:
        data = {"type": child.block_type, "id": child.id}
        if child.block_type == "heading":
            sub_anchor = anchors(child.value)
            data.update(text=child.value, anchor=sub_anchor)
            toc_entry["children"].append({"title": child.value, "anchor": sub_anchor})
            level = 4
        else:
            data.update(_block_data(child.block_type, child.value, page), level=level)
        blocks.append(data)
    return {"title": value["title"], "anchor": anchor, "blocks": blocks}, toc_entry


def build_document(page) -> dict:
    """The whole edition as plain data, read now from the page and the working data."""
    anchors = _Anchors()
    anchors.seen.update({"inhoud", "inhoudsopgave", "main", "hoofdinhoud"})
    sections, toc = [], []
    for block in page.body:
        section, entry = _section(block.value, page, anchors)
        sections.append(section)
        toc.append(entry)
    return {
        "title": page.title,
        "subtitle": page.subtitle,
        "year": page.year,
        "region": page.region_name,
        "region_slug": page.region.slug,
        # Who publishes it, and whether the region is a generated example (its figures are made up).
        "region_full_name": page.region.full_name or page.region.name,
        "region_is_fictional": page.region.is_fictional,
        "publication_date": date_label(page.publication_date),
        # The same date for machines (the open API): the label above is for readers.
        "publication_date_iso": page.publication_date.isoformat() if page.publication_date else None,
        "introduction": expand_db_html(page.introduction),
        "sections": sections,
        "toc": toc,
        "snapshot_at": timezone.now().isoformat(),
    }
