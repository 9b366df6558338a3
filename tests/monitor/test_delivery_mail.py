"""Mails of the delivery cycle, each linking to its screen on the configured base URL."""

import pytest
from django.core import mail

from accounts import roles
from monitor import services
from monitor.models import Delivery, Partner
from tests.factories import UserFactory

from .conftest import make_table

pytestmark = pytest.mark.django_db

BASE = "https://monitor.example.nl"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Mails go out when the transaction commits: run a call's on-commit callbacks in the test."""

    def run(function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(**kwargs)

    return run


@pytest.fixture
def cycle(seeded, settings, essm_user, beheerder):
    settings.WAGTAILADMIN_BASE_URL = BASE + "/"
    essm_user.email = "essm@example.nl"
    essm_user.save()
    beheerder.email = "beheer@example.nl"
    beheerder.save()
    UserFactory(username="avim", roles=[roles.DATAPARTNER], email="avim@example.nl")
    partner = Partner.objects.get(organisation__short_name="ESSM")
    table = make_table(partner=partner, dims={"vorm": ["a"]})
    services.observation_write(table=table, year=2026, coords={"vorm": "a"}, value=4, reason="test")
    delivery = Delivery.objects.get(partner=partner, year=2026)
    return delivery, essm_user, beheerder


def test_submit_mails_the_beheerders_with_the_review_link(cycle, committed):
    delivery, essm_user, _beheerder = cycle
    committed(services.delivery_submit, delivery=delivery, user=essm_user)
    (message,) = mail.outbox
    assert message.to == ["beheer@example.nl"]
    assert "ingediend" in message.subject
    assert f"{BASE}/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/" in message.body
    assert "127.0.0.1" not in message.body and "localhost" not in message.body


def test_return_mails_the_partner_the_comment(cycle, committed):
    delivery, essm_user, beheerder = cycle
    delivery = committed(services.delivery_submit, delivery=delivery, user=essm_user)
    mail.outbox.clear()
    committed(services.delivery_reopen, delivery=delivery, user=beheerder, reason="Tosca ontbreekt nog.")
    (message,) = mail.outbox
    assert message.to == ["essm@example.nl"]  # not the other partner's datapartner
    assert "Tosca ontbreekt nog." in message.body
    assert f"{BASE}/admin/mijn-cijfers/" in message.body


def test_validate_mails_the_partner(cycle, committed):
    delivery, essm_user, beheerder = cycle
    delivery = committed(services.delivery_submit, delivery=delivery, user=essm_user)
    mail.outbox.clear()
    committed(services.delivery_validate, delivery=delivery, user=beheerder)
    (message,) = mail.outbox
    assert message.to == ["essm@example.nl"]
    assert "gevalideerd" in message.subject
    assert f"{BASE}/admin/" in message.body


def test_a_refused_change_mails_no_one(cycle, committed):
    delivery, _essm_user, beheerder = cycle
    delivery.status = Delivery.Status.SUBMITTED
    delivery.save()
    with pytest.raises(Exception):  # noqa: B017 - the refusal, whatever its kind
        committed(services.delivery_reopen, delivery=delivery, user=beheerder, reason=" ")
    assert mail.outbox == []
