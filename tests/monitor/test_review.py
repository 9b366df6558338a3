"""The beheerder's delivery review: numbers as printed tables, findings at their cells, grouped."""

import re

import pytest

from monitor import services
from monitor.models import Delivery
from tests.factories import UserFactory

from .conftest import delivery, make_table

pytestmark = pytest.mark.django_db


def review_url(item: Delivery) -> str:
    return f"/admin/cijfers/aanleveringen/{item.pk}/beoordelen/"


def test_review_shows_tables_with_findings_at_their_cells(client, beheerder, seeded):
    essm_2025 = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2025)
    client.force_login(beheerder)
    response = client.get(review_url(essm_2025))
    assert response.status_code == 200
    content = response.content.decode()
    # The numbers as the edition prints them: table captions, row labels, 2024 beside 2025.
    assert "Tijdelijke opvang (2024, 2025)" in content
    assert 'class="mhm-figure__table"' in content
    assert "Totaal tijdelijke opvang" in content
    # Counted per severity, fouten first.
    assert "5 fouten" in content and "2 waarschuwingen" in content and "1 opmerking" in content
    # The fout of the opvang table is marked at its total cell and listed under the table.
    opvang = content.split('id="tabel-essm_opvang_tekst"')[1].split("</section>")[0]
    assert "mhm-figure__cell--fout" in opvang
    number = re.search(r'mhm-finding-mark--fout" href="#bevinding-(\d+)"', opvang).group(1)
    assert f'id="bevinding-{number}"' in opvang
    assert "het afgedrukte totaal is 113, de som van de delen is 102" in opvang
    # The seeded note for readers on that finding (figures/toelichtingen.yaml of the pack), shown beside it.
    assert "Noot voor lezers" in opvang and "Het totaal wijkt af van de som van de delen (102)" in opvang


def test_repeating_finding_is_one_line_naming_its_cells(client, beheerder):
    table = make_table(dims={"gemeente": [f"gm{n:02}" for n in range(30)]})
    item = delivery(table.partner, 2026, status=Delivery.Status.SUBMITTED)
    delivery(table.partner, 2025, status=Delivery.Status.PUBLISHED)
    for n in range(30):
        services.observation_write(
            table=table, year=2025, coords={"gemeente": f"gm{n:02}"}, value=n + 1, reason="seed"
        )
    services.observation_write(table=table, year=2026, coords={"gemeente": "gm00"}, value=1, reason="seed")
    client.force_login(beheerder)
    content = client.get(review_url(item)).content.decode()
    assert "29 cellen zonder waarde voor 2026, terwijl 2025 er een had" in content
    assert content.count('class="mhm-review-finding ') == 1
    assert "Gm29 (2025: 30)" in content
    assert content.count("mhm-figure__cell--waarschuwing") == 29
    assert "29 waarschuwingen" in content


def test_review_query_count(client, beheerder, seeded, django_assert_max_num_queries):
    essm_2025 = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2025)
    client.force_login(beheerder)
    with django_assert_max_num_queries(120):
        assert client.get(review_url(essm_2025)).status_code == 200


def test_review_is_for_the_beheerder_only(client, essm_user):
    essm_2025 = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2025)
    client.force_login(essm_user)
    assert client.get(review_url(essm_2025)).status_code in (302, 403)
    client.force_login(UserFactory(username="nobody"))
    assert client.get(review_url(essm_2025)).status_code in (302, 403)
