"""Fixtures of the publication tests: a small site with one edition built from factories."""

import datetime

import pytest
from wagtail.models import Locale, Page, Site

from accounts import roles
from cms.models import EditionPage, HomePage, MonitorIndexPage
from monitor.models import Delivery
from monitor.services import observation_write
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OutlookItemFactory,
    PlanFactory,
    ProgressNoteFactory,
    UserFactory,
    default_region,
)
from tests.monitor.conftest import make_table


@pytest.fixture
def site(db) -> tuple[HomePage, MonitorIndexPage]:
    root = Page.get_first_root_node()
    if root is None:
        # A transactional test before this one flushed the tree that Wagtail's migrations create.
        Locale.objects.get_or_create(language_code="nl")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(
        instance=HomePage(title="Mensenhandelmonitor test", slug="start", region=default_region())
    )
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    index = home.add_child(instance=MonitorIndexPage(title="Alle edities", slug="monitor"))
    index.save_revision().publish()
    return home, index


def make_plan(*, opgaven: int = 2, actions_per_opgave: int = 2):
    plan = PlanFactory(start_year=2024, end_year=2026, title="Actieplan 2024-2026")
    for number in range(1, opgaven + 1):
        opgave = OpgaveFactory(
            plan=plan, number=number, title=f"Opgave {number}", short_title=f"Opgave {number}"
        )
        for index in range(actions_per_opgave):
            action = ActionFactory(opgave=opgave, title=f"Actie {number}.{index}")
            ProgressNoteFactory(action=action, year=2025, text=f"Stand van zaken {number}.{index} in 2025.")
        OutlookItemFactory(opgave=opgave, outlook_year=2026, title=f"Doorkijk {number}")
    return plan


def make_figure_table(code: str, value: int = 12):
    table = make_table(code=code, dims={"uitbuitingsvorm": ["seksueel", "arbeid"]})
    Delivery.objects.get_or_create(
        region=table.region, partner=table.partner, year=2025, defaults={"status": Delivery.Status.PUBLISHED}
    )
    for position, form in enumerate(["seksueel", "arbeid"]):
        observation_write(
            table=table, year=2025, coords={"uitbuitingsvorm": form}, value=value + position, reason="test"
        )
    return table


def edition_body(*, plan=None, tables=()) -> list[dict]:
    content = [
        {"type": "text", "value": "<p>Inleidende tekst van het hoofdstuk.</p>"},
        {"type": "heading", "value": "Een tussenkop"},
        {"type": "text", "value": "<p>Meer tekst.</p>"},
    ]
    content += [
        {"type": "figure", "value": {"table": t.code, "years": "2025", "chart_type": "auto", "caption": ""}}
        for t in tables
    ]
    body = [{"type": "section", "value": {"title": "Aanleiding", "content": content}}]
    if plan is not None:
        body.append(
            {
                "type": "section",
                "value": {
                    "title": "Stand van zaken actieplan",
                    "content": [
                        {
                            "type": "plan_state",
                            "value": {"plan": str(plan.pk), "year": 2025, "show_actions": True},
                        },
                        {"type": "outlook", "value": {"plan": str(plan.pk), "year": 2026}},
                    ],
                },
            }
        )
    body.append({"type": "section", "value": {"title": "Conclusie", "content": content[:1]}})
    return body


def make_edition(
    index: MonitorIndexPage, *, year: int = 2025, plan=None, tables=(), publish=True
) -> EditionPage:
    page = index.add_child(
        instance=EditionPage(
            title=f"Mensenhandelmonitor {year}",
            live=False,
            slug=str(year),
            year=year,
            subtitle="Samenwerken tegen mensenhandel",
            publication_date=datetime.date(year + 1, 3, 1),
            introduction="<p>Introductie.</p>",
            body=edition_body(plan=plan, tables=tables),
        )
    )
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


@pytest.fixture
def plan(db):
    return make_plan()


@pytest.fixture
def edition(site, plan):
    _home, index = site
    return make_edition(index, plan=plan, tables=[make_figure_table("tabel_test")])


@pytest.fixture
def redacteur(db):
    return UserFactory(username="redacteur-test", roles=[roles.REDACTEUR])


@pytest.fixture
def beheerder(db):
    return UserFactory(username="beheerder-test", roles=[roles.BEHEERDER])


@pytest.fixture(scope="module")
def published_2025(django_db_setup, django_db_blocker) -> dict[str, str]:
    """What a reader gets of the seeded 2025 edition, read once per module: the page's HTML, the PDF's
    text and cijfers.csv (the database is rolled back afterwards)."""
    import io

    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client
    from pypdf import PdfReader

    from cms import services
    from monitor.checks import run_checks
    from monitor.models import Footnote, Table

    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
        page = EditionPage.objects.live().get(year=2025, locale__language_code="nl")
        client = Client()
        html = client.get("/monitor/2025/").content.decode()
        csv = client.get("/monitor/2025/cijfers.csv").content.decode("utf-8-sig")
        pdf = services.edition_pdf(page=page, refresh=True)
        reader = PdfReader(io.BytesIO(pdf))
        pdf_text = "\n".join(page.extract_text() for page in reader.pages)
        tables = {table.code: table for table in Table.objects.all()}
        findings = [finding for year in (2023, 2024, 2025) for finding in run_checks(year, default_region())]
        notes = {
            finding.key: list(Footnote.objects.filter(finding_key=finding.key).values_list("text", flat=True))
            for finding in findings
        }
        transaction.set_rollback(True)
    cache.clear()
    return {
        "html": html,
        "pdf": pdf_text,
        "csv": csv,
        "pdf_bytes": pdf,
        "tables": tables,
        "findings": findings,
        "quality_notes": notes,
    }
