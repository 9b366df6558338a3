"""Fixtures of the publication tests: a small site with one edition built from factories."""

import datetime

import pytest
from wagtail.models import Page, Site

from actionplan import roles
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
)
from tests.monitor.conftest import make_table


@pytest.fixture
def site(db) -> tuple[HomePage, MonitorIndexPage]:
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Mensenhandelmonitor test", slug="start"))
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
        partner=table.partner, year=2025, defaults={"status": Delivery.Status.PUBLISHED}
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
