"""What an edition showed when it was published: one document per published revision, and its PDF."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EditionSnapshot(models.Model):
    """The edition as published: narrative, figures, plan state and outlook, frozen as plain data.

    The public page and the PDF render from ``document``, never from the working data, so a change
    to an action or a figure after publication shows only when the edition is published again.
    """

    page = models.ForeignKey(
        "cms.EditionPage", verbose_name=_("editie"), on_delete=models.CASCADE, related_name="snapshots"
    )
    revision = models.OneToOneField(
        "wagtailcore.Revision",
        verbose_name=_("revisie"),
        on_delete=models.CASCADE,
        related_name="edition_snapshot",
    )
    document = models.JSONField(_("document"))
    created_at = models.DateTimeField(_("gepubliceerd op"), auto_now_add=True)
    pdf = models.FileField(_("pdf"), upload_to="monitor/pdf/", blank=True)
    pdf_rendered_at = models.DateTimeField(_("pdf gemaakt op"), null=True, blank=True)
    # A publication of an edition that was already public is a correction (cms.corrections).
    is_correction = models.BooleanField(_("correctie"), default=False)
    correction_reason = models.TextField(_("reden van de correctie"), blank=True)
    changes = models.JSONField(_("wijzigingen"), default=list, blank=True)

    region_lookup = "page__region"

    class Meta:
        ordering = ["-created_at"]
        get_latest_by = "created_at"
        verbose_name = _("momentopname editie")
        verbose_name_plural = _("momentopnamen editie")

    def __str__(self) -> str:
        return f"{self.page_id} @ {self.revision_id}"
