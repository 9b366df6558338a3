"""Each region's public site: the first region at /, every other one under /regio/<slug>/, with its
home, editions, PDFs, CSV and versions, and page URLs to match (cms.regional)."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader
from wagtail.models import Page, Site

from cms.models import EditionPage, HomePage, MonitorIndexPage
from regions import tokens
from tests.cms.conftest import make_edition
from tests.factories import default_region

from .conftest import MARK, build_region_b

pytestmark = pytest.mark.django_db


def publish_b_edition(b) -> EditionPage:
    edition = b.edition
    edition.title = f"{MARK} monitor 2025"
    edition.publication_date = datetime.date(2026, 3, 1)
    edition.introduction = f"<p>{MARK} introductie.</p>"
    edition.body = [
        {
            "type": "section",
            "value": {"title": f"{MARK} hoofdstuk", "content": [{"type": "text", "value": "<p>Tekst.</p>"}]},
        }
    ]
    edition.save_revision().publish()
    edition.refresh_from_db()
    return edition


@pytest.fixture
def site(db):
    """Region A: the first region, the root of the default site, at /."""
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Mensenhandelmonitor test", slug="start", region=default_region())
    )
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    index = home.add_child(instance=MonitorIndexPage(title="Alle edities", slug="monitor"))
    index.save_revision().publish()
    return home, index


@pytest.fixture
def world(site):
    """Region A: the test site at / (tests/cms/conftest.py's ``site``); region B built beside it."""
    b = build_region_b()
    publish_b_edition(b)
    return b


def test_region_b_pages_have_their_urls_under_regio(world):
    b = world
    assert b.home.specific.url == "/regio/tweede/"
    assert b.index.specific.url == "/regio/tweede/monitor/"
    edition = EditionPage.objects.get(pk=b.edition.pk)
    assert edition.url == "/regio/tweede/monitor/2025/"
    assert edition.pdf_url == "/regio/tweede/monitor/2025/pdf/"
    assert edition.full_url == f"{Site.objects.get(is_default_site=True).root_url}/regio/tweede/monitor/2025/"


def test_region_b_is_served_under_regio(world, client):
    for url in ["/regio/tweede/", "/regio/tweede/monitor/", "/regio/tweede/monitor/2025/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert MARK in response.content.decode(), url


def test_region_b_files_are_served_under_regio(world, client):
    pdf = client.get("/regio/tweede/monitor/2025/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    csv = client.get("/regio/tweede/monitor/2025/cijfers.csv")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    metadata = client.get("/regio/tweede/monitor/2025/cijfers.csv-metadata.json")
    assert metadata.status_code == 200 and metadata.json()["url"] == "cijfers.csv"
    versions = client.get("/regio/tweede/monitor/2025/versies/")
    assert versions.status_code == 200
    html = versions.content.decode()
    assert 'href="/regio/tweede/monitor/2025/versies/1/"' in html and MARK in html
    version = client.get("/regio/tweede/monitor/2025/versies/1/")
    assert version.status_code == 200 and f"{MARK} hoofdstuk" in version.content.decode()
    assert client.get("/regio/tweede/monitor/2025/versies/1/pdf/")["Content-Type"] == "application/pdf"
    assert client.get("/regio/tweede/monitor/2025/versies/1/cijfers.csv").status_code == 200
    assert client.get("/regio/tweede/monitor/2025/versies/1/cijfers.csv-metadata.json").status_code == 200
    assert client.get("/regio/tweede/monitor/2025/versies/2/").status_code == 404


def test_the_edition_page_links_to_its_own_files(world, client):
    html = client.get("/regio/tweede/monitor/2025/").content.decode()
    assert 'href="/regio/tweede/monitor/2025/pdf/"' in html
    assert 'href="/regio/tweede/monitor/2025/cijfers.csv"' in html
    home = client.get("/regio/tweede/").content.decode()
    assert 'href="/regio/tweede/monitor/2025/"' in home


def test_unknown_region_and_unknown_pages_are_404(world, client):
    assert client.get("/regio/onbekend/").status_code == 404
    assert client.get("/regio/onbekend/monitor/2025/").status_code == 404
    assert client.get("/regio/onbekend/monitor/2025/pdf/").status_code == 404
    assert client.get("/regio/tweede/monitor/2024/").status_code == 404
    assert client.get("/regio/tweede/monitor/2024/cijfers.csv").status_code == 404
    assert client.get("/regio/tweede/bestaat-niet/").status_code == 404


def test_a_draft_of_region_b_is_not_public(site, client):
    b = build_region_b()  # its edition is a draft
    assert client.get("/regio/tweede/").status_code == 200
    for url in [
        "/regio/tweede/monitor/2025/",
        "/regio/tweede/monitor/2025/pdf/",
        "/regio/tweede/monitor/2025/cijfers.csv",
        "/regio/tweede/monitor/2025/versies/",
    ]:
        assert client.get(url).status_code == 404, url
    home = client.get("/regio/tweede/").content.decode()
    assert "/regio/tweede/monitor/2025/" not in home and "Er is nog geen editie gepubliceerd." in home
    assert b.edition.title not in client.get("/regio/tweede/monitor/").content.decode()


def test_the_first_region_stays_at_the_root_and_its_prefix_redirects(world, site, client):
    home, _index = site
    assert home.specific.url == "/"
    response = client.get(f"/regio/{home.specific.region.slug}/monitor/?x=1")
    assert response.status_code == 301 and response["Location"] == "/monitor/?x=1"
    response = client.get(f"/regio/{home.specific.region.slug}/monitor/2025/pdf/")
    assert response.status_code == 301 and response["Location"] == "/monitor/2025/pdf/"


def test_the_urls_of_one_region_never_serve_the_other(world, site, client):
    home, index = site
    a_edition = make_edition(index, year=2024)
    # A's paths: only A's pages and files, never B's.
    assert client.get("/tweede/").status_code == 404
    assert client.get("/tweede/monitor/2025/").status_code == 404
    assert client.get("/monitor/2025/").status_code == 404  # B has 2025, A has not
    assert client.get("/monitor/2025/cijfers.csv").status_code == 404
    assert client.get("/monitor/2024/").status_code == 200
    for url in ["/", "/monitor/", "/monitor/2024/", "/monitor/2024/versies/"]:
        assert MARK not in client.get(url).content.decode(), url
    # B's paths: only B's pages and files, never A's.
    assert client.get("/regio/tweede/monitor/2024/").status_code == 404
    assert client.get("/regio/tweede/monitor/2024/pdf/").status_code == 404
    assert client.get(f"/regio/tweede/{index.slug}/{a_edition.slug}/").status_code == 404
    assert client.get("/regio/tweede/start/").status_code == 404
    assert a_edition.title not in client.get("/regio/tweede/monitor/").content.decode()


def test_a_region_with_its_own_host_name(world, client, settings):
    b = world
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "tweede.example.org"]
    Site.objects.create(hostname="tweede.example.org", port=80, root_page=b.home, is_default_site=False)
    edition = EditionPage.objects.get(pk=b.edition.pk)
    assert edition.full_url == "http://tweede.example.org/monitor/2025/"
    response = client.get("/monitor/2025/", HTTP_HOST="tweede.example.org")
    assert response.status_code == 200 and f"{MARK} hoofdstuk" in response.content.decode()
    csv = client.get("/monitor/2025/cijfers.csv", HTTP_HOST="tweede.example.org")
    assert csv.status_code == 200
    # Still reachable under /regio/ on the main host.
    assert client.get("/regio/tweede/monitor/2025/").status_code == 200


def test_each_region_has_its_own_name_and_colours(world, client, site):
    b = world
    b.region.tokens = {"primary": "#00574a", "accent": "#8a1c1c", "link": "javascript:alert(1)"}
    b.region.save()
    home_a, _index = site
    html_b = client.get("/regio/tweede/").content.decode()
    assert f"Mensenhandelmonitor {b.region.name}</title>" in html_b.replace("\n", "")
    assert b.region.full_name in html_b
    stylesheet = re.search(r'href="(/huisstijl/tweede\.css\?v=\w+)"', html_b).group(1)
    css = client.get(stylesheet)
    assert css["Content-Type"].startswith("text/css") and "immutable" in css["Cache-Control"]
    text = css.content.decode()
    assert "--mhm-color-primary: #00574a;" in text and "--mhm-color-accent: #8a1c1c;" in text
    assert "javascript" not in text and "--mhm-color-link" not in text  # not a colour: left out
    # Region A has no tokens of its own: no stylesheet, only the defaults of tokens.css.
    html_a = client.get("/").content.decode()
    assert "/huisstijl/" not in html_a and b.region.full_name not in html_a
    assert home_a.specific.region.name in html_a
    # Every page of B's site links within B's site.
    for url in [
        "/regio/tweede/monitor/",
        "/regio/tweede/monitor/2025/",
        "/regio/tweede/monitor/2025/versies/",
    ]:
        html = client.get(url).content.decode()
        assert stylesheet in html, url
        assert 'href="/regio/tweede/monitor/"' in html and 'href="/regio/tweede/"' in html, url


def test_colours_without_enough_contrast_are_refused():
    assert tokens.valid_colours({"primary": "#ffff00", "primary-dark": "#000000"}) == {
        "--mhm-color-primary-dark": "#000000"
    }
    assert tokens.valid_colours({"focus": "#000000"}) == {}  # ink text on it would be unreadable
    assert tokens.problems({"primary": "#ffff00", "kleur": "#000"}) == [
        "ontwerptoken 'primary': '#ffff00' is geen hexkleur met voldoende contrast (4,5:1)",
        "onbekend ontwerptoken 'kleur' (bekend: " + ", ".join(tokens.COLOURS) + ")",
    ]


def test_every_page_of_a_fictional_region_says_so(world, client):
    b = world
    banner = "Voorbeeldregio (fictief)</strong>: alle namen en cijfers zijn verzonnen."
    urls = [
        "/regio/tweede/",
        "/regio/tweede/monitor/",
        "/regio/tweede/monitor/2025/",
        "/regio/tweede/monitor/2025/versies/",
        "/regio/tweede/monitor/2025/versies/1/",
    ]
    for url in urls:
        assert banner not in client.get(url).content.decode(), url
    b.region.is_fictional = True
    b.region.save()
    for url in urls:
        assert banner in client.get(url).content.decode(), url
    assert banner not in client.get("/").content.decode()
    not_found = client.get("/regio/tweede/bestaat-niet/")
    assert not_found.status_code == 404 and banner in not_found.content.decode()


def test_the_pdf_of_a_fictional_region_says_so_and_names_its_publisher(site, client):
    b = build_region_b()
    b.region.is_fictional = True
    b.region.save()
    table_block = {
        "type": "figure",
        "value": {"table": b.table.code, "years": "2025", "chart_type": "auto", "caption": ""},
    }
    publish_b_edition(b)
    edition = EditionPage.objects.get(pk=b.edition.pk)
    edition.body = [{"type": "section", "value": {"title": f"{MARK} cijfers", "content": [table_block]}}]
    edition.correction_reason = "Cijfers toegevoegd."
    edition.save_revision().publish()
    pdf = client.get("/regio/tweede/monitor/2025/pdf/")
    assert pdf.status_code == 200
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages]
    text = " ".join(" ".join(pages).split())
    assert "Voorbeeldregio (fictief): alle namen en cijfers zijn verzonnen." in " ".join(pages[0].split())
    # The running header of every page after the cover.
    for page_text in pages[1:]:
        assert "Voorbeeldregio (fictief)" in page_text
    assert f"Een uitgave van de {b.region.full_name}." in text
    assert f"Met cijfers van: {b.partner.name}." in text
    assert "Rotterdam" not in text and "VeiligheidsAlliantie" not in text
    assert "/regio/tweede/monitor/2025/" in text
    metadata = client.get("/regio/tweede/monitor/2025/cijfers.csv-metadata.json").json()
    assert metadata["dc:publisher"] == b.region.full_name


def test_no_region_is_named_in_the_public_templates_and_code():
    """Names come from the region's data: no template or public module names a region."""
    from django.conf import settings

    root = settings.BASE_DIR
    files = [
        *(root / "templates").rglob("*.html"),
        *(root / "templates").rglob("*.txt"),
        *(root / "cms").rglob("*.py"),
        root / "config" / "settings" / "base.py",
        root / "scripts" / "dev_start.py",
    ]

    def names_a_region(path) -> bool:
        text = path.read_text(encoding="utf-8").replace("seed_rotterdam_2025", "")
        return bool(re.search("rotterdam", text, re.I) or re.search(r"\bVAR\b", text))

    named = [
        str(path.relative_to(root))
        for path in files
        if "migrations" not in path.parts and names_a_region(path)
    ]
    assert named == []


def test_a_region_without_english_pages_has_no_english_site_and_no_switch_to_another(world, client):  # noqa: ARG001

    assert client.get("/en/regio/tweede/").status_code == 404
    assert client.get("/en/regio/tweede/monitor/2025/").status_code == 404
    html = client.get("/regio/tweede/").content.decode()
    assert 'hreflang="en"' not in html  # not the first region's English start page


def test_a_regions_english_start_page_is_served_under_en_regio(world, client):
    from wagtail.models import Locale

    b = world
    english = Locale.objects.get_or_create(language_code="en")[0]
    home = HomePage.objects.get(region=b.region)
    translated = home.copy_for_translation(english)
    translated.title = "Human trafficking monitor, second region"
    translated.save_revision().publish()
    response = client.get("/en/regio/tweede/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html and "Human trafficking monitor, second region" in html
    assert translated.specific.url == "/en/regio/tweede/"
    dutch = client.get("/regio/tweede/").content.decode()
    assert 'href="/en/regio/tweede/" hreflang="en"' in dutch
