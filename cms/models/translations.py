"""What an edition shows besides its own text, to translate: the labels of its snapshot.

The narrative of an edition is its page, translated as a page (wagtail-localize). Everything else the
edition shows comes from its published snapshot (cms.models.EditionSnapshot): the titles, dimensions,
units and footnotes of its tables, the state of the plan and the outlook, the definitions, the casus
and the developments. ``EditionLabels`` holds each of those strings once, in Dutch, as a block of its
own, so that wagtail-localize extracts them as segments (progress, the translation editor, PO export and
import); its English translation maps them (cms.translation). The figures themselves are never copied:
the English edition renders the numbers of the Dutch edition's snapshot.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin

from cms.translation import source_language, translated_as_itself

LABEL_BLOCKS = [
    ("label", blocks.CharBlock(label=_("label"), max_length=2000)),
    ("text", blocks.RichTextBlock(label=_("tekst"))),
]


class EditionLabels(TranslatableMixin, models.Model):
    """The strings of one edition's snapshot, in the source language or translated."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="edition_labels"
    )
    year = models.PositiveSmallIntegerField(_("jaar"))
    region_lookup = "region"
    labels = StreamField(LABEL_BLOCKS, verbose_name=_("teksten"), blank=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta(TranslatableMixin.Meta):
        ordering = ["-year"]
        verbose_name = _("teksten van een editie")
        verbose_name_plural = _("teksten van edities")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "year", "locale"], name="cms_editionlabels_region_year_locale"
            ),
        ]

    def __str__(self) -> str:
        return _("Teksten van editie %(year)s") % {"year": self.year}

    @classmethod
    def translation_map(cls, region_id, year: int, language: str) -> dict[str, str]:
        """Dutch label -> its translation into ``language``, from the edition's labels and their
        translation (paired by block: wagtail-localize keeps the ids); a label not translated yet is
        left out."""
        sources = cls.objects.filter(region=region_id, year=year)
        source = sources.filter(locale__language_code=source_language()).first()
        locale = Locale.objects.filter(language_code=language).first()
        target = source.get_translation_or_none(locale) if source is not None and locale else None
        if target is None:
            return {}
        translated = {block.id: block for block in target.labels}
        as_itself = translated_as_itself(source, language)
        mapping = {}
        for block in source.labels:
            dutch = _label_text(block)
            other = translated.get(block.id)
            english = _label_text(other) if other is not None else ""
            # The translation holds the Dutch text of a label nobody translated yet; a label translated
            # as itself (an abbreviation, a name) is as English as any other.
            if english and (english != dutch or dutch in as_itself):
                mapping[dutch] = english
        return mapping


def _label_text(block) -> str:
    return block.value.source if block.block_type == "text" else str(block.value)
