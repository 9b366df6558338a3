"""A region's own logo (regions.logo): checked before it is stored, shown as an image in the header
of its public pages and on the cover of its PDF, loaded from its data pack."""

import base64
import io
import shutil
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from cms.pdf import render_pdf
from regions.logo import data_uri, problems
from regions.models import Region

from .conftest import build_region_b
from .test_public_sites import publish_b_edition, site, world  # noqa: F401

pytestmark = pytest.mark.django_db

LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<rect width="32" height="32" fill="#5b3f8c"/><circle cx="16" cy="16" r="8" fill="#fff"/></svg>'
)
PACKS = Path(__file__).resolve().parents[2] / "packs"


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        '<use x:href="https://example.org/a.svg#b"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://example.org/p)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>html</p></foreignObject></svg>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        "<html><body>geen svg</body></html>",
        "<svg",
        '<svg xmlns="http://www.w3.org/2000/svg">' + "<g/>" * 20_000 + "</svg>",
    ],
)
def test_a_logo_that_could_run_fetch_or_swell_is_refused(svg):
    assert problems(svg)
    region = Region(slug="x", name="regio X", logo=svg)
    with pytest.raises(ValidationError):
        region.full_clean()


def test_a_plain_logo_and_internal_references_are_accepted():
    gradient = (
        '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>'
        '<rect fill="url(#g)" width="4" height="4"/></svg>'
    )
    assert problems(LOGO) == [] and problems(gradient) == []


def test_the_header_shows_the_regions_logo_or_the_workbench_mark(world, client):  # noqa: F811
    b = world
    html = client.get("/regio/tweede/").content.decode()
    assert '<span class="mhm-header__logo" aria-hidden="true">' in html
    assert "data:image/svg+xml" not in html
    b.region.logo = LOGO
    b.region.save()
    for url in ("/regio/tweede/", "/regio/tweede/monitor/", "/regio/tweede/monitor/2025/"):
        html = client.get(url).content.decode()
        assert f'src="{data_uri(LOGO)}"' in html, url
    # The first region keeps its own header.
    assert "data:image/svg+xml" not in client.get("/").content.decode()


def test_the_pdf_cover_has_the_regions_logo_and_colours(site):  # noqa: F811
    b = build_region_b()
    b.region.logo = LOGO
    b.region.tokens = {"primary": "#5b3f8c"}
    b.region.save()
    edition = publish_b_edition(b)
    document = edition.snapshots.latest("created_at").document
    pdf = render_pdf(document)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].images or "/XObject" in str(reader.pages[0].get("/Resources"))
    from django.template.loader import render_to_string

    html = render_to_string(
        "monitor/pdf/cover.html",
        {"document": document, "region_logo": b.region.logo_url, "region_colours": {"primary": "#5b3f8c"}},
    )
    assert "background: #5b3f8c" in html and f'src="{b.region.logo_url}"' in html


def test_the_pack_brings_the_logo_and_a_bad_one_is_named(tmp_path):
    call_command("load_pack", str(PACKS / "voorbeeldregio-2025"), verbosity=0, stdout=io.StringIO())
    region = Region.objects.get(slug="voorbeeldregio")
    assert region.logo == (PACKS / "voorbeeldregio-2025" / "logo.svg").read_text(encoding="utf-8")
    assert base64.b64decode(region.logo_url.split(",", 1)[1]).decode() == region.logo

    pack = tmp_path / "pack"
    shutil.copytree(PACKS / "voorbeeldregio-2025", pack)
    (pack / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>', encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 fout"):
        call_command("check_pack", str(pack), stdout=out, stderr=out)
    assert "logo.svg" in out.getvalue() and "scriptattribuut" in out.getvalue()
