"""The national overview (/landelijk/): the regions' published figures side by side, from published
snapshots only, never added up, fictional regions set apart; and the national reader's start screen."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from accounts import roles
from cms.models import EditionPage, HomePage, MonitorIndexPage
from monitor.models import Delivery, Footnote, Observation
from monitor.services import observation_write
from regions.models import Region
from tests.cms.conftest import make_edition, site  # noqa: F401 - the publication tests' small site
from tests.factories import OrganisationFactory, PartnerFactory, UserFactory
from tests.monitor.conftest import make_table

pytestmark = pytest.mark.django_db

URL = "/landelijk/"
CODE = "avim_aangiftes"


def region_with_edition(
    slug: str,
    *,
    seksueel: int,
    arbeid: int,
    code: str = CODE,
    comparable: bool = True,
    unit: str = "aangiftes",
    publish: bool = True,
    fictional: bool = False,
    region: Region | None = None,
    index: MonitorIndexPage | None = None,
    quality_note: str = "",
) -> EditionPage:
    """A region (new, or the given one with its site's index) whose 2025 edition shows one table."""
    if region is None:
        region = Region.objects.create(
            slug=slug,
            name=f"regio {slug.capitalize()}",
            full_name=f"Samenwerking {slug}",
            is_fictional=fictional,
            order=Region.objects.count(),
        )
    organisation = OrganisationFactory(region=region, short_name=f"Politie {slug}")
    partner = PartnerFactory(organisation=organisation, name=f"Politie-eenheid {slug}")
    table = make_table(partner=partner, code=code, dims={"uitbuitingsvorm": ["seksueel", "arbeid"]})
    table.comparable, table.unit, table.title = comparable, unit, "Aangiftes AVIM"
    table.source = f"Politie-eenheid {slug}, AVIM"
    table.save()
    Delivery.objects.create(region=region, partner=partner, year=2025, status=Delivery.Status.PUBLISHED)
    for form, value in (("seksueel", seksueel), ("arbeid", arbeid)):
        observation_write(
            table=table, year=2025, coords={"uitbuitingsvorm": form}, value=value, reason="test"
        )
    if quality_note:
        observation = Observation.objects.get(table=table, year=2025, coord_key="uitbuitingsvorm=seksueel")
        Footnote.objects.create(
            table=table, number=1, text=quality_note, kind="kwaliteit", observation=observation
        )
    if index is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title=f"Monitor {slug}", slug=slug, region=region)
        )
        home.save_revision().publish()
        # The region's own host name (a Wagtail site), one of the ways a region's site is served.
        Site.objects.create(hostname=f"{slug}.example.org", port=80, root_page=home)
        index = home.add_child(instance=MonitorIndexPage(title="Edities", slug="monitor"))
        index.save_revision().publish()
    return make_edition(index, tables=[table], publish=publish)


def overview(path: str = URL) -> str:
    response = Client().get(path)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def table_html(page: str, code: str = CODE) -> str:
    match = re.search(rf'<figure[^>]*id="tabel-{code}".*?</figure>', page, re.S)
    assert match, f"no table {code} on the page"
    return match.group(0)


def row_of(html: str, name: str) -> str:
    match = re.search(
        rf"<tr>\s*<th scope=\"row\">(?:<a[^>]*>)?{re.escape(name)}(?:</a>)?</th>.*?</tr>", html, re.S
    )
    assert match, f"no row for {name}"
    return match.group(0)


def numbers(row: str) -> list[str]:
    return re.findall(r'<td class="mhm-figure__cell[^"]*">(\w[\w ]*)', row)


@pytest.fixture
def regions(site):  # noqa: F811 - the fixture imported above
    """Region A (the default site's), B (under /regio/) with published editions, C with a draft."""
    _home, index = site
    a = region_with_edition(
        "a",
        seksueel=7,
        arbeid=2,
        region=Region.objects.get(),
        index=index,
        quality_note="Telling onvolledig.",
    )
    b = region_with_edition("noord", seksueel=11, arbeid=5)
    c = region_with_edition("oost", seksueel=99, arbeid=98, publish=False)
    cache.clear()
    return a, b, c


def test_two_published_regions_side_by_side_with_notes_sources_and_links(regions):
    a, b, c = regions
    page = overview()
    html = table_html(page)
    assert numbers(row_of(html, a.region.name)) == ["7", "2"]
    assert numbers(row_of(html, b.region.name)) == ["11", "5"]
    # The quality note of A's cell: marked in the cell, its text under the table with its kind.
    assert 'href="#noot-2025-avim_aangiftes-' + a.region.slug + '-1"' in html
    assert "Kwaliteitsnoot:</strong> Telling onvolledig." in html
    assert "Politie-eenheid a, AVIM" in html and "Politie-eenheid noord, AVIM" in html
    # A link to each region's edition and its files, wherever the region's site is.
    for edition in (a, b):
        url = edition.get_url(RequestFactory().get(URL))
        assert url, "every published edition has a public URL"
        assert f'href="{url}"' in page and f'href="{url}pdf/"' in page and f'href="{url}cijfers.csv"' in page


def test_an_unpublished_region_shows_no_figure_and_is_named_as_not_published(regions):
    _a, _b, c = regions
    page = overview()
    assert "99" not in table_html(page) and "98" not in table_html(page)
    unpublished = re.search(r"Nog niet gepubliceerd \(2025\):</strong>(.*?)</p>", page, re.S)
    assert unpublished and c.region.name in unpublished.group(1)
    assert _a.region.name not in unpublished.group(1)


def test_no_sum_across_regions(regions):
    page = overview()
    html = table_html(page)
    # 7 + 11 = 18 and 2 + 5 = 7 (7 is A's own figure); no total row or column of any kind.
    assert "18" not in html
    assert len(re.findall(r"<tr>", html)) == 1 + 2  # the header row and one row per published region
    assert not re.search(r"(?i)totaal|nederland|som\b", html)


def test_a_figure_changed_after_publication_shows_only_when_republished(regions):
    a, _b, _c = regions
    observation = Observation.objects.get(
        table__region=a.region, table__code=CODE, coord_key="uitbuitingsvorm=seksueel"
    )
    observation_write(
        table=observation.table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=41, reason="t"
    )
    assert numbers(row_of(table_html(overview()), a.region.name)) == ["7", "2"]

    page = EditionPage.objects.get(pk=a.pk)
    page.correction_reason = "Aangiftes bijgewerkt."
    page.save_revision().publish()
    assert numbers(row_of(table_html(overview()), a.region.name)) == ["41", "2"]


def test_a_table_not_declared_comparable_never_stands_side_by_side(site):  # noqa: F811
    _home, index = site
    region_with_edition("a", seksueel=7, arbeid=2, region=Region.objects.get(), index=index)
    region_with_edition("noord", seksueel=11, arbeid=5, comparable=False)
    region_with_edition("west", seksueel=13, arbeid=4, code="essm_opvang", comparable=False)
    page = overview()
    html = table_html(page)
    assert "11" not in html and "13" not in html
    assert "regio Noord (niet als vergelijkbaar gepubliceerd)" in html
    assert 'id="tabel-essm_opvang"' not in page


def test_a_region_counting_in_another_unit_is_named_not_shown(site):  # noqa: F811
    _home, index = site
    region_with_edition("a", seksueel=7, arbeid=2, region=Region.objects.get(), index=index)
    region_with_edition("noord", seksueel=11, arbeid=5, unit="slachtoffers")
    html = table_html(overview())
    assert "11" not in html and "regio Noord (in een andere eenheid (slachtoffers))" in html


def test_a_fictional_region_is_marked_and_set_apart(site):  # noqa: F811
    _home, index = site
    region_with_edition("a", seksueel=7, arbeid=2, region=Region.objects.get(), index=index)
    region_with_edition("voorbeeld", seksueel=23, arbeid=6, fictional=True)
    page = overview()
    html = table_html(page)
    real, fictional = re.search(
        r"<tbody>(.*?)</tbody>\s*<tbody class=\"mhm-national__fictional\">(.*?)</tbody>", html, re.S
    ).groups()
    assert "23" not in real and "regio Voorbeeld" not in real
    assert "Fictieve regio's: verzonnen voorbeeldcijfers" in fictional
    assert numbers(row_of(fictional, "regio Voorbeeld (fictief)")) == ["23", "6"]
    # Named "(fictief)" wherever it is named on the page.
    assert page.count("regio Voorbeeld") == page.count("regio Voorbeeld (fictief)")


def test_each_year_has_its_page_and_an_unknown_year_is_not_found(regions):
    assert overview("/landelijk/2025/") == overview(URL)
    assert Client().get("/landelijk/2019/").status_code == 404


def test_the_page_is_cached_until_the_next_publication(regions, django_assert_max_num_queries):
    _a, b, c = regions
    overview()
    with django_assert_max_num_queries(1):  # the publication generation (cms.caching)
        overview()
    c.save_revision().publish()
    assert numbers(row_of(table_html(overview()), c.region.name)) == ["99", "98"]


def _queries_fresh() -> tuple[int, str]:
    """Queries of one request with our caches empty (the page, the snapshots' parts, the regions'
    roots). Wagtail's own list of site root paths is warm: with translations enabled it reads each
    site's root translations once per site (one query per Wagtail Site) and keeps them until a site or
    page changes, so that cost is not one of a request."""
    cache.clear()
    Site.get_site_root_paths()
    with CaptureQueriesContext(connection) as queries:
        page = overview()
    return len(queries), page


def test_query_count_does_not_grow_with_regions(site, django_assert_max_num_queries):  # noqa: F811
    _home, index = site
    region_with_edition("a", seksueel=7, arbeid=2, region=Region.objects.get(), index=index)
    region_with_edition("r1", seksueel=11, arbeid=1)
    region_with_edition("concept", seksueel=1, arbeid=1, publish=False)
    at_two, page = _queries_fresh()
    assert len(re.findall(r'<tr>\s*<th scope="row">', table_html(page))) == 2
    for number in range(2, 5):
        region_with_edition(f"r{number}", seksueel=10 + number, arbeid=number)
    cache.clear()
    Site.get_site_root_paths()
    with django_assert_max_num_queries(at_two):
        page = overview()
    assert len(re.findall(r'<tr>\s*<th scope="row">', table_html(page))) == 5
    assert at_two <= 14


# --- the national reader's start screen ------------------------------------------------------------


def national_reader():
    comensha = OrganisationFactory(region=None, short_name="Comensha", kind="landelijk")
    return UserFactory(username="landelijk-lezer", roles=[roles.LANDELIJK], organisation=comensha)


def start_screen(user) -> str:
    client = Client()
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_national_reader_starts_at_every_regions_published_editions(regions):
    a, b, c = regions
    page = start_screen(national_reader())
    panel = re.search(r'id="national-editions-section".*?</section>', page, re.S).group(0)
    assert f'href="{URL}"' in panel
    request = RequestFactory().get("/admin/")
    for edition in (a, b):
        url = edition.get_url(request)
        assert (
            f'href="{url}"' in panel and f'href="{url}pdf/"' in panel and f'href="{url}cijfers.csv"' in panel
        )
    # The draft of region C: named, marked as not published, never linked.
    assert c.region.name in panel and "Nog niet gepubliceerd." in panel
    assert c.get_url(request) not in page


def test_the_national_start_screen_query_count_does_not_grow_with_regions(regions):
    reader = national_reader()
    start_screen(reader)  # warm the caches (content types, sites)
    with CaptureQueriesContext(connection) as small:
        start_screen(reader)
    for number in range(3):
        region_with_edition(f"extra{number}", seksueel=number, arbeid=number)
    start_screen(reader)  # the new sites' root paths
    with CaptureQueriesContext(connection) as large:
        page = start_screen(reader)
    assert "regio Extra2" in page
    assert len(large) == len(small), [query["sql"] for query in large.captured_queries]


def test_the_overview_is_no_regions_page_and_is_dutch_only(regions):
    page = overview()
    header = re.search(r"<header.*?</header>", page, re.S).group(0)
    assert "Landelijk overzicht" in header and 'aria-current="page"' in header
    for region in Region.objects.all():
        assert region.name not in header
    # No language switch or alternates to a region's start page; /en/landelijk/ leads to the Dutch page.
    assert 'hreflang="' not in page
    response = Client().get("/en/landelijk/")
    assert response.status_code == 302 and response["Location"] == "/landelijk/"
    assert Client().get("/en/landelijk/2025/")["Location"] == "/landelijk/2025/"
