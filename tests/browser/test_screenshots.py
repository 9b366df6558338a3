"""The README's pictures, taken from the running app so that they stay current: `make test` rewrites
docs/img/edition.png (the public edition) and docs/img/start-actiehouder.png (the actiehouder's start
screen in the admin). Commit them when they changed on purpose."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from accounts import roles
from tests.browser.conftest import close_and_wait_for_server
from workbench import packs as seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

IMAGES = Path(__file__).resolve().parents[2] / "docs" / "img"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def shot_page(browser):
    viewport = {"width": 1200, "height": 760}
    context = browser.new_context(viewport=viewport, locale="nl-NL", reduced_motion="reduce")
    page = context.new_page()
    yield page
    close_and_wait_for_server(context)


def _ensure_roles() -> None:
    """The role groups come from a data migration that an earlier transactional test may have flushed."""
    if not Group.objects.filter(name=roles.ACTIEHOUDER).exists():
        importlib.import_module("actionplan.migrations.0002_roles").create_roles(django_apps, None)


def _written(path: Path) -> bool:
    return path.read_bytes().startswith(PNG) and path.stat().st_size > 10_000


def test_readme_picture_of_the_public_edition(seeded_site, shot_page):
    shot_page.goto(seeded_site + "/monitor/2025/")
    expect(shot_page.get_by_role("heading", level=1)).to_contain_text("Mensenhandelmonitor")
    target = IMAGES / "edition.png"
    shot_page.screenshot(path=target)
    assert _written(target)


def test_readme_picture_of_the_actiehouder_start_screen(seeded_site, shot_page):
    _ensure_roles()
    passwords = {username: password for username, password, _role in seed.seed_demo_accounts()}
    shot_page.goto(seeded_site + "/admin/login/")
    shot_page.fill("input[name=username]", "actiehouder-essm")
    shot_page.fill("input[name=password]", passwords["actiehouder-essm"])
    shot_page.locator("button[type=submit]").click()
    shot_page.wait_for_url("**/admin/")
    # Where the summary of `make run` sends a newcomer: Mijn acties, reachable from the start screen.
    expect(shot_page.get_by_role("link", name="Mijn acties").first).to_be_visible()
    target = IMAGES / "start-actiehouder.png"
    shot_page.screenshot(path=target)
    assert _written(target)
