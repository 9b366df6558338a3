import csv
import datetime
import io

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from accounts import roles
from actionplan import services
from actionplan.models import Action
from actionplan.review.models import Meeting, ReviewNote
from tests.factories import (
    ActionFactory,
    MeetingFactory,
    OpgaveFactory,
    OrganisationFactory,
    PlanFactory,
    ReviewNoteFactory,
    UserFactory,
    action_version,
)

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 27, 10, tzinfo=datetime.UTC)


@pytest.fixture
def plan():
    plan = PlanFactory(start_year=2024, end_year=2026, title="Actieplan 2024-2026")
    essm = OrganisationFactory(short_name="ESSM")
    for number in (1, 2):
        opgave = OpgaveFactory(plan=plan, number=number, short_title=f"Opgave {number}")
        for i in range(3):
            ActionFactory(opgave=opgave, lead=essm, title=f"Actie {number}.{i}")
    return plan


def user_with(role):
    organisation = OrganisationFactory(short_name="ESSM") if role == roles.ACTIEHOUDER else None
    return UserFactory(roles=[role], organisation=organisation)


def review_urls(plan):
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 11, 1))
    note = ReviewNoteFactory(meeting=meeting, opgave=plan.opgaven.first())
    return [
        reverse("actionplan_review:index"),
        reverse("actionplan_review:export", args=["csv"]),
        reverse("actionplan_review:export", args=["xlsx"]),
        reverse("actionplan_review:meetings"),
        reverse("actionplan_review:meeting_pdf", args=[meeting.pk]),
        reverse("actionplan_review:note_add"),
        reverse("actionplan_review:note_edit", args=[note.pk]),
    ]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.BEHEERDER, True),
        (roles.REGIONALE_TAFEL, True),
        (roles.ACTIEHOUDER, False),
        (roles.DATAPARTNER, False),
        (roles.REDACTEUR, False),
    ],
)
def test_review_pages_are_for_the_board_and_the_beheerder(client, plan, role, allowed):
    urls = review_urls(plan)
    client.force_login(user_with(role))
    for url in urls:
        response = client.get(url)
        assert response.status_code == (200 if allowed else 403), url
    response = client.post(
        reverse("actionplan_review:note_add"),
        {
            "meeting": Meeting.objects.get().pk,
            "opgave": plan.opgaven.first().pk,
            "kind": "besluit",
            "text": "X",
        },
    )
    assert response.status_code == (302 if allowed else 403)
    assert ReviewNote.objects.filter(text="X").exists() is allowed


def test_anonymous_users_are_sent_to_the_login(client, plan):
    response = client.get(reverse("actionplan_review:index"))
    assert response.status_code == 302 and "login" in response.url


def test_menu_item_shows_for_the_board_only(client, plan):
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    assert reverse("actionplan_review:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(user_with(roles.DATAPARTNER))
    assert reverse("actionplan_review:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_filters_narrow_the_actions(client, plan):
    first = Action.objects.get(title="Actie 1.0")
    riec = OrganisationFactory(short_name="RIEC")
    first.co_owners.add(riec)
    Action.objects.filter(title="Actie 2.1").update(status="afgerond")
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    url = reverse("actionplan_review:index")
    page = client.get(url, {"organisation": riec.pk}).content.decode()
    assert "Actie 1.0" in page and "Actie 1.1" not in page
    page = client.get(url, {"status": "afgerond"}).content.decode()
    assert "Actie 2.1" in page and "Actie 2.0" not in page
    page = client.get(url, {"opgave": plan.opgaven.get(number=2).pk}).content.decode()
    assert "Actie 2.0" in page and "Actie 1.0" not in page


def test_review_notes_are_shown_and_edits_keep_history(client, plan):
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 11, 1))
    note = ReviewNoteFactory(meeting=meeting, opgave=plan.opgaven.first(), text="Eerste advies.")
    user = user_with(roles.REGIONALE_TAFEL)
    client.force_login(user)
    assert "Eerste advies." in client.get(reverse("actionplan_review:index")).content.decode()
    response = client.post(
        reverse("actionplan_review:note_edit", args=[note.pk]),
        {"kind": "besluit", "text": "Besluit genomen.", "reason": "Na bespreking"},
    )
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.kind, note.text) == ("besluit", "Besluit genomen.")
    latest = note.history.first()
    assert (latest.history_user, latest.history_change_reason) == (user, "Na bespreking")
    assert note.history.count() == 2


def test_exports_neutralise_formulas(client, plan):
    Action.objects.filter(title="Actie 1.0").update(title='=HYPERLINK("http://x")')
    Action.objects.filter(title="Actie 1.1").update(title="@SUM(A1)")
    client.force_login(user_with(roles.BEHEERDER))
    response = client.get(reverse("actionplan_review:export", args=["csv"]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    titles = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in titles and "'@SUM(A1)" in titles
    assert len(rows) == 7
    response = client.get(reverse("actionplan_review:export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for cell in sheet["B"]][1:]
    assert "'@SUM(A1)" in values and len(values) == 6
    assert not any(
        str(v).startswith(("=", "@", "+", "-")) for row in sheet.iter_rows(values_only=True) for v in row if v
    )


def test_meeting_pdf_renders(client, plan):
    previous = MeetingFactory(plan=plan, date=datetime.date(2026, 10, 1))
    ReviewNoteFactory(meeting=previous, opgave=plan.opgaven.first(), text="Advies vorige keer.")
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 12, 1))
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    response = client.get(reverse("actionplan_review:meeting_pdf", args=[meeting.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_meeting_pdf_is_tagged_like_the_monitor(client, plan):
    """PDF/UA-1 with language, title and bookmarks per opgave, as cms.pdf makes the monitor."""
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 12, 1))
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    reader = PdfReader(
        io.BytesIO(client.get(reverse("actionplan_review:meeting_pdf", args=[meeting.pk])).content)
    )
    catalog = reader.trailer["/Root"]
    assert str(catalog["/Lang"]) == "nl"
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert b"pdfuaid:part" in catalog["/Metadata"].get_object().get_data()
    assert reader.metadata.title == "Vergaderstuk Regionale Tafel 1 december 2026"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0] == "Overzicht per opgave"
    assert any(title.startswith("Opgave 1:") for title in outline)


def test_meetings_are_added_by_the_board(client, plan):
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    response = client.post(
        reverse("actionplan_review:meetings") + f"?plan={plan.pk}", {"date": "2027-01-15", "title": "Januari"}
    )
    assert response.status_code == 302
    assert Meeting.objects.get().date == datetime.date(2027, 1, 15)
    response = client.post(reverse("actionplan_review:meetings") + f"?plan={plan.pk}", {"date": "2027-01-15"})
    assert response.status_code == 200 and Meeting.objects.count() == 1


def _grow(plan, size: int, user):
    essm = OrganisationFactory(short_name="ESSM")
    riec = OrganisationFactory(short_name="RIEC")
    opgave = plan.opgaven.first()
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 11, 1))
    with time_machine.travel(NOW - datetime.timedelta(days=40), tick=False):
        actions = [ActionFactory(opgave=opgave, lead=essm, co_owners=[riec]) for _ in range(size)]
    for step, status in enumerate(["doorlopend", "afgerond"]):
        with time_machine.travel(NOW - datetime.timedelta(days=2 - step), tick=False):
            for action in actions:
                services.action_update_status(
                    action=action,
                    user=user,
                    status=status,
                    note=status,
                    year=2026,
                    expected_version=action_version(action),
                )
    for opgave in plan.opgaven.all():
        ReviewNoteFactory.create_batch(2, meeting=meeting, opgave=opgave)


@pytest.mark.parametrize("size", [2, 20])
def test_review_page_queries_do_not_grow_with_actions_or_history(
    client, plan, size, django_assert_max_num_queries
):
    user = user_with(roles.REGIONALE_TAFEL)
    _grow(plan, size, UserFactory(roles=[roles.BEHEERDER]))
    client.force_login(user)
    with time_machine.travel(NOW, tick=False):
        url = reverse("actionplan_review:index") + "?changed_since=2026-11-20"
        # +1 since regions: the user's region; +2 for the admin menu's page permissions by region (whether
        # the regions have their pages yet, the region's part of the page tree): fixed, not per row.
        with django_assert_max_num_queries(35):
            response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("Doorlopend</span>") >= 2 * size
    meeting = Meeting.objects.get()
    url = reverse("actionplan_review:meeting_pdf", args=[meeting.pk])
    with time_machine.travel(NOW, tick=False):
        client.get(url)  # the worker's render (at once in tests) is not the request's
        with django_assert_max_num_queries(26):  # +2 since regions: the user's region, to find the meeting in
            response = client.get(url)
    assert response.content.startswith(b"%PDF")


def _advice(plan, **fields):
    return {
        "opgave": plan.opgaven.first().pk,
        "kind": "advies",
        "text": "Meer aandacht voor opvang.",
        **fields,
    }


def test_the_board_creates_the_meeting_from_the_advice_form(client, plan):
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    url = reverse("actionplan_review:note_add") + f"?plan={plan.pk}"
    page = client.get(url).content.decode()
    assert "Nieuwe vergadering (hieronder)" in page and "Datum als dd-mm-jjjj" in page
    response = client.post(
        url, _advice(plan, meeting="", new_meeting_date="15-01-2027", new_meeting_title="Januari")
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.plan, meeting.date, meeting.title) == (plan, datetime.date(2027, 1, 15), "Januari")
    assert ReviewNote.objects.get().meeting == meeting
    assert meeting.history.get().history_user is not None

    # The same date again: the advice joins that meeting, no second one.
    client.post(url, _advice(plan, meeting="", new_meeting_date="15-01-2027", text="Tweede advies."))
    assert Meeting.objects.count() == 1 and meeting.notes.count() == 2


def test_the_advice_form_asks_for_a_meeting_or_a_new_date(client, plan):
    existing = MeetingFactory(plan=plan, date=datetime.date(2026, 11, 1))
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    url = reverse("actionplan_review:note_add") + f"?plan={plan.pk}"
    page = client.post(url, _advice(plan, meeting="")).content.decode()
    assert "Kies een vergadering, of vul de datum van een nieuwe vergadering in." in page
    assert 'aria-describedby="id_meeting_error' in page
    page = client.post(url, _advice(plan, meeting="", new_meeting_date="2027-15-01")).content.decode()
    # The error is tied to the field although it has help text (Wagtail points at the help only).
    assert 'aria-describedby="id_new_meeting_date-helptext id_new_meeting_date_error"' in page
    assert 'id="id_new_meeting_date_error"' in page
    assert Meeting.objects.count() == 1 and not ReviewNote.objects.exists()

    # A meeting chosen from the list wins: the (hidden) new meeting's fields are ignored, even invalid.
    page = client.get(url).content.decode()
    assert 'data-mhm-shows=""' in page and 'data-mhm-shown-by="meeting"' in page
    response = client.post(url, _advice(plan, meeting=existing.pk, new_meeting_date="2027-15-01"))
    assert response.status_code == 302
    assert Meeting.objects.count() == 1 and ReviewNote.objects.get().meeting == existing


@pytest.mark.parametrize("role", [roles.ACTIEHOUDER, roles.DATAPARTNER, roles.REDACTEUR])
def test_only_the_board_creates_a_meeting_from_the_advice_form(client, plan, role):
    client.force_login(user_with(role))
    url = reverse("actionplan_review:note_add") + f"?plan={plan.pk}"
    response = client.post(url, _advice(plan, meeting="", new_meeting_date="15-01-2027"))
    assert response.status_code == 403
    assert not Meeting.objects.exists() and not ReviewNote.objects.exists()


def test_the_meeting_date_is_typed_as_a_dutch_date(client, plan):
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    url = reverse("actionplan_review:meetings") + f"?plan={plan.pk}"
    assert "Datum als dd-mm-jjjj" in client.get(url).content.decode()
    assert client.post(url, {"date": "15-01-2027", "title": "Januari"}).status_code == 302
    assert Meeting.objects.get().date == datetime.date(2027, 1, 15)


def test_the_changed_since_filter_takes_a_dutch_date(client, plan):
    client.force_login(user_with(roles.REGIONALE_TAFEL))
    page = client.get(reverse("actionplan_review:index"), {"changed_since": "01-11-2026"}).content.decode()
    assert "wijzigingen sinds 1 november 2026" in page
    assert 'aria-describedby="id_changed_since-help"' in page and 'id="id_changed_since-help"' in page
    assert "Datum als dd-mm-jjjj" in page
