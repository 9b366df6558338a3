"""Load test: readers of the public monitor and actiehouders updating their actions, mixed.

Run through benchmarks/loadtest.sh (gunicorn on 127.0.0.1, 16 clients, 20 seconds).
"""

import os
import random
import re

from locust import HttpUser, between, task

PASSWORDS = {
    "actiehouder-essm": os.environ.get("PASSWORD_ACTIEHOUDER_ESSM", ""),
    "actiehouder-riec": os.environ.get("PASSWORD_ACTIEHOUDER_RIEC", ""),
}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
ACTION_LINK = re.compile(r'href="/admin/mijn-acties/(\d+)/"')


class Reader(HttpUser):
    """The public on publication day: home, the edition, its figures."""

    weight = 3
    wait_time = between(0.1, 0.5)

    @task(5)
    def edition(self):
        self.client.get("/monitor/2025/")

    @task(2)
    def home(self):
        self.client.get("/")

    @task(1)
    def figures(self):
        self.client.get("/monitor/2025/cijfers.csv")


class Owner(HttpUser):
    """An actiehouder signing in and updating the stand van zaken of one of their actions."""

    weight = 1
    wait_time = between(0.5, 1.5)

    def on_start(self):
        self.username = random.choice(list(PASSWORDS))  # noqa: S311 - load test, not security
        page = self.client.get("/admin/login/").text
        self.client.post(
            "/admin/login/",
            {
                "username": self.username,
                "password": PASSWORDS[self.username],
                "csrfmiddlewaretoken": CSRF.search(page)[1],
            },
            headers={"Referer": f"{self.host}/admin/login/"},
        )
        self.actions = ACTION_LINK.findall(self.client.get("/admin/mijn-acties/").text)

    @task
    def update(self):
        if not self.actions:
            return
        pk = random.choice(self.actions)  # noqa: S311
        url = f"/admin/mijn-acties/{pk}/"
        page = self.client.get(url, name="/admin/mijn-acties/[id]/").text
        response = self.client.post(
            url,
            {
                "csrfmiddlewaretoken": CSRF.search(page)[1],
                "version": VERSION.search(page)[1],
                "status": "lopend",
                "year": 2026,
                "note": f"Voortgang gemeld door {self.username} ({random.randint(1, 10**6)}).",  # noqa: S311
                "reason": "Belastingstest",
            },
            headers={"Referer": f"{self.host}{url}"},
            name="/admin/mijn-acties/[id]/ (opslaan)",
            catch_response=True,
        )
        with response:
            # Saved (redirect followed to the list) or refused because another client was first.
            if response.status_code == 200 and (
                "Mijn acties" in response.text or "intussen gewijzigd" in response.text
            ):
                response.success()
            else:
                response.failure(f"status {response.status_code}")
