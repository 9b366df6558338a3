"""StreamField blocks of an edition: chapters (sections) holding narrative and live-data blocks.

The live-data blocks (figure, key figures, plan state, outlook) only say *what* to show; what they
showed at publication is kept in the edition's snapshot (see cms.document and cms.services). The
table and plan choices are of one region: the edited edition's, else the requesting user's.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from regions.scoping import for_user, in_region

TEXT_FEATURES = ["bold", "italic", "h4", "ol", "ul", "link", "document-link"]

CHART_TYPES = [
    ("auto", _("Automatisch")),
    ("bar", _("Staafdiagram")),
    ("grouped", _("Gegroepeerde staven")),
    ("stacked", _("Gestapelde staven")),
    ("table", _("Alleen tabel")),
]


# Whose tables and plans the figure and plan blocks offer: a user (their region; a superuser every
# region) or a region (the edition being edited). Set per request (``BlockChoicesMiddleware``); outside
# a request (a loader, a command) every region's.
_choices_scope: ContextVar = ContextVar("block_choices_scope", default=None)


@contextmanager
def choices_scope(scope):
    """Within this block, the choices are those of ``scope`` (a user or a region)."""
    token = _choices_scope.set(scope)
    try:
        yield
    finally:
        _choices_scope.reset(token)


def narrow_choices_to(region) -> None:
    """The choices of the rest of this request are ``region``'s (the edition being edited); nothing
    outside a request."""
    if region is not None and _choices_scope.get() is not None:
        _choices_scope.set(region)


class BlockChoicesMiddleware:
    """The blocks' choices of a request are the requesting user's region's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with choices_scope(request.user):
            return self.get_response(request)


def _scoped(queryset):
    from regions.models import Region

    scope = _choices_scope.get()
    if scope is None:
        return queryset
    if isinstance(scope, Region):
        return in_region(queryset, scope)
    return for_user(queryset, scope)


def table_choices() -> list[tuple[str, str]]:
    """The figure tables by code, for the figure blocks (empty until the figures app has tables)."""
    try:
        from monitor.models import Table
    except ImportError:
        return []
    try:
        rows = _scoped(Table.objects).values_list("code", "title")
        return [(code, f"{code}: {title}") for code, title in rows]
    except Exception:  # noqa: BLE001 - before migrations the table may not exist yet
        return []


def plan_choices() -> list[tuple[str, str]]:
    from actionplan.models import Plan

    try:
        return [(str(pk), title) for pk, title in _scoped(Plan.objects).values_list("pk", "title")]
    except Exception:  # noqa: BLE001 - before migrations the table may not exist yet
        return []


class HeadingBlock(blocks.CharBlock):
    """A sub-heading (h3) inside a chapter; it appears in the table of contents.

    A block that is a single field sits directly in the stream without a ``<label>`` of its own
    (wagtail/wagtail#11179), so its input takes its accessible name from the block's label.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.field.widget.attrs["aria-label"] = self.meta.label

    class Meta:
        icon = "h3"
        label = _("Tussenkop")
        form_classname = "title"


class NamedRichTextBlock(blocks.RichTextBlock):
    """Rich text whose editor is named after the block: Draftail's editable area is a textbox of its
    own that the field's ``<label>`` does not name, so the label goes along as its ``ariaLabel``."""

    @cached_property
    def field(self):
        field = super().field
        field.widget.options["ariaLabel"] = str(self.label)
        return field

    def deconstruct(self):
        """Stored and migrated as the RichTextBlock it is: only the editor's name differs."""
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.RichTextBlock", args, kwargs


class SynchronisedCharBlock(blocks.CharBlock):
    """A text field that says which data to show (years, a cell's coordinates, a number): the same in
    every language, so wagtail-localize copies it to a translation instead of offering it to translate.
    Stored and migrated as a plain CharBlock."""

    def get_translatable_segments(self, value) -> list:
        return []

    def restore_translated_segments(self, value, segments):
        return value

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.CharBlock", args, kwargs


class FigureBlock(blocks.StructBlock):
    table = blocks.ChoiceBlock(choices=table_choices, label=_("Tabel"))
    years = SynchronisedCharBlock(
        label=_("Jaren"),
        required=False,
        help_text=_("Komma-gescheiden, bijvoorbeeld 2023,2024,2025. Leeg: het jaar van de editie."),
    )
    chart_type = blocks.ChoiceBlock(choices=CHART_TYPES, default="auto", label=_("Soort grafiek"))
    caption = blocks.CharBlock(label=_("Eigen titel"), required=False)

    class Meta:
        icon = "table"
        label = _("Figuur (grafiek en tabel)")


class KeyFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Omschrijving"))
    table = blocks.ChoiceBlock(choices=table_choices, label=_("Tabel"), required=False)
    year = blocks.IntegerBlock(label=_("Jaar"), required=False)
    cell = SynchronisedCharBlock(
        label=_("Cel"),
        required=False,
        help_text=_("Dimensies van de cel, bijvoorbeeld uitbuitingsvorm=seksueel. Leeg: het totaal."),
    )
    value = SynchronisedCharBlock(
        label=_("Getal uit de tekst"), required=False, help_text=_("Alleen als er geen tabel is.")
    )
    source = blocks.CharBlock(label=_("Bron"))


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Kerncijfers"))

    class Meta:
        icon = "pick"
        label = _("Kerncijfers")


class PlanStateBlock(blocks.StructBlock):
    plan = blocks.ChoiceBlock(choices=plan_choices, label=_("Actieplan"))
    year = blocks.IntegerBlock(label=_("Jaar"))
    show_actions = blocks.BooleanBlock(label=_("Acties tonen"), required=False, default=True)

    class Meta:
        icon = "list-ul"
        label = _("Stand van zaken actieplan")


class OutlookBlock(blocks.StructBlock):
    plan = blocks.ChoiceBlock(choices=plan_choices, label=_("Actieplan"))
    year = blocks.IntegerBlock(label=_("Doorkijk naar jaar"))

    class Meta:
        icon = "date"
        label = _("Doorkijk")


class DefinitionsBlock(blocks.StructBlock):
    definitions = blocks.ListBlock(
        SnippetChooserBlock("cms.ExploitationFormDefinition"), label=_("Definities")
    )

    class Meta:
        icon = "help"
        label = _("Definities uitbuitingsvormen")


class CasusBlock(blocks.StructBlock):
    casus = SnippetChooserBlock("cms.Casus", label=_("Casus"))

    class Meta:
        icon = "user"
        label = _("Casus")


class DevelopmentsBlock(blocks.StructBlock):
    developments = blocks.ListBlock(SnippetChooserBlock("cms.Ontwikkeling"), label=_("Ontwikkelingen"))

    class Meta:
        icon = "calendar-alt"
        label = _("Ontwikkelingen")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Bron"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False)
    text = NamedRichTextBlock(features=TEXT_FEATURES, label=_("Tekst"))

    class Meta:
        icon = "warning"
        label = _("Kader")


class SectionContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = NamedRichTextBlock(features=TEXT_FEATURES, label=_("Tekst"), icon="pilcrow")
    figure = FigureBlock()
    key_figures = KeyFiguresBlock()
    plan_state = PlanStateBlock()
    outlook = OutlookBlock()
    definitions = DefinitionsBlock()
    casus = CasusBlock()
    developments = DevelopmentsBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()


class SectionBlock(blocks.StructBlock):
    """A chapter of the edition: its title is an h2 in the page and a first-level PDF bookmark."""

    title = blocks.CharBlock(label=_("Hoofdstuktitel"))
    content = SectionContentBlock(label=_("Inhoud"))

    class Meta:
        icon = "doc-full"
        label = _("Hoofdstuk")
