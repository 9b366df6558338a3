import pytest

from actionplan.models import Action, Organisation
from workbench import packs as seed


@pytest.fixture
def seeded(db):
    """The action plan of the 2025 monitor and the demo accounts."""
    seed.seed_plan()
    return {username: password for username, password, _ in seed.seed_demo_accounts()}


@pytest.fixture
def essm():
    return Organisation.objects.get(short_name="ESSM")


@pytest.fixture
def riec():
    return Organisation.objects.get(short_name="RIEC Rotterdam")


@pytest.fixture
def riec_only_action(seeded, riec):
    """An action that RIEC leads and nobody else owns."""
    return Action.objects.get(title="Regionale omgevingsscan naar seksuele uitbuiting", lead=riec)


def login(client, django_user_model, username):
    client.force_login(django_user_model.objects.get(username=username))
    return client
