"""The security tests reuse the small publication site of the cms tests and the seeded figures."""

import pytest
from django.core.cache import cache

from tests.cms.conftest import edition, plan, site  # noqa: F401 - fixtures
from tests.monitor.conftest import avim_user, essm_user, seeded  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
