"""Seed of the 2025 edition's pages and snippets (called by seed_rotterdam_2025 after plan and figures).

Idempotent: pages and snippets that exist are left as they are (an editor may have changed them),
so a second run creates nothing and saves no revision.
"""

import datetime

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from actionplan.models import Plan
from cms import seed_snippets
from cms.models import (
    AccessibilityStatementPage,
    Casus,
    EditionPage,
    ExploitationFormDefinition,
    HomePage,
    MonitorIndexPage,
    Ontwikkeling,
)
from cms.seed_accessibility import STATEMENT_HTML
from cms.seed_plan_chapters import edition_body

HOME_INTRO = (
    "<p>Elk jaar brengt de VeiligheidsAlliantie regio Rotterdam met haar partners in kaart hoe vaak "
    "mensenhandel in de 23 gemeenten van de regio aan het licht komt, in welke vormen, en hoe het staat "
    "met het regionale actieplan. Lees de monitor online, download hem als pdf of gebruik de cijfers.</p>"
)
EDITION_INTRO = (
    "<p>Deze editie beschrijft de aard en omvang van mensenhandel in de regio Rotterdam in 2025, met de "
    "cijfers van het ESSM, de AVIM, het RCTM, het OM en het RIEC, de stand van het Regionaal Actieplan "
    "2024-2026 en een doorkijk naar 2026. Waar een cijfer ontbreekt, staat ‘niet beschikbaar’ en bij de "
    "tabel de partner die de cijfers levert.</p>"
)


def _tree_root() -> Page:
    """Wagtail's root node; made again if the database was emptied (flush) after the migrations."""
    root = Page.get_first_root_node()
    if root is None:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        locale, _ = Locale.objects.get_or_create(language_code=language)
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def _home(counts: dict[str, int]) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = _tree_root()
    home = root.add_child(
        instance=HomePage(
            title="Mensenhandelmonitor regio Rotterdam", slug="mensenhandelmonitor", introduction=HOME_INTRO
        )
    )
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Mensenhandelmonitor",
        )
    else:
        site.root_page = home
        site.save()
    # Wagtail's welcome page has no place in the site once the home page replaces it.
    if old_root is not None and old_root.specific_class is Page and old_root.is_leaf():
        old_root.delete()
    counts["cms pagina's"] += 1
    return home


def _child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return page


def _snippets(counts: dict[str, int]) -> tuple[list[int], int, list[int]]:
    definitions = []
    for data in seed_snippets.DEFINITIONS:
        obj, created = ExploitationFormDefinition.objects.get_or_create(code=data["code"], defaults=data)
        definitions.append(obj.pk)
        counts["cms snippets"] += created
    casus, created = Casus.objects.get_or_create(
        title=seed_snippets.CASUS["title"], defaults=seed_snippets.CASUS
    )
    counts["cms snippets"] += created
    developments = []
    for data in seed_snippets.ONTWIKKELINGEN:
        obj, created = Ontwikkeling.objects.get_or_create(title=data["title"], defaults=data)
        developments.append(obj.pk)
        counts["cms snippets"] += created
    return definitions, casus.pk, developments


def seed_edition() -> dict[str, int]:
    """Home page (as the site root), /monitor/, the published 2025 edition and the accessibility page."""
    counts = {"cms pagina's": 0, "cms snippets": 0}
    with transaction.atomic():
        home = _home(counts)
        definition_ids, casus_id, ontwikkeling_ids = _snippets(counts)
        statement = AccessibilityStatementPage.objects.first()
        if statement is None:
            _child(
                home,
                AccessibilityStatementPage,
                "toegankelijkheidsverklaring",
                title="Toegankelijkheidsverklaring",
                status="Voldoet gedeeltelijk",
                statement_date=datetime.date(2026, 11, 27),
                body=STATEMENT_HTML,
            )
            counts["cms pagina's"] += 1
        index = MonitorIndexPage.objects.first()
        if index is None:
            index = _child(
                home,
                MonitorIndexPage,
                "monitor",
                title="Alle edities van de monitor",
                introduction="<p>Elke editie van de Mensenhandelmonitor regio Rotterdam, als "
                "webpagina, als pdf en met de cijfers als tabel.</p>",
            )
            counts["cms pagina's"] += 1
    if not EditionPage.objects.filter(year=2025).exists():
        plan = Plan.objects.get(start_year=2024, end_year=2026)
        body = edition_body(
            plan_id=plan.pk,
            definition_ids=definition_ids,
            casus_id=casus_id,
            ontwikkeling_ids=ontwikkeling_ids,
        )
        # Published outside the transaction: the snapshot is taken and the PDF queued on publish.
        _child(
            index,
            EditionPage,
            "2025",
            title="Mensenhandelmonitor 2025",
            year=2025,
            subtitle="Samenwerken tegen mensenhandel",
            region="regio Rotterdam",
            publication_date=datetime.date(2026, 3, 1),
            introduction=EDITION_INTRO,
            body=body,
        )
        counts["cms pagina's"] += 1
    return counts
