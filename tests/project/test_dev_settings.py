"""Development settings: `PORT=8100 make run` serves there, and the links the app mails point there."""

import os
import subprocess
import sys
from pathlib import Path

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
