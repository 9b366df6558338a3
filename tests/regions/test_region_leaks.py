"""Strictly apart, the leaks found after the matrix: the edition editor's table and plan choices, the
delivery mails, the background tasks screen and the names of the review screens. Region B and the
helpers are in ``conftest.py``.
"""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts import roles
from cms.blocks import OutlookBlock, PlanStateBlock
from cms.document import build_document
from cms.models import EditionPage, MonitorIndexPage
from tests.factories import MeetingFactory
from tests.monitor.conftest import make_table
from tests.tasks.conftest import DATABASE_QUEUE

from .conftest import MARK, body, leaks_on_read

pytestmark = pytest.mark.django_db


def a_edition(world) -> EditionPage:
    return EditionPage.objects.filter(region=world.a, locale__language_code="nl").order_by("pk").first()


def test_the_edition_editor_offers_only_the_regions_tables_and_plans(two_regions):
    edition = a_edition(two_regions)
    index = MonitorIndexPage.objects.filter(pk=edition.get_parent().pk).first()
    urls = [
        reverse("wagtailadmin_pages:edit", args=[edition.pk]),
        reverse("wagtailadmin_pages:add", args=["cms", "editionpage", index.pk]),
    ]
    editor = two_regions.clients_a[roles.REDACTEUR].get(urls[0])
    assert editor.status_code == 200 and "essm_meldingen" in body(editor)  # A's own tables are there
    assert leaks_on_read(two_regions, urls) == []
    # And B's editor lists B's, not A's (the choices follow the request, not the first one made).
    own = two_regions.clients_b[roles.REDACTEUR].get(
        reverse("wagtailadmin_pages:edit", args=[two_regions.b.edition.pk])
    )
    assert own.status_code == 200 and f"{MARK} Actieplan" in body(own)
    assert two_regions.a.plans.first().title not in body(own)


def test_a_block_does_not_accept_another_regions_plan(two_regions):
    from cms.blocks import choices_scope

    plan_a = two_regions.a.plans.first()
    for block in (PlanStateBlock(), OutlookBlock()):
        with choices_scope(two_regions.a):
            block.clean(block.to_python({"plan": str(plan_a.pk), "year": 2025}))
            with pytest.raises(ValidationError):
                block.clean(block.to_python({"plan": str(two_regions.b.plan.pk), "year": 2025}))


def test_a_block_with_another_regions_table_or_plan_shows_nothing_of_it(two_regions):
    b = two_regions.b
    only_b = make_table(partner=b.partner, code="alleen_b", dims={"uitbuitingsvorm": ["seksueel"]})
    only_b.title = f"{MARK} alleen in B"
    only_b.save()
    edition = a_edition(two_regions)
    content = [
        {"type": "figure", "value": {"table": "alleen_b", "years": "", "chart_type": "auto", "caption": ""}},
        {"type": "plan_state", "value": {"plan": str(b.plan.pk), "year": 2025, "show_actions": True}},
        {"type": "outlook", "value": {"plan": str(b.plan.pk), "year": 2026}},
    ]
    edition.body = json.dumps([{"type": "section", "value": {"title": "Hoofdstuk", "content": content}}])
    assert MARK not in json.dumps(build_document(edition), default=str)


def test_a_delivery_mails_only_the_people_of_its_region(two_regions, django_capture_on_commit_callbacks):
    from django.core import mail

    from monitor import notifications

    b = two_regions.b
    with django_capture_on_commit_callbacks(execute=True):
        notifications.delivery_submitted(b.delivery)
        notifications.delivery_returned(b.delivery)
        notifications.delivery_validated(b.delivery)
    addressed = {address for message in mail.outbox for address in message.to}
    assert addressed == {b.users[roles.BEHEERDER].email, b.users[roles.DATAPARTNER].email}
    mail.outbox.clear()
    delivery_a = two_regions.a.deliveries.first()
    with django_capture_on_commit_callbacks(execute=True):
        notifications.delivery_submitted(delivery_a)
    addressed = {address for message in mail.outbox for address in message.to}
    assert addressed and b.users[roles.BEHEERDER].email not in addressed


def failed(task, *args, error: str):
    """``task`` queued with ``args`` and failed with ``error`` (a DBTaskResult)."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    result = task.enqueue(*args)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.FAILED, exception_class_path="builtins.ValueError", traceback=error
    )
    return result.id


def test_the_background_tasks_of_another_region_stay_out_of_sight(two_regions, settings):
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from actionplan.review.pdf import render_meeting_pdf_task
    from monitor.tasks import import_upload_task
    from workbench.tasks import send_mails

    settings.TASKS = DATABASE_QUEUE  # the tasks wait on the queue in the database
    b = two_regions.b
    beheerder_b = b.users[roles.BEHEERDER]
    b_tasks = [
        failed(render_meeting_pdf_task, b.meeting.pk, error=f"ValueError: {MARK} vergadering"),
        failed(send_mails, [["Onderwerp", "Tekst", None, [beheerder_b.email]]], error=f"{MARK} mail"),
        failed(
            import_upload_task, "x.upload", f"{MARK}.xlsx", beheerder_b.pk, [], 2025, error=f"{MARK} import"
        ),
    ]
    meeting_a = MeetingFactory(plan=two_regions.a.plans.first())
    a_task = failed(render_meeting_pdf_task, meeting_a.pk, error="ValueError: vergadering van A")
    url = reverse("workbench_tasks")
    beheerder_a = two_regions.clients_a[roles.BEHEERDER]
    page = body(beheerder_a.get(url))
    assert "vergadering van A" in page  # A's own task is there
    assert leaks_on_read(two_regions, [url]) == []
    assert "1 achtergrondtaak is mislukt" in body(beheerder_a.get(reverse("wagtailadmin_home")))
    for task_id in b_tasks:  # nor can A try B's task again
        beheerder_a.post(url, {"task": str(task_id)})
        assert DBTaskResult.objects.get(pk=task_id).status == TaskResultStatus.FAILED
    beheerder_a.post(url, {"task": str(a_task)})
    assert DBTaskResult.objects.get(pk=a_task).status == TaskResultStatus.READY
    # B's beheerder sees B's tasks.
    assert body(two_regions.clients_b[roles.BEHEERDER].get(url)).count(MARK) >= 3


def test_the_review_screens_load_the_names_of_the_plans_region_only(two_regions):
    from actionplan.review.selectors import _Names

    plan_a = two_regions.a.plans.first()
    names = _Names(plan_a.region_id)
    assert names.fk["lead"] and names.fk["opgave"] and names.fk["postponed_to_plan"]
    assert MARK not in json.dumps({name: list(values.values()) for name, values in names.fk.items()})
