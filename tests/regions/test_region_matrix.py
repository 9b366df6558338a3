"""Strictly apart: no role of region A reads or writes anything of region B, by any URL.

The machinery and region B are in ``conftest.py``. Each app adds the URLs of its screens here or in a
file of its own (``test_region_matrix_<app>.py``) with the same helpers: ``leaks_on_read`` for every
list, chooser, search, export and object URL, ``writes_from_a`` for every form that changes data.
"""

import pytest
from django.urls import reverse

from .conftest import leaks_on_read

pytestmark = pytest.mark.django_db


def test_region_b_exists_with_one_of_everything(two_regions):
    b = two_regions.b
    assert b.region != two_regions.a
    assert b.action.opgave.plan.region == b.region and b.table.region == b.region
    assert b.edition.region == b.region and not b.edition.live
    assert b.table.code == "essm_meldingen"  # the same code as A's table: codes are per region


def test_a_public_pages_show_nothing_of_b(two_regions):
    urls = ["/", "/monitor/", "/monitor/2025/", "/monitor/2025/cijfers.csv", "/monitor/2025/versies/"]
    assert not leaks_on_read(two_regions, urls)


def test_b_drafts_are_not_public(two_regions, client):
    b = two_regions.b
    assert client.get(f"/admin/pages/{b.edition.pk}/edit/").status_code == 302  # to the login
    response = client.get(reverse("cms:edition_pdf", args=[2025]))
    assert two_regions.mark.encode() not in response.content
