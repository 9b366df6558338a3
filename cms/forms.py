"""Admin forms of the publication's pages."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from cms.blocks import narrow_choices_to
from cms.publication import edition_publication_blockers
from workbench.forms import explain_date_fields


class ConcurrencySafePageForm(WagtailAdminPageForm):
    """Refuses to save a page over a revision that someone else saved after this form was opened.

    The form comes back with the editor's own input intact and a link that shows what the other
    person changed; both versions stay in the page's revisions. Saving again (after reading) is a
    deliberate choice and goes through, because the form then carries the newest revision.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        explain_date_fields(self)

    def clean(self):
        cleaned = super().clean()
        loaded = self.data.get("loaded_revision_id")
        page = self.instance
        latest = page.latest_revision if page.pk else None
        if loaded and latest is not None and str(latest.pk) != str(loaded):
            who = latest.user.get_username() if latest.user else _("iemand anders")
            compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, loaded, latest.pk])
            raise ValidationError(
                format_html(
                    _(
                        "{who} heeft deze pagina opgeslagen op {when}, nadat u hem opende. Uw wijziging is "
                        'niet opgeslagen. <a href="{url}">Bekijk wat er veranderde</a>; uw invoer staat '
                        "hieronder nog, en opnieuw opslaan neemt die over."
                    ),
                    who=who,
                    when=latest.created_at.strftime("%d-%m-%Y %H:%M"),
                    url=compare,
                ),
                code="concurrent_update",
            )
        return cleaned


class EditionPageForm(ConcurrencySafePageForm):
    """Publishing an edition is checked here, whatever the screen's button:

    - it is not published while a fout of the consistency checks on its year's figures has no
      public explanation (``monitor.quality``); the form names every such finding;
    - an edition that was already public is published (or submitted for publication) again only as
      a correction: the form asks the reason, and a reason already on record does not count again.
      What changed is computed at publication (cms.corrections); readers see the reason and the list.
    """

    CORRECTING = ("action-publish", "action-submit")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.correction_reason in self._recorded_reasons():
            self.initial["correction_reason"] = ""  # a new correction needs a new reason
        introduction = self.fields.get("introduction")
        if introduction is not None and hasattr(introduction.widget, "options"):
            # Draftail's editable area is not named by the field's <label> (see cms.blocks).
            introduction.widget.options["ariaLabel"] = str(introduction.label).capitalize()
        if self.instance.region_id:  # its blocks offer the edition's region's tables and plans
            narrow_choices_to(self.instance.region)

    def _recorded_reasons(self) -> set[str]:
        if not self.instance.pk:
            return set()
        if not hasattr(self, "_reasons"):
            snapshots = self.instance.snapshots.all()
            self._published = snapshots.exists()
            self._reasons = set(
                snapshots.exclude(correction_reason="").values_list("correction_reason", flat=True)
            )
        return self._reasons

    def clean(self):
        cleaned = super().clean()
        self._check_correction_reason(cleaned)
        publishing = self.data.get("action-publish") or (
            self.data.get("action-workflow-action") and self.data.get("workflow-action-name") == "approve"
        )
        year = cleaned.get("year") or getattr(self.instance, "year", None)
        if publishing and year:
            parent = getattr(getattr(self, "parent_page", None), "specific", None)
            region = self.instance.region_id or getattr(parent, "region", None)
            blockers = edition_publication_blockers(region=region, year=year)
            if blockers:
                raise ValidationError(blockers, code="unexplained_findings")
        return cleaned

    def _check_correction_reason(self, cleaned: dict) -> None:
        if not any(action in self.data for action in self.CORRECTING):
            return
        self._recorded_reasons()
        reason = (cleaned.get("correction_reason") or "").strip()
        if getattr(self, "_published", False) and (not reason or reason in self._reasons):
            self.add_error(
                "correction_reason",
                _(
                    "Deze editie is al openbaar: opnieuw publiceren is een correctie. Geef de reden; "
                    "lezers zien die met de lijst van wat er veranderde."
                ),
            )
