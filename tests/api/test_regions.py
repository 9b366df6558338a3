"""Regions in the open API: a region is listed once it published an edition, each region's URLs reach
only its own editions, and nothing of region B (a draft, a figure not validated) shows through the
URLs of region A or through its own before it is published."""

import json

from django.test import Client

from cms.models import EditionPage
from monitor import services as monitor_services
from tests.api.conftest import API, api_text
from tests.regions.conftest import two_regions  # noqa: F401 - the two-region world of the region tests

A_PATHS = [
    f"{API}/regions/",
    f"{API}/regions/rotterdam/",
    f"{API}/regions/rotterdam/editions/",
    f"{API}/regions/rotterdam/editions/2025/",
    f"{API}/regions/rotterdam/editions/2025/tables/",
    f"{API}/regions/rotterdam/editions/2025/tables/essm_meldpunt_contacten/",
    f"{API}/regions/rotterdam/editions/2025/tables/essm_meldingen/",
    f"{API}/regions/rotterdam/editions/2025/plan/",
    f"{API}/regions/rotterdam/editions/2025/?version=1",
]
B_PATHS = [
    f"{API}/regions/tweede/",
    f"{API}/regions/tweede/editions/",
    f"{API}/regions/tweede/editions/2025/",
    f"{API}/regions/tweede/editions/2025/tables/",
    f"{API}/regions/tweede/editions/2025/tables/essm_meldingen/",
    f"{API}/regions/tweede/editions/2025/plan/",
]
B_VALUE = "777"


def _publish_b(world) -> EditionPage:
    """Region B's draft edition, with its table and plan, published."""
    b = world.b
    page = EditionPage.objects.get(pk=b.edition.pk)
    page.body = [
        {
            "type": "section",
            "value": {
                "title": "Cijfers",
                "content": [
                    {
                        "type": "figure",
                        "value": {
                            "table": b.table.code,
                            "years": "2025",
                            "chart_type": "auto",
                            "caption": "",
                        },
                    },
                    {
                        "type": "plan_state",
                        "value": {"plan": str(b.plan.pk), "year": 2025, "show_actions": True},
                    },
                ],
            },
        }
    ]
    page.save_revision().publish()
    return page


def _leaks(paths: list[str], marker: str) -> list[str]:
    found = []
    for path in paths:
        response = Client().get(path)
        if response.status_code >= 500:
            found.append(f"{path}: {response.status_code}")
        if marker in response.content.decode():
            found.append(f"{path} shows {marker}")
    return found


def test_a_region_without_a_published_edition_does_not_exist_for_the_api(two_regions):  # noqa: F811
    regions = json.loads(api_text(f"{API}/regions/"))
    assert [region["slug"] for region in regions["items"]] == ["rotterdam"]
    for path in B_PATHS:
        assert Client().get(path).status_code == 404, path
    assert _leaks(A_PATHS, two_regions.mark) == []


def test_each_region_reads_only_its_own_editions(two_regions):  # noqa: F811
    _publish_b(two_regions)
    regions = json.loads(api_text(f"{API}/regions/"))
    assert {region["slug"] for region in regions["items"]} == {"rotterdam", "tweede"}
    tweede = next(region for region in regions["items"] if region["slug"] == "tweede")
    assert tweede["years"] == [2025] and tweede["url"].endswith("/api/v1/regions/tweede/")

    # Region A's URLs show nothing of B, B's nothing of A.
    assert _leaks(A_PATHS[1:], two_regions.mark) == []
    assert "Contacten met het meld- en adviespunt" not in "".join(api_text(path) for path in B_PATHS)
    table = json.loads(api_text(f"{API}/regions/tweede/editions/2025/tables/essm_meldingen/"))
    assert table["table"]["title"].startswith(two_regions.mark)
    # B's figure was delivered but not validated: published as "niet beschikbaar", never its value.
    assert all(item["value"] is None for item in table["items"])
    assert _leaks(B_PATHS + A_PATHS, B_VALUE) == []


def test_a_figure_of_region_b_shows_once_validated_and_published_in_b_only(two_regions):  # noqa: F811
    page = _publish_b(two_regions)
    beheerder = two_regions.b.users["beheerder"]
    monitor_services.delivery_validate(delivery=two_regions.b.delivery, user=beheerder)
    assert _leaks(B_PATHS + A_PATHS, B_VALUE) == []  # validated, not yet published again

    page.correction_reason = "Cijfers gevalideerd"
    page.save_revision().publish()
    table = json.loads(api_text(f"{API}/regions/tweede/editions/2025/tables/essm_meldingen/"))
    assert 777 in [item["value"] for item in table["items"]]
    assert _leaks(A_PATHS, B_VALUE) == []


def test_a_draft_of_region_b_does_not_show_through_region_a(two_regions):  # noqa: F811
    _publish_b(two_regions)
    draft = EditionPage.objects.get(pk=two_regions.b.edition.pk)
    draft.title = f"{two_regions.mark} concept dat niemand mag zien"
    draft.save_revision()
    assert _leaks(A_PATHS + B_PATHS, "concept dat niemand mag zien") == []
