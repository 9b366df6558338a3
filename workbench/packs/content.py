"""A pack's pages and snippets, written through Wagtail's page API (``add_child``, ``save_revision``,
``publish``), as an editor's pages are."""

import uuid
from pathlib import Path

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .reader import Pack

PAGES = "cms pagina's"
SNIPPETS = "cms snippets"


def _models():
    from cms import models

    return {
        "home": models.HomePage,
        "accessibility_statement": models.AccessibilityStatementPage,
        "monitor_index": models.MonitorIndexPage,
        "edition": models.EditionPage,
    }


# The rich text field that a page's HTML fills, and the page type it goes under.
BODY_FIELD = {
    "home": "introduction",
    "accessibility_statement": "body",
    "monitor_index": "introduction",
    "edition": "introduction",
}
PARENT = {"accessibility_statement": "home", "monitor_index": "home", "edition": "monitor_index"}


def _tree_root() -> Page:
    """Wagtail's root node; made again if the database was emptied (flush) after the migrations."""
    root = Page.get_first_root_node()
    if root is None:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        locale, _ = Locale.objects.get_or_create(language_code=language)
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def _fields(part) -> dict:
    fields = {key: value for key, value in part.value.items() if key != "slug"}
    fields[BODY_FIELD[part.kind]] = part.body
    return fields


def home(pack: Pack, counts) -> Page | None:
    """The region's home page. The first region's is the root of the default site (Wagtail's welcome
    page goes); another region's home sits beside it, under its region's slug."""
    from .load import pack_region

    region = pack_region(pack)
    model = _models()["home"]
    existing = model.objects.filter(region=region).first()
    if existing is not None:
        return existing
    part = next((part for part in pack.pages if part.kind == "home"), None)
    if part is None:
        return None
    site = Site.objects.filter(is_default_site=True).first()
    first = not model.objects.exists()
    slug = part.value["slug"] if first else region.slug
    page = _tree_root().add_child(instance=model(slug=slug, region=region, **_fields(part)))
    page.save_revision().publish()
    if not first:
        counts[PAGES] += 1
        return page
    old_root = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=page, is_default_site=True, site_name=pack.title
        )
    else:
        site.root_page = page
        site.save()
    if old_root is not None and old_root.specific_class is Page and old_root.is_leaf():
        old_root.delete()
    counts[PAGES] += 1
    return page


def snippets(pack: Pack, counts) -> dict[str, dict]:
    """Definitions by code, casus and ontwikkelingen by title: get or create (an existing snippet is
    the editors'). Returns their ids by natural key, for the chapters' blocks."""
    from cms.models import Casus, ExploitationFormDefinition, Ontwikkeling

    from .load import pack_region

    region = pack_region(pack)
    refs = {"definitions": {}, "casus": {}, "developments": {}, "region": region}
    for data in pack.definitions:
        obj, created = ExploitationFormDefinition.objects.get_or_create(
            region=region, code=data["code"], defaults=data
        )
        refs["definitions"][data["code"]] = obj.pk
        counts[SNIPPETS] += created
    for data in pack.casus:
        obj, created = Casus.objects.get_or_create(region=region, title=data["title"], defaults=data)
        refs["casus"][data["title"]] = obj.pk
        counts[SNIPPETS] += created
    for data in pack.ontwikkelingen:
        obj, created = Ontwikkeling.objects.get_or_create(region=region, title=data["title"], defaults=data)
        refs["developments"][data["title"]] = obj.pk
        counts[SNIPPETS] += created
    return refs


def _child(parent: Page, model, part) -> Page:
    page = parent.add_child(instance=model(slug=part.value["slug"], **_fields(part)))
    page.save_revision().publish()
    return page


def pages(pack: Pack, home_page, counts) -> dict[str, Page]:
    """The pages other than editions: one of each kind (an existing one is left as it is)."""
    found = {"home": home_page}
    models = _models()
    for part in pack.pages:
        if part.kind in ("home", "edition"):
            continue
        model = models[part.kind]
        existing = model.objects.descendant_of(home_page).first() if home_page else None
        if existing is None:
            existing = _child(found[PARENT[part.kind]], model, part)
            counts[PAGES] += 1
        found[part.kind] = existing
    for kind, model in models.items():
        found.setdefault(kind, model.objects.descendant_of(home_page).first() if home_page else None)
    return found


def editions(pack: Pack, found: dict, refs: dict, counts) -> None:
    """Each edition page of the pack, with the chapters as its body, unless its year exists."""
    from cms.models import EditionPage

    region = refs["region"]
    for part in pack.pages:
        if part.kind != "edition":
            continue
        if EditionPage.objects.filter(region=region, year=part.value["year"]).exists():
            continue
        page = EditionPage(slug=part.value["slug"], **_fields(part))
        page.body = [_section(chapter, refs) for chapter in pack.chapters]
        found["monitor_index"].add_child(instance=page)
        page.save_revision().publish()
        counts[PAGES] += 1


def _plan_id(key: str, region) -> str:
    from actionplan.models import Plan

    start, end = (int(year) for year in key.split("-"))
    return str(Plan.objects.get(region=region, start_year=start, end_year=end).pk)


# Blocks get ids as the page editor gives them, derived from their place in the pack so that a pack
# loads with the same ids every time: translations (wagtail-localize) name a string by its block's id,
# and a PO file exported from one load fits the next.
BLOCK_IDS = uuid.UUID("6d1f3b8e-2a55-4c1e-9a43-0b6c5e7d2f10")


def _block_id(*place) -> str:
    return str(uuid.uuid5(BLOCK_IDS, "/".join(str(part) for part in place)))


def _section(chapter, refs: dict) -> dict:
    name = Path(chapter.file).name
    return {
        "type": "section",
        "id": _block_id(name),
        "value": {
            "title": chapter.title,
            "content": [
                _with_ids(_block(b, refs), name, position) for position, b in enumerate(chapter.blocks)
            ],
        },
    }


LISTS = {"key_figures": "figures", "definitions": "definitions", "developments": "developments"}


def _with_ids(block: dict, *place) -> dict:
    """The block with its id, and the items of its list (key figures, definitions, developments) with
    theirs, as the editor stores them."""
    field = LISTS.get(block["type"])
    if field:
        items = block["value"][field]
        block["value"][field] = [
            {"type": "item", "value": item, "id": _block_id(*place, index)}
            for index, item in enumerate(items)
        ]
    return {**block, "id": _block_id(*place)}


def _block(block, refs: dict) -> dict:
    kind, value = block.kind, block.value
    if kind == "text":
        data = block.body
    elif kind == "heading":
        data = value
    elif kind == "callout":
        data = {"title": value, "text": block.body}
    elif kind == "figure":
        data = {
            "table": value["table"],
            "years": str(value["years"]),
            "chart_type": value.get("chart_type", "auto"),
            "caption": value.get("caption", ""),
        }
    elif kind == "key_figures":
        figures = [
            {
                "label": item["label"],
                "table": item["table"],
                "year": item["year"],
                "cell": item["cell"],
                "value": "",
                "source": item.get("source", ""),
            }
            for item in value
        ]
        data = {"figures": figures}
    elif kind in ("definitions", "developments"):
        data = {kind: [refs[kind][key] for key in value]}
    elif kind == "casus":
        data = {"casus": refs["casus"][value]}
    elif kind == "plan_state":
        data = {
            "plan": _plan_id(value["plan"], refs["region"]),
            "year": value["year"],
            "show_actions": value.get("show_actions", True),
        }
    elif kind == "outlook":
        data = {"plan": _plan_id(value["plan"], refs["region"]), "year": value["year"]}
    else:  # the reader refuses other kinds
        raise ValueError(kind)
    return {"type": kind, "value": data}
