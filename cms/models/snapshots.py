"""What an edition showed when it was published: one document per published revision, and its PDF."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.open_data import comparable_parts


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
    # Derived from ``document`` at every save (cms.open_data.comparable_parts): what the national
    # overview reads, a tenth of the document's size.
    comparable = models.JSONField(_("vergelijkbare tabellen"), default=dict, blank=True, editable=False)

    region_lookup = "page__region"

    class Meta:
        ordering = ["-created_at"]
        get_latest_by = "created_at"
        verbose_name = _("momentopname editie")
        verbose_name_plural = _("momentopnamen editie")

    def __str__(self) -> str:
        return f"{self.page_id} @ {self.revision_id}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if "document" not in self.get_deferred_fields() and (
            update_fields is None or "document" in update_fields
        ):
            self.comparable = comparable_parts(self.document)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "comparable"}
        super().save(*args, **kwargs)
