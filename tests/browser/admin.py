"""Helpers for browser tests of the admin: sign in as a demo account, check a screen as a person
would meet it (axe: no serious or critical violation; no English), save screenshots."""

import importlib
import os
import tempfile
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as django_apps
from django.contrib.auth.models import Group

from accounts import roles
from tests.browser.dutch import assert_no_english
from workbench import packs as seed

REPORTS = Path(os.environ.get("MHM_SCREENSHOT_DIR") or tempfile.gettempdir())
GUIDE_IMAGES = Path(__file__).resolve().parents[2] / "assets" / "img" / "handleiding"
SERIOUS = {"serious", "critical"}


def ensure_roles() -> None:
    """The role groups come from a data migration; an earlier transactional test may have flushed them."""
    if Group.objects.filter(name=roles.ACTIEHOUDER).exists():
        return
    importlib.import_module("actionplan.migrations.0002_roles").create_roles(django_apps, None)


def demo_passwords() -> dict[str, str]:
    return {username: password for username, password, _role in seed.seed_demo_accounts()}


def sign_in(page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/admin/login/")
    check_screen(page)
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/")


def serious_violations(page) -> list:
    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in SERIOUS]


def check_screen(page, allowed_english=()) -> None:
    """No serious or critical axe violation and no English word on the screen."""
    if page.locator(".messages li").count():
        page.wait_for_timeout(800)  # let a message finish fading in before measuring its contrast
    violations = serious_violations(page)
    assert not violations, f"{page.url}: " + "; ".join(
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}" for v in violations
    )
    assert_no_english(page, allowed_english)


def screenshot(page, name: str, *, guide: bool = False) -> None:
    """Save a 1280 px screenshot for the report; with MHM_GUIDE_SCREENSHOTS=1 also for the role guide."""
    page.screenshot(path=str(REPORTS / f"i11a-{name}.png"), full_page=True)
    if guide and os.environ.get("MHM_GUIDE_SCREENSHOTS") == "1":
        page.screenshot(path=str(GUIDE_IMAGES / f"{name}.png"))
