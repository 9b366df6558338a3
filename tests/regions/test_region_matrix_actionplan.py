"""Strictly apart, for the action plan, its reporting rounds and the Regionale Tafel.

Every admin URL of ``actionplan`` (the viewsets' lists, exports, object screens; "Mijn acties"; the
year screens), of ``actionplan.reporting`` (rounds, updates, "Mijn rapportage", the next plan) and of
``actionplan.review`` (the review page, its exports, meetings, advice, the meeting PDF): no role of
region A reads anything of region B, by list, search, filter or guessed URL, and no form of A changes
anything of B. Region B's own roles see and work on their own region (scoping hides nothing of theirs).
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts import roles
from actionplan.models import Action, Membership, Municipality, Opgave, Organisation, OutlookItem, Plan
from actionplan.reporting.models import ActionUpdate, ReportingRound, UpdateState
from actionplan.review.models import Meeting, ReviewNote
from tests.factories import ActionUpdateFactory, UserFactory

from . import conftest as world_module
from .conftest import leaks_on_read, signed_in, writes_from_a

pytestmark = pytest.mark.django_db

BASE_FINGERPRINT = world_module.b_fingerprint


def plan_fingerprint(b) -> tuple:
    """Region B's plan, its people and its rounds and meetings: what a write from A could change."""
    plans = Plan.objects.filter(region=b.region)
    return (
        BASE_FINGERPRINT(b),
        tuple(plans.values_list("pk", "title", "start_year", "end_year", "is_closed").order_by("pk")),
        tuple(Opgave.objects.filter(plan__in=plans).values_list("pk", "title", "number").order_by("pk")),
        tuple(
            Action.objects.filter(opgave__plan__in=plans).values_list("pk", "title", "status").order_by("pk")
        ),
        tuple(OutlookItem.objects.filter(opgave__plan__in=plans).values_list("pk", "title").order_by("pk")),
        tuple(
            Organisation.objects.filter(region=b.region)
            .values_list("pk", "name", "short_name")
            .order_by("pk")
        ),
        tuple(Municipality.objects.filter(region=b.region).values_list("pk", "name").order_by("pk")),
        tuple(
            Membership.objects.filter(organisation__region=b.region).values_list("pk", "user", "organisation")
        ),
        tuple(
            ReportingRound.objects.filter(plan__in=plans)
            .values_list("pk", "year", "closed", "deadline")
            .order_by("pk")
        ),
        tuple(
            ActionUpdate.objects.filter(round__plan__in=plans)
            .values_list("pk", "state", "text", "review_comment")
            .order_by("pk")
        ),
        tuple(Meeting.objects.filter(plan__in=plans).values_list("pk", "date", "title").order_by("pk")),
        tuple(
            ReviewNote.objects.filter(meeting__plan__in=plans)
            .values_list("pk", "kind", "text")
            .order_by("pk")
        ),
    )


@pytest.fixture
def world(two_regions, monkeypatch):
    """The two regions, with a submitted update in B's round, and a fingerprint of B's whole plan."""
    b = two_regions.b
    b.update = ActionUpdateFactory(round=b.round, action=b.action, state=UpdateState.SUBMITTED)
    b.membership = Membership.objects.get(user=b.users[roles.BEHEERDER])
    monkeypatch.setattr(world_module, "b_fingerprint", plan_fingerprint)
    return two_regions


def _viewset_urls(name: str, pk: int) -> list[str]:
    return [
        reverse(f"{name}:{view}", args=[pk])
        for view in ("edit", "delete", "inspect", "history", "history_results", "usage")
    ]


def _index_urls(name: str, params: list[str]) -> list[str]:
    index = reverse(f"{name}:index")
    results = reverse(f"{name}:index_results")
    urls = [index, results, f"{index}?q=weederegi", f"{results}?q=weederegi"]
    urls += [f"{index}?export=csv", f"{index}?export=xlsx", f"{index}?q=weederegi&export=csv"]
    urls += [f"{index}?{param}" for param in params] + [f"{index}?{param}&export=csv" for param in params]
    return urls


def test_the_action_plan_lists_and_objects_of_b_are_not_read_from_a(world):
    b = world.b
    urls = [
        *_index_urls(
            "actions",
            [f"plan={b.plan.pk}", f"organisation={b.organisation.short_name[1:]}", "year=2025", "q=actie"],
        ),
        *_index_urls(
            "outlook", [f"plan={b.plan.pk}", f"opgave={b.opgave.pk}", f"owners={b.organisation.pk}"]
        ),
        *_index_urls("progress_notes", ["year=2025"]),
        *_index_urls("opgaven", [f"plan={b.plan.pk}"]),
        *_index_urls("plans", []),
        *_index_urls("organisations", ["kind=partner"]),
        *_index_urls("municipalities", [f"subregion={b.municipality.subregion}"]),
        *_index_urls("memberships", [f"organisation={b.organisation.pk}"]),
        *_viewset_urls("actions", b.action.pk),
        *_viewset_urls("outlook", b.outlook.pk),
        *_viewset_urls("progress_notes", b.note.pk),
        *_viewset_urls("opgaven", b.opgave.pk),
        *_viewset_urls("plans", b.plan.pk),
        *_viewset_urls("organisations", b.organisation.pk),
        *_viewset_urls("municipalities", b.municipality.pk),
        *_viewset_urls("memberships", b.membership.pk),
        reverse("actions:year_edit", args=[b.action.pk]),
        reverse("actions:year_edit", args=[b.action.pk]) + "?jaar=2025",
        reverse("actions:timeline", args=[b.action.pk]),
        # The add forms offer no choice of B (plans, opgaven, organisations, municipalities, users).
        reverse("actions:add"),
        reverse("outlook:add"),
        reverse("opgaven:add"),
        reverse("plans:add"),
        reverse("municipalities:add"),
        reverse("memberships:add"),
        reverse("organisations:add"),
        reverse("actionplan_my_actions"),
        reverse("actionplan_my_actions") + "?q=weederegi",
        reverse("actionplan_my_action_edit", args=[b.action.pk]),
        "/admin/search/?q=weederegi",
    ]
    assert not leaks_on_read(world, urls)


def test_the_edit_forms_of_a_offer_nothing_of_b(world):
    """The forms of A's own objects: every choice (plan, opgave, lead, co-owners, municipality,
    predecessor, user, postponed-to plan) is of region A."""
    a_action = Action.objects.filter(opgave__plan__region=world.a).first()
    a_outlook = OutlookItem.objects.filter(opgave__plan__region=world.a).first()
    a_plan = Plan.objects.filter(region=world.a).first()
    urls = [
        reverse("actions:edit", args=[a_action.pk]),
        reverse("actions:year_edit", args=[a_action.pk]),
        reverse("outlook:edit", args=[a_outlook.pk]),
        reverse("plans:edit", args=[a_plan.pk]),
        reverse("opgaven:edit", args=[a_action.opgave_id]),
    ]
    assert not leaks_on_read(world, urls)
    beheerder = world.clients_a[roles.BEHEERDER]
    assert beheerder.get(urls[0]).status_code == 200  # the check above read real forms


def test_the_rounds_and_the_review_of_b_are_not_read_from_a(world):
    b = world.b
    review = reverse("actionplan_review:index")
    urls = [
        reverse("actionplan_reporting:rounds"),
        reverse("actionplan_reporting:round", args=[b.round.pk]),
        reverse("actionplan_reporting:round", args=[b.round.pk]) + "?state=ingediend",
        reverse("actionplan_reporting:mine"),
        reverse("actionplan_reporting:submit", args=[b.update.pk]),
        reverse("actionplan_reporting:next_plan", args=[b.plan.pk]),
        review,
        f"{review}?plan={b.plan.pk}",
        f"{review}?plan={b.plan.pk}&opgave={b.opgave.pk}&organisation={b.organisation.pk}",
        f"{review}?organisation={b.organisation.pk}&changed_since=01-01-2020",
        reverse("actionplan_review:export", args=["csv"]) + f"?plan={b.plan.pk}",
        reverse("actionplan_review:export", args=["xlsx"]) + f"?plan={b.plan.pk}",
        reverse("actionplan_review:export", args=["csv"]) + f"?organisation={b.organisation.pk}",
        reverse("actionplan_review:meetings") + f"?plan={b.plan.pk}",
        reverse("actionplan_review:meeting_pdf", args=[b.meeting.pk]),
        reverse("actionplan_review:note_add") + f"?plan={b.plan.pk}&meeting={b.meeting.pk}",
        reverse("actionplan_review:note_edit", args=[b.review_note.pk]),
    ]
    assert not leaks_on_read(world, urls)


def test_the_start_screen_panels_of_the_plan_show_a_region_its_own(world, rf):
    """The plan's panels on the start screen (beheerder, actiehouder, Regionale Tafel) of A show
    nothing of B, and B's show B's plan."""
    from django.contrib.auth import get_user_model

    from actionplan.reporting import dashboard as reporting_dashboard
    from actionplan.review import dashboard as review_dashboard

    def panels_html(user) -> str:
        request = rf.get("/admin/")
        request.user = user
        panels = reporting_dashboard.panels_for(user) + review_dashboard.panels_for(user)
        assert panels
        return "".join(panel.render_html({"request": request}) for panel in panels)

    users = get_user_model().objects
    for name in ("beheerder", "actiehouder-essm", "regionale-tafel"):
        assert world.mark not in panels_html(users.get(username=name)), name
    b = world.b
    assert b.plan.title in panels_html(b.users[roles.BEHEERDER])
    assert b.opgave.short_title in panels_html(b.users[roles.BEHEERDER])


def test_no_form_of_a_changes_anything_of_b(world):
    b = world.b
    action_edit = {
        "opgave": b.opgave.pk,
        "title": "Overschreven",
        "description": "x",
        "lead": b.organisation.pk,
        "expected_version": b.action.version,
        "sort_order": 0,
        "change_reason": "aanval",
    }
    year_form = {"status": "afgerond", "note": "Overschreven", "version": b.action.version, "reason": "x"}
    posts = [
        (reverse("actions:edit", args=[b.action.pk]), action_edit),
        (reverse("actions:delete", args=[b.action.pk]), {}),
        (reverse("actions:year_edit", args=[b.action.pk]) + "?jaar=2025", year_form),
        (reverse("actionplan_my_action_edit", args=[b.action.pk]) + "?jaar=2025", year_form),
        (reverse("progress_notes:delete", args=[b.note.pk]), {}),
        (reverse("outlook:edit", args=[b.outlook.pk]), {"opgave": b.opgave.pk, "title": "Overschreven"}),
        (reverse("outlook:delete", args=[b.outlook.pk]), {}),
        (reverse("opgaven:edit", args=[b.opgave.pk]), {"plan": b.plan.pk, "number": 9, "title": "Over"}),
        (reverse("opgaven:delete", args=[b.opgave.pk]), {}),
        (
            reverse("plans:edit", args=[b.plan.pk]),
            {"title": "Overschreven", "start_year": 2024, "end_year": 2026, "is_closed": "on"},
        ),
        (reverse("plans:delete", args=[b.plan.pk]), {}),
        (
            reverse("organisations:edit", args=[b.organisation.pk]),
            {"short_name": "Over", "name": "Overschreven", "kind": "partner"},
        ),
        (reverse("organisations:delete", args=[b.organisation.pk]), {}),
        (reverse("municipalities:edit", args=[b.municipality.pk]), {"cbs_code": "GM9999", "name": "Over"}),
        (reverse("municipalities:delete", args=[b.municipality.pk]), {}),
        (reverse("memberships:delete", args=[b.membership.pk]), {}),
        # New objects pointing at B's parents: refused as an invalid choice.
        (reverse("actions:add"), {**action_edit, "title": f"{world.mark} nieuw"}),
        (reverse("outlook:add"), {"opgave": b.opgave.pk, "title": "Nieuw", "outlook_year": 2027}),
        (reverse("opgaven:add"), {"plan": b.plan.pk, "number": 8, "title": "Nieuw", "short_title": "N"}),
        (
            reverse("memberships:add"),
            {"user": b.users[roles.REDACTEUR].pk, "organisation": b.organisation.pk},
        ),
        # The rounds.
        (
            reverse("actionplan_reporting:rounds"),
            {"plan": b.plan.pk, "year": 2026, "deadline": "01-03-2027"},
        ),
        (reverse("actionplan_reporting:round_close", args=[b.round.pk]), {}),
        (
            reverse("actionplan_reporting:update_review", args=[b.update.pk]),
            {"decision": "accept", "comment": "ok"},
        ),
        (
            reverse("actionplan_reporting:update_review", args=[b.update.pk]),
            {"decision": "return", "comment": "terug"},
        ),
        (
            reverse("actionplan_reporting:submit", args=[b.update.pk]),
            {"status": "afgerond", "text": "Overschreven", "version": b.action.version},
        ),
        (
            reverse("actionplan_reporting:next_plan", args=[b.plan.pk]),
            {"start_year": 2027, "end_year": 2030, "title": "Over"},
        ),
        # The Regionale Tafel.
        (
            reverse("actionplan_review:note_edit", args=[b.review_note.pk]),
            {"kind": "besluit", "text": "Over"},
        ),
        (
            reverse("actionplan_review:note_add") + f"?plan={b.plan.pk}",
            {"meeting": b.meeting.pk, "opgave": b.opgave.pk, "kind": "advies", "text": "Over"},
        ),
        (
            reverse("actionplan_review:meetings") + f"?plan={b.plan.pk}",
            {"date": "01-02-2027", "title": "Over"},
        ),
    ]
    assert not writes_from_a(world, posts)


def test_a_beheerder_creates_in_their_own_region_and_only_a_superuser_chooses_one(world, admin_client):
    beheerder = world.clients_a[roles.BEHEERDER]
    form = beheerder.get(reverse("plans:add")).content.decode()
    assert 'name="region"' not in form
    assert 'name="region"' in admin_client.get(reverse("plans:add")).content.decode()
    response = beheerder.post(
        reverse("organisations:add"), {"short_name": "Nieuw", "name": "Nieuwe partner", "kind": "partner"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Organisation.objects.get(name="Nieuwe partner").region == world.a
    response = beheerder.post(reverse("municipalities:add"), {"cbs_code": "GM0001", "name": "Nieuwdorp"})
    assert response.status_code == 302
    assert Municipality.objects.get(name="Nieuwdorp").region == world.a
    response = beheerder.post(
        reverse("plans:add"), {"title": "Actieplan 2031-2034", "start_year": 2031, "end_year": 2034}
    )
    assert response.status_code == 302
    assert Plan.objects.get(title="Actieplan 2031-2034").region == world.a
    # The same short name in another region is no clash; in one's own region it is refused.
    response = beheerder.post(
        reverse("organisations:add"), {"short_name": "Nieuw", "name": "Nog een", "kind": "partner"}
    )
    assert response.status_code == 200 and not Organisation.objects.filter(name="Nog een").exists()


def test_a_national_organisation_is_read_in_a_region_and_changed_by_a_superuser_only(world):
    national = Organisation.objects.filter(region=None, serves=world.a).first()
    beheerder = world.clients_a[roles.BEHEERDER]
    assert beheerder.get(reverse("organisations:inspect", args=[national.pk])).status_code == 200
    assert beheerder.get(reverse("organisations:edit", args=[national.pk])).status_code in (302, 403)
    assert beheerder.get(reverse("organisations:delete", args=[national.pk])).status_code in (302, 403)
    name = national.name
    beheerder.post(reverse("organisations:edit", args=[national.pk]), {"short_name": "x", "name": "x"})
    beheerder.post(reverse("organisations:delete", args=[national.pk]))
    national.refresh_from_db()
    assert national.name == name


def test_a_user_of_a_national_organisation_sees_none_of_the_plan(world):
    national = Organisation.objects.filter(region=None).first()
    user = UserFactory(username="landelijk-actiehouder", roles=[roles.ACTIEHOUDER], organisation=national)
    client = signed_in(user)
    assert client.get(reverse("actionplan_my_actions")).status_code == 403
    assert client.get(reverse("actionplan_reporting:mine")).status_code == 403


def test_region_b_works_on_its_own_plan(world):
    b = world.b
    beheerder = world.clients_b[roles.BEHEERDER]
    listed = beheerder.get(reverse("actions:index")).content.decode()
    assert b.action.title in listed
    a_action = Action.objects.filter(opgave__plan__region=world.a).order_by("pk").first()
    assert a_action.title not in listed
    assert beheerder.get(reverse("actions:edit", args=[b.action.pk])).status_code == 200
    assert b.organisation.name in beheerder.get(reverse("organisations:index")).content.decode()
    assert beheerder.get(reverse("actionplan_reporting:round", args=[b.round.pk])).status_code == 200
    response = beheerder.post(
        reverse("actionplan_reporting:update_review", args=[b.update.pk]), {"decision": "accept"}
    )
    assert response.status_code == 302
    b.update.refresh_from_db()
    assert b.update.state == UpdateState.ACCEPTED
    response = beheerder.post(
        reverse("actions:year_edit", args=[b.action.pk]) + "?jaar=2026",
        {"status": "lopend", "note": "Loopt in 2026", "version": Action.objects.get(pk=b.action.pk).version},
    )
    assert response.status_code == 302
    assert b.action.progress_notes.filter(year=2026, text="Loopt in 2026").exists()

    tafel = world.clients_b[roles.REGIONALE_TAFEL]
    page = tafel.get(reverse("actionplan_review:index")).content.decode()
    assert b.plan.title in page and b.action.title in page
    response = tafel.post(
        reverse("actionplan_review:note_edit", args=[b.review_note.pk]),
        {"kind": "besluit", "text": "Besloten"},
    )
    assert response.status_code == 302
    b.review_note.refresh_from_db()
    assert b.review_note.text == "Besloten"
    export = tafel.get(reverse("actionplan_review:export", args=["csv"])).content.decode("utf-8-sig")
    assert b.action.title in export

    actiehouder = world.clients_b[roles.ACTIEHOUDER]
    assert b.action.title in actiehouder.get(reverse("actionplan_my_actions")).content.decode()
    assert actiehouder.get(reverse("actionplan_my_action_edit", args=[b.action.pk])).status_code == 200


def test_each_beheerder_is_reminded_of_their_own_region_only(world, settings):
    from actionplan.reporting.reminders import send_reminders

    b = world.b
    for user in b.users.values():
        user.email = f"{user.username}@example.org"
        user.save()
    ActionUpdate.objects.filter(pk=b.update.pk).update(state=UpdateState.TODO)
    a_plan = Plan.objects.filter(region=world.a, is_closed=False).order_by("-start_year").first()
    a_round = ReportingRound.objects.create(
        plan=a_plan, year=2025, deadline=datetime.date(2026, 3, 1), opened_at=b.round.opened_at
    )
    a_action = Action.objects.filter(opgave__plan=a_plan, lead__isnull=False).first()
    ActionUpdate.objects.create(round=a_round, action=a_action)
    a_beheerder = get_user_model().objects.get(username="beheerder")
    a_beheerder.email = "a-beheerder@example.org"
    a_beheerder.save()
    world.a_beheerder_email = a_beheerder.email
    mail.outbox.clear()
    send_reminders(today=datetime.date(2026, 4, 1))
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    b_summary = by_recipient["b-beheerder@example.org"]
    assert b.action.title in b_summary and a_action.title not in b_summary
    a_summary = by_recipient[world.a_beheerder_email]
    assert a_action.title in a_summary
    for to, body in by_recipient.items():
        if not to.startswith("b-"):
            assert world.mark not in body, to
    owner = by_recipient["b-actiehouder@example.org"]
    assert b.region.full_name in owner and "Rotterdam" not in owner
