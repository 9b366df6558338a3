"""Development settings: `PORT=8100 make run` serves there, and the links the app mails point there."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail

from accounts import roles
from actionplan.reporting import services as reporting_services
from actionplan.reporting.reminders import send_reminders
from tests.factories import ActionFactory, OpgaveFactory, OrganisationFactory, PlanFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
PRINT_URLS = (
    "import django; django.setup(); from django.conf import settings;"
    "print(settings.WAGTAILADMIN_BASE_URL, settings.PUBLIC_BASE_URL)"
)


def dev_urls(**env: str) -> list[str]:
    clean = {key: value for key, value in os.environ.items() if not key.endswith("_BASE_URL")}
    clean.pop("PORT", None)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_URLS],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_default_port_is_8000():
    assert dev_urls() == ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]


def test_port_moves_the_admin_and_public_addresses():
    assert dev_urls(PORT="8100") == ["http://127.0.0.1:8100", "http://127.0.0.1:8100"]


def test_an_explicit_address_wins_over_the_port():
    urls = dev_urls(PORT="8100", WAGTAILADMIN_BASE_URL="https://werkbank.example.org")
    assert urls == ["https://werkbank.example.org", "https://werkbank.example.org"]


@pytest.mark.django_db
def test_a_reminder_mail_links_to_the_configured_address(settings):
    """What PORT sets (WAGTAILADMIN_BASE_URL) is the address the mails link to."""
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8100"
    plan = PlanFactory(start_year=2024, end_year=2026)
    essm = OrganisationFactory(short_name="ESSM")
    ActionFactory(opgave=OpgaveFactory(plan=plan, number=1), lead=essm, title="Zorgcoördinatie")
    UserFactory(username="essm1", roles=[roles.ACTIEHOUDER], organisation=essm)
    beheerder = UserFactory(roles=[roles.BEHEERDER], organisation=OrganisationFactory(short_name="VAR"))
    reporting_services.round_open(plan=plan, year=2026, deadline=datetime.date(2026, 3, 1), user=beheerder)
    send_reminders(today=datetime.date(2026, 2, 25))
    (reminder,) = [message for message in mail.outbox if message.to == ["essm1@example.org"]]
    assert "http://127.0.0.1:8100/admin/rapportage/mijn/" in reminder.body
