"""Forms of the action plan screens."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from regions.scoping import for_user
from workbench.editing import HistoryReasonForm
from workbench.forms import BasedOnVersionMixin, ErrorsDescribedMixin

from .models import STATUS_CHOICES, ActionStatus, Membership, Plan
from .selectors import changes_since_version

# The one permission that shows the region field of a plan, organisation or municipality: no group
# holds it, so only a superuser chooses a region; everyone else's new objects are in their own region
# (``workbench.regional.RegionFormMixin``, which every viewset form gets, keeps every choice to it).
CHOOSE_REGION = "regions.change_region"


class MembershipForm(HistoryReasonForm):
    """Who acts for which organisation: the users of the region (and those of none yet) only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or self.for_user.is_superuser or "user" not in self.fields:
            return
        users = self.fields["user"].queryset
        regional = for_user(Membership.objects.all(), self.for_user).values("user")
        self.fields["user"].queryset = users.filter(is_superuser=False).filter(
            Q(pk__in=regional) | Q(membership__isnull=True)
        )


class ActionForm(HistoryReasonForm):
    """The beheerder's edit form of an action: a save that lost the race says what the other changed."""

    def changes_since(self, expected: int) -> list:
        return changes_since_version(self.instance, expected)


class PostponementFieldsMixin:
    """The "Doorgeschoven naar" fields count only with the status doorgeschoven.

    Another status ignores what they hold (the service clears them; a value left in a field the
    browser hid is no error). The markers let admin.js show them only with that status
    (``data-mhm-shows`` on the select: the value that shows the fields marked ``data-mhm-shown-by``).
    """

    POSTPONEMENT_FIELDS = ("postponed_to_year", "postponed_to_plan")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].widget.attrs["data-mhm-shows"] = ActionStatus.POSTPONED
        names = [name for name in self.POSTPONEMENT_FIELDS if name in self.fields]
        for name in names:
            self.fields[name].widget.attrs["data-mhm-shown-by"] = self.add_prefix("status")
        if self.is_bound and self.data.get(self.add_prefix("status")) != ActionStatus.POSTPONED:
            self.data = self.data.copy()
            for name in names:
                self.data[self.add_prefix(name)] = ""


class ActionStatusForm(BasedOnVersionMixin, ErrorsDescribedMixin, PostponementFieldsMixin, forms.Form):
    """The stand van zaken of one reporting year: status, postponement and text.

    The year is not a field: it is the year the page was opened for, so the text shown is always the
    text saved.
    """

    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)
    postponed_to_year = forms.IntegerField(
        label=_("Doorgeschoven naar jaar"), required=False, min_value=2000, max_value=2100
    )
    postponed_to_plan = forms.ModelChoiceField(
        label=_("Doorgeschoven naar plan"), queryset=Plan.objects.all(), required=False
    )
    note = forms.CharField(label=_("Stand van zaken"), widget=forms.Textarea(attrs={"rows": 6}))
    reason = forms.CharField(label=_("Toelichting bij de wijziging"), required=False, max_length=500)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, correction_year: int | None = None, region=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Postponed to a plan of the action's own region, never another region's.
        self.fields["postponed_to_plan"].queryset = Plan.objects.filter(region=region)
        if correction_year:
            reason = self.fields["reason"]
            reason.label = _("Reden van de correctie")
            reason.required = True
            reason.error_messages["required"] = _(
                "Geef de reden van deze correctie: verslagjaar %(year)s is al gepubliceerd."
            ) % {"year": correction_year}
            reason.help_text = _(
                "Dit jaar is gepubliceerd: de wijziging komt als correctie in de geschiedenis."
            )
