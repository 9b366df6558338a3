"""Background work of the figures: a large upload is imported by the worker (workbench/tasks.py).

The upload screen stores the file (Django's storage API) and queues ``import_upload_task``; the
request returns at once. The worker imports it all or nothing, exactly as the screen would
(``monitor.importing.import_figures`` with the uploader's rights), mails the uploader the outcome and
removes the stored file. A file the import refuses (its errors) is an outcome, not a failure: only an
unexpected error fails the task, which the worker then tries again.
"""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django_tasks import task

from workbench.tasks import send_mails

UPLOAD_DIRECTORY = "uploads/figures"


def import_in_background(*, content: bytes, filename: str, user, allowed_tables: list[str], year: int) -> str:
    """Store the upload and queue its import; the stored name."""
    name = default_storage.save(f"{UPLOAD_DIRECTORY}/{get_random_string(12)}.upload", ContentFile(content))
    import_upload_task.enqueue(name, filename, user.pk, allowed_tables, year)
    return name


@task()
def import_upload_task(
    stored_name: str, filename: str, user_id: int, allowed_tables: list[str], year: int
) -> dict:
    from monitor.exchange import ImportFailed
    from monitor.importing import import_figures
    from monitor.notifications import admin_url

    user = get_user_model().objects.get(pk=user_id)
    with default_storage.open(stored_name, "rb") as handle:
        content = handle.read()
    outcome: dict = {"filename": filename}
    try:
        result = import_figures(
            content, filename=filename, user=user, allowed_tables=allowed_tables, year=year
        )
    except ImportFailed as error:
        outcome["errors"] = [str(e) for e in error.errors[:50]]
        subject = _("Uw bestand %(file)s is niet geïmporteerd") % {"file": filename}
    else:
        outcome.update(
            rows=result.rows, created=result.created, changed=result.changed, unchanged=result.unchanged
        )
        subject = _("Uw bestand %(file)s is geïmporteerd") % {"file": filename}
    if user.email:
        context = {**outcome, "url": admin_url("monitor_my_figures")}
        body = render_to_string("monitor/mail/import_done.txt", context)
        send_mails.enqueue([[subject, body, None, [user.email]]])
    default_storage.delete(stored_name)
    return outcome
