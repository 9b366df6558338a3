"""An edition is not published while a fout of the checks on its public figures has no note for
readers; the refusal names the finding (issue 9)."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import EditionPage
from monitor import quality
from monitor.checks import run_checks
from tests.cms.conftest import make_edition
from tests.factories import default_region
from tests.monitor.test_quality import make_wrong_total

pytestmark = pytest.mark.django_db


def _publish(client, page: EditionPage):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "year": page.year,
            "subtitle": page.subtitle,
            "region_name": page.region_name,
            "publication_date": "2026-03-01",
            "introduction": rich_text("<p>Introductie.</p>"),
            "body": streamfield([]),
            "loaded_revision_id": page.latest_revision_id,
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"})


def test_publication_waits_for_an_explanation_of_every_fout(client, site, beheerder):
    from monitor.models import Delivery

    make_wrong_total(status=Delivery.Status.VALIDATED)
    _home, index = site
    page = make_edition(index, publish=False)
    client.force_login(beheerder)

    response = _publish(client, page)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Publicatie geblokkeerd" in content and "het afgedrukte totaal is 4" in content
    page.refresh_from_db()
    assert not page.live

    (finding,) = run_checks(2025, default_region())
    quality.finding_explain(
        finding=finding, explanation="de bron verklaart het verschil niet.", user=beheerder
    )
    page.refresh_from_db()
    assert _publish(client, page).status_code == 302
    page.refresh_from_db()
    assert page.live
