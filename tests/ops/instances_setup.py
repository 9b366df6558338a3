"""Prepare the PostgreSQL database the two-instance test serves: ``python -m tests.ops.instances_setup``.

Run in a process of its own (DATABASE_URL names the database): migrates it, builds the small site of
the publication tests with a draft edition 2025, and a beheerder who signs in with a password and a
backup code (production asks the beheerder a second factor). Prints the edition's page id.
"""

import sys

import django


def main() -> None:
    django.setup()
    from django.contrib.auth.hashers import PBKDF2PasswordHasher
    from django.core.management import call_command
    from django_otp.plugins.otp_static.models import StaticDevice

    call_command("migrate", verbosity=0)

    from wagtail.models import Page, Site

    from accounts import roles  # after django.setup(): accounts.roles reads the auth models
    from cms.models import HomePage, MonitorIndexPage
    from tests.cms.conftest import make_edition, make_figure_table, make_plan
    from tests.factories import UserFactory, default_region

    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Mensenhandelmonitor", slug="start", region=default_region())
    )
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    index = home.add_child(instance=MonitorIndexPage(title="Alle edities", slug="monitor"))
    index.save_revision().publish()
    page = make_edition(index, plan=make_plan(), tables=[make_figure_table("tabel_test")], publish=False)
    user = UserFactory(username=USERNAME, roles=[roles.BEHEERDER])
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "zout1234zout", iterations=1000)
    user.save()
    device = StaticDevice.objects.create(user=user, name="herstelcodes", confirmed=True)
    for code in BACKUP_CODES:
        device.token_set.create(token=code)
    sys.stdout.write(f"{page.pk}\n")


USERNAME = "beheerder-twee"
PASSWORD = "Juist-wachtwoord-2026"
BACKUP_CODES = ["herstel01a", "herstel02b", "herstel03c", "herstel04d"]

if __name__ == "__main__":
    main()
