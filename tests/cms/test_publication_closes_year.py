"""Publishing an edition closes its reporting year for actiehouders (issue 9, "Year-bound state")."""

from actionplan.models import ReportingYearClosure
from actionplan.selectors import closed_years
from cms.models import EditionPage
from tests.factories import default_region

from .conftest import make_edition


def test_publishing_the_edition_closes_its_year(edition, redacteur):
    closure = ReportingYearClosure.objects.get(year=2025)
    assert closure.reason == "Editie 2025 gepubliceerd"
    assert closure.history.count() == 1
    edition.save_revision(user=redacteur).publish()  # a republication closes nothing new
    assert ReportingYearClosure.objects.count() == 1


def test_a_draft_edition_leaves_its_year_open(site, plan):
    _home, index = site
    make_edition(index, year=2026, plan=plan, publish=False)
    assert not EditionPage.objects.get(year=2026, locale__language_code="nl").live
    assert 2026 not in closed_years(default_region())
