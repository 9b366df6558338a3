"""As published, stays published: the public edition renders the snapshot taken at publication."""

from actionplan.models import ActionStatus
from cms.models import EditionSnapshot
from monitor.services import observation_write


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
    assert action.status == ActionStatus.RUNNING
    before = client.get("/monitor/2025/").content.decode()
    assert "Lopend" in before and "Afgerond" in before  # the status table names every status

    action.status = ActionStatus.DONE
    action.title = "Actie met nieuwe titel"
    action.save()

    after = client.get("/monitor/2025/").content.decode()
    assert "Actie met nieuwe titel" not in after
    assert action.title not in after

    edition.save_revision().publish()
    republished = client.get("/monitor/2025/").content.decode()
    assert "Actie met nieuwe titel" in republished


def test_changing_a_figure_after_publication_leaves_the_edition_unchanged(client, edition):
    from monitor.models import Table

    table = Table.objects.get(code="tabel_test")
    observation_write(table=table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=777, reason="t")
    assert "777" not in client.get("/monitor/2025/").content.decode()

    edition.save_revision().publish()
    assert "777" in client.get("/monitor/2025/").content.decode()


def test_each_publication_keeps_its_own_snapshot(edition):
    first = edition.live_revision_id
    edition.save_revision().publish()
    edition.refresh_from_db()
    assert edition.live_revision_id != first
    assert EditionSnapshot.objects.filter(page=edition).count() == 2
