"""scripts/dev_start.py: the short summary `make run` prints instead of migration and seed output."""

import importlib.util
import sys
from pathlib import Path

import pytest

from workbench.packs import demo_password

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev_start(monkeypatch):
    spec = importlib.util.spec_from_file_location("dev_start", ROOT / "scripts" / "dev_start.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "dev_start", module)
    spec.loader.exec_module(module)
    return module


def test_summary_names_the_addresses_the_accounts_and_where_to_start(dev_start, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8100"
    text = dev_start.summary()
    assert "public monitor   http://127.0.0.1:8100/" in text
    assert "workbench        http://127.0.0.1:8100/admin/" in text
    for username in ("actiehouder-essm", "actiehouder-riec", "datapartner-essm", "redacteur", "beheerder"):
        assert f"{username:<17} {demo_password(username)}" in text
    assert "actiehouder-essm  " + demo_password("actiehouder-essm") + "  actiehouder (ESSM)" in text
    assert 'as actiehouder-essm and open "Mijn acties"' in text
    assert len(text.splitlines()) < 20


@pytest.mark.django_db
def test_a_migrated_database_is_up_to_date_and_each_step_is_one_line(dev_start, capsys):
    dev_start.step("database   test", dev_start.migrate)
    assert capsys.readouterr().out == "  database   test: up to date\n"
