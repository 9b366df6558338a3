"""The role guides in the admin; the beheerder's list of background tasks."""

import datetime
import uuid

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_tasks import TaskResultStatus
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import has_role

from .admin_pages import AdminPageMixin
from .guides import BY_SLUG, guides_for
from .task_regions import several_regions, visible_tasks


def help_index(request):
    """Straight to the guide of the user's (first) role."""
    guides = guides_for(request.user)
    if not guides:
        raise Http404
    return redirect("workbench_help_guide", slug=guides[0].slug)


class GuideView(AdminPageMixin, TemplateView):
    """Any signed-in user may read any guide: they hold no data, only the steps of a job."""

    header_icon = "help"
    page_title = _("Handleiding")

    def dispatch(self, request, *args, **kwargs):
        self.guide = BY_SLUG.get(kwargs["slug"])
        if self.guide is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.guide.title

    def get_template_names(self):
        return [f"workbench/help/{self.guide.slug}.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guide"] = self.guide
        context["guides"] = guides_for(self.request.user)
        return context


# How long a reader is asked to wait for a PDF the worker is making (the Retry-After header).
PDF_RETRY_AFTER = 30


def pdf_in_progress(request, *, back_url: str = "", back_label: str = "") -> HttpResponse:
    """ "De pdf wordt gemaakt": 503 with Retry-After, never cached, until the worker stored the PDF."""
    context = {"retry_after": PDF_RETRY_AFTER, "back_url": back_url, "back_label": back_label}
    response = render(request, "pdf_in_progress.html", context, status=503)
    response["Retry-After"] = str(PDF_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class TaskListView(AdminPageMixin, TemplateView):
    """Rapporten > Achtergrondtaken, for the beheerder: background tasks that failed (after their last
    attempt, or waiting for the next) and those waiting or running; a failed one can be tried again.
    Those of the beheerder's own region only (``workbench.task_regions``)."""

    template_name = "workbench/tasks.html"
    header_icon = "cogs"
    page_title = _("Achtergrondtaken")
    LIMIT = 200
    SCAN = 5000  # the rows read to find the user's region's (a task's region is in its arguments)

    def visible(self, rows) -> list:
        """The user's region's rows, the latest ``LIMIT`` of them."""
        return visible_tasks(self.request.user, rows[: self.SCAN])[: self.LIMIT]

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, roles.BEHEERDER):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from django_tasks_db.models import DBTaskResult

        context = super().get_context_data(**kwargs)
        user = self.request.user
        rows = DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).order_by("-enqueued_at")
        failed = Q(status=TaskResultStatus.FAILED) | stuck_filter()
        context["failed"] = [task_row(row) for row in self.visible(rows.filter(failed))]
        context["pending"] = [task_row(row) for row in self.visible(rows.exclude(failed))]
        since = timezone.now() - datetime.timedelta(days=1)
        succeeded = DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL, finished_at__gte=since)
        context["succeeded_today"] = (
            succeeded.count()
            if user.is_superuser or not several_regions()
            else len(visible_tasks(user, succeeded.only("id", "task_path", "args_kwargs")[: self.SCAN]))
        )
        context["max_attempts"] = settings.TASKS_RETRY_ATTEMPTS
        return context

    def post(self, request, *args, **kwargs):
        """Try a failed (or stuck) task again: back on the queue, to run at once."""
        from django_tasks_db.models import DBTaskResult, get_date_max

        try:
            task_id = uuid.UUID(request.POST.get("task", ""))
        except ValueError:
            task_id = None
        candidates = DBTaskResult.objects.filter(pk=task_id).filter(
            Q(status=TaskResultStatus.FAILED) | stuck_filter()
        )
        visible = [row.pk for row in visible_tasks(request.user, candidates)]  # of another region: no
        retried = DBTaskResult.objects.filter(pk__in=visible).update(
            status=TaskResultStatus.READY, run_after=get_date_max(), finished_at=None
        )
        if retried:
            messages.success(request, _("De taak staat weer in de wachtrij."))
        else:
            messages.error(request, _("Deze taak is niet (meer) mislukt."))
        return redirect("workbench_tasks")


def stuck_filter() -> Q:
    """Running for longer than TASKS_STUCK_AFTER seconds: its worker was stopped mid-task (killed, a
    machine down) and it will not finish; the queue itself never takes it up again."""
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.TASKS_STUCK_AFTER)
    return Q(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)


def task_row(row) -> dict:
    """One line of the listing: what the task does, its state, attempts and last error, in Dutch."""
    from django_tasks_db.models import get_date_max

    attempts = len(row.worker_ids or [])
    failed_before = bool(row.exception_class_path)
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.TASKS_STUCK_AFTER)
    stuck = row.status == TaskResultStatus.RUNNING and row.started_at and row.started_at < cutoff
    if row.status == TaskResultStatus.FAILED:
        state = _("Mislukt")
    elif stuck:
        state = _("Vastgelopen: de worker stopte tijdens de taak")
    elif row.status == TaskResultStatus.RUNNING:
        state = _("Bezig")
    elif failed_before:
        state = _("Mislukt, wordt opnieuw geprobeerd")
    else:
        state = _("In de wachtrij")
    error_lines = [line for line in (row.traceback or "").strip().splitlines() if line.strip()]
    arguments = task_arguments(row.task_path, (row.args_kwargs or {}).get("args", []))
    return {
        "pk": row.pk,
        "label": TASK_LABELS.get(row.task_path.rsplit(".", 1)[-1], row.task_path),
        "arguments": arguments if len(arguments) <= 60 else arguments[:59] + "…",
        "state": state,
        "is_failed": row.status == TaskResultStatus.FAILED or bool(stuck),
        "attempts": attempts,
        "enqueued_at": row.enqueued_at,
        "finished_at": row.finished_at,
        "next_attempt": None if row.run_after == get_date_max() else row.run_after,
        "error": error_lines[-1] if error_lines and failed_before else "",
        "traceback": row.traceback if failed_before else "",
    }


def task_arguments(task_path: str, args: list) -> str:
    """What the task works on, briefly: a mail's addressees (not its text), else the arguments."""
    if task_path == "workbench.tasks.send_mails" and args and isinstance(args[0], list):
        recipients = [
            address
            for message in args[0]
            if isinstance(message, list) and len(message) == 4
            for address in message[3]
        ]
        if recipients:
            more = len(recipients) - 1
            return _("aan %(address)s") % {"address": recipients[0]} + (f" (+{more})" if more else "")
    return ", ".join(str(value) for value in args)


# What each task does, for the listing, by the task function's name (a module may move); a task not
# named here shows its path.
TASK_LABELS = {
    "render_edition_pdf_task": _("Pdf van een editie maken"),
    "render_meeting_pdf_task": _("Pdf van een vergaderstuk maken"),
    "import_upload_task": _("Cijfers importeren (groot bestand)"),
    "send_mails": _("Mails versturen"),
    "update_reference_index_task": _("Verwijzingen van een pagina bijwerken (Wagtail)"),
    "delete_file_from_storage_task": _("Bestand verwijderen (Wagtail)"),
    "set_image_focal_point_task": _("Focuspunt van een afbeelding (Wagtail)"),
    "insert_or_update_object_task": _("Zoekindex bijwerken"),
}


class FailedTasksPanel(Component):
    """The beheerder's start screen, while background tasks failed or are stuck: how many, and the
    way to Achtergrondtaken. One query (with several regions, a few more while tasks failed)."""

    name = "failed_tasks"
    order = 5
    template_name = "workbench/dashboard_tasks.html"

    def __init__(self, failed: int):
        self.failed = failed

    def get_context_data(self, parent_context=None):
        return {"failed": self.failed}


def failed_tasks_panels(user) -> list[Component]:
    from django_tasks_db.models import DBTaskResult

    if not has_role(user, roles.BEHEERDER):
        return []
    rows = DBTaskResult.objects.filter(Q(status=TaskResultStatus.FAILED) | stuck_filter())
    failed = rows.count()
    if failed and not user.is_superuser and several_regions():  # of the user's region only
        failed = len(visible_tasks(user, rows.only("id", "task_path", "args_kwargs")[: TaskListView.SCAN]))
    return [FailedTasksPanel(failed)] if failed else []
