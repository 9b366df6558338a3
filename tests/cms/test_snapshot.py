"""As published, stays published: the public edition renders the snapshot taken at publication."""

import re

from actionplan.models import ActionStatus
from cms.models import EditionSnapshot
from monitor.services import observation_write
from tests.public import public_text


def _action(plan):
    return plan.opgaven.order_by("number").first().actions.order_by("pk").first()


def test_publishing_takes_a_snapshot_of_plan_outlook_and_figures(edition):
    snapshot = EditionSnapshot.objects.get(revision_id=edition.live_revision_id)
    sections = {section["title"]: section for section in snapshot.document["sections"]}
    plan_block = sections["Stand van zaken actieplan"]["blocks"][0]
    assert plan_block["type"] == "plan_state"
    assert len(plan_block["state"]["opgaven"]) == 2
    figure = [block for block in sections["Aanleiding"]["blocks"] if block["type"] == "figure"][0]
    assert figure["snapshot"]["code"] == "tabel_test"
    assert {cell["value"] for cell in figure["snapshot"]["cells"]} == {12, 13}


def test_changing_an_action_after_publication_leaves_the_edition_unchanged(client, edition, plan):
    action = _action(plan)
    note = action.progress_notes.get(year=2025)
    assert note.status == ActionStatus.RUNNING
    before = client.get("/monitor/2025/")
    assert before.status_code == 200
    assert action.title in before.content.decode() and note.text in before.content.decode()

    action.status = ActionStatus.DONE
    action.title = "Actie met nieuwe titel"
    action.save()
    note.status = ActionStatus.DONE
    note.text = "Nieuwe stand van zaken na de publicatie."
    note.save()

    after = public_text("/monitor/2025/")
    assert "Actie met nieuwe titel" not in after and "Nieuwe stand van zaken na de publicatie." not in after
    assert "Stand van zaken 1.0 in 2025." in after

    edition.save_revision().publish()
    republished = public_text("/monitor/2025/")
    assert "Actie met nieuwe titel" in republished
    assert "Nieuwe stand van zaken na de publicatie." in republished


def test_changing_a_figure_after_publication_leaves_the_edition_unchanged(client, edition):
    from monitor.models import Table

    assert client.get("/monitor/2025/").status_code == 200  # fills the page cache
    table = Table.objects.get(code="tabel_test")
    observation_write(table=table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=777, reason="t")
    # The value as a cell of the table, not as part of a factory-made name ("Bron Org 777").
    cell = re.compile(r">\s*777\s*<")
    assert not cell.search(public_text("/monitor/2025/"))

    edition.save_revision().publish()
    assert cell.search(public_text("/monitor/2025/"))


def test_each_publication_keeps_its_own_snapshot(edition):
    first = edition.live_revision_id
    edition.save_revision().publish()
    edition.refresh_from_db()
    assert edition.live_revision_id != first
    assert EditionSnapshot.objects.filter(page=edition).count() == 2
