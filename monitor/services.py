"""Writes to the figures. Views, imports and commands call these; each records who and why."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workbench.history import ConcurrentUpdate, create_recorded, save_if_changed, save_versioned

from . import notifications, permissions
from .models import Delivery, DimensionValue, Observation, Partner, Table, coord_key


def resolve_coords(table: Table, coords: dict[str, str], values_by_dim=None) -> list[DimensionValue]:
    """The dimension values of a combination; every dimension of the table exactly once."""
    if values_by_dim is None:
        values_by_dim = {}
        for value in DimensionValue.objects.filter(dimension__table=table).select_related("dimension"):
            values_by_dim.setdefault(value.dimension.code, {})[value.code] = value
    if set(coords) != set(values_by_dim):
        raise ValidationError(
            _("Tabel %(table)s heeft de dimensies %(dims)s.")
            % {"table": table.code, "dims": ", ".join(sorted(values_by_dim))}
        )
    resolved = []
    for dim, code in coords.items():
        value = values_by_dim[dim].get(code)
        if value is None:
            raise ValidationError(
                _("Onbekende waarde '%(value)s' voor dimensie %(dim)s.") % {"value": code, "dim": dim}
            )
        resolved.append(value)
    return resolved


def _check_value(value) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValidationError(_("Een waarde is een geheel getal van nul of meer, of leeg."))


def _observation_save_versioned(
    *, table: Table, year: int, coords: dict[str, str], value: int | None, user, reason: str, expected_version
) -> Observation:
    """The one write of a figure from a screen, based on what the screen showed: the cell's
    ``expected_version``, or None for a cell that held no figure. Someone else's save in between
    (a newer version, a figure stored in the empty cell) refuses it with ``ConcurrentUpdate``; the
    version is compared and moved on in one conditional update (``workbench.history.save_versioned``).
    """
    _check_value(value)
    key = coord_key(coords)
    current = Observation.objects.filter(table=table, year=year, coord_key=key).first()
    if current is None:
        if expected_version is not None:
            raise ConcurrentUpdate(None)
        dimension_values = resolve_coords(table, coords)
        try:
            with transaction.atomic():
                created = create_recorded(
                    Observation, user=user, reason=reason, table=table, year=year, coord_key=key, value=value
                )
        except IntegrityError:  # stored at the same moment by someone else
            current = Observation.objects.filter(table=table, year=year, coord_key=key).first()
            raise ConcurrentUpdate(current) from None
        created.coordinates.set(dimension_values)
        return created
    if current.version != expected_version:
        raise ConcurrentUpdate(current)  # early, also for an unchanged value; the claim decides a write
    if current.value == value:
        return current
    current.value = value
    return save_versioned(current, expected_version=expected_version, user=user, reason=reason)


def observation_write(
    *,
    table: Table,
    year: int,
    coords: dict[str, str],
    value: int | None,
    user=None,
    reason: str,
    values_by_dim=None,
) -> tuple[Observation, bool]:
    """Store one number without a permission check or a version (loaders and tests; screens go through
    ``observation_set``): created or changed, else untouched."""
    _check_value(value)
    dimension_values = resolve_coords(table, coords, values_by_dim)
    key = coord_key(coords)
    observation = Observation.objects.filter(table=table, year=year, coord_key=key).first()
    if observation is None:
        observation = create_recorded(
            Observation, user=user, reason=reason, table=table, year=year, coord_key=key, value=value
        )
        observation.coordinates.set(dimension_values)
        return observation, True
    if observation.value == value:
        return observation, False
    save_if_changed(
        observation, fields={"value": value, "version": observation.version + 1}, user=user, reason=reason
    )
    return observation, True


def delivery_for(*, region, partner: Partner, year: int) -> Delivery | None:
    """The partner's delivery of ``year`` for ``region`` (a national partner delivers to each region)."""
    return Delivery.objects.filter(region=region, partner=partner, year=year).first()


@transaction.atomic
def observation_set(
    *,
    table: Table,
    year: int,
    coords: dict[str, str],
    value: int | None,
    user,
    expected_version: int | None,
    reason: str = "",
) -> Observation:
    """Set one cell as its datapartner (delivery open) or a beheerder; ownership checked here again.

    ``expected_version`` is the version of the cell the screen showed (None: it showed no figure);
    a save based on an outdated cell is refused (``ConcurrentUpdate``)."""
    delivery = delivery_for(region=table.region_id, partner=table.partner, year=year)
    if not permissions.can_edit_figures(user, table, delivery):
        raise PermissionDenied(_("U mag de cijfers van deze tabel voor dit jaar niet wijzigen."))
    reason = reason.strip() or _("Cijfer %(year)s bijgewerkt") % {"year": year}
    return _observation_save_versioned(
        table=table,
        year=year,
        coords=coords,
        value=value,
        user=user,
        reason=reason,
        expected_version=expected_version,
    )


def correction_reason(*, delivery: Delivery, reason: str) -> str:
    """The history's reason of a correction to a validated or published delivery's figures."""
    return _("Correctie %(year)s (%(status)s): %(reason)s") % {
        "year": delivery.year,
        "status": delivery.get_status_display().lower(),
        "reason": reason.strip(),
    }


def correction_refused_message(delivery: Delivery) -> str:
    """Why figures of a validated or published delivery are not simply overwritten."""
    return _(
        "De aanlevering %(partner)s %(year)s is %(status)s: de cijfers daarvan wijzigen alleen als "
        "correctie van een beheerder, met een reden."
    ) % {"partner": delivery.partner, "year": delivery.year, "status": delivery.get_status_display().lower()}


@transaction.atomic
def observation_correct(
    *,
    table: Table,
    year: int,
    coords: dict[str, str],
    value: int | None,
    user,
    reason: str,
    expected_version: int | None,
) -> Observation:
    """A beheerder corrects a figure of a validated or published delivery, with the reason on record.

    The published edition keeps showing what it published (its snapshot); the correction reaches
    readers only when the edition is published again, which is itself a correction on record
    (cms.corrections).
    """
    delivery = delivery_for(region=table.region_id, partner=table.partner, year=year)
    if not permissions.needs_correction(delivery):
        return observation_set(
            table=table,
            year=year,
            coords=coords,
            value=value,
            user=user,
            reason=reason,
            expected_version=expected_version,
        )
    if not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder corrigeert gevalideerde of gepubliceerde cijfers."))
    if not reason.strip():
        raise ValidationError(
            {
                "change_reason": _("Dit cijfer is %(status)s: geef de reden van de correctie.")
                % {"status": delivery.get_status_display().lower()}
            }
        )
    return _observation_save_versioned(
        table=table,
        year=year,
        coords=coords,
        value=value,
        user=user,
        reason=correction_reason(delivery=delivery, reason=reason),
        expected_version=expected_version,
    )


def _transition(
    delivery: Delivery, *, to: str, user, reason: str, stamp: str, extra: dict | None = None
) -> Delivery:
    locked = Delivery.objects.select_for_update().get(pk=delivery.pk)
    fields = {"status": to, "version": locked.version + 1, **(extra or {})}
    if stamp:
        fields[f"{stamp}_by"] = user if getattr(user, "is_authenticated", False) else None
        fields[f"{stamp}_at"] = timezone.now()
    save_if_changed(locked, fields=fields, user=user, reason=reason)
    return locked


def _require_status(delivery: Delivery, status: str) -> None:
    if delivery.status != status:
        raise ValidationError(
            _("De aanlevering heeft status '%(status)s'.") % {"status": delivery.get_status_display()}
        )


def delivery_is_empty(delivery: Delivery) -> bool:
    """True when the partner's tables hold no number at all for the delivery's year."""
    return not Observation.objects.filter(
        table__partner_id=delivery.partner_id, year=delivery.year, value__isnull=False
    ).exists()


def _unexplained_at_submit(delivery: Delivery, explanations: dict[str, str]) -> list:
    """The findings of severity fout of the delivery that have no explanation in ``explanations``."""
    from .checks import ERROR, findings_for_partner

    findings = findings_for_partner(delivery.year, delivery.partner, delivery.region_id)
    return [f for f in findings if f.severity == ERROR and not explanations.get(f.key, "").strip()]


@transaction.atomic
def delivery_submit(
    *, delivery: Delivery, user, reason: str = "", explanations: dict[str, str] | None = None
) -> Delivery:
    """A datapartner (or beheerder) hands in the year's figures: open -> aangeleverd.

    An empty delivery cannot be handed in, and every finding of severity fout needs the partner's
    explanation (``explanations``: finding key -> text), which the beheerder sees in the review.
    """
    _require_status(delivery, Delivery.Status.OPEN)
    if not permissions.can_submit_delivery(user, delivery):
        raise PermissionDenied(_("U mag deze aanlevering niet indienen."))
    if delivery_is_empty(delivery):
        raise ValidationError(_("De aanlevering bevat nog geen enkel cijfer en kan niet worden ingediend."))
    explanations = {key: text.strip() for key, text in (explanations or {}).items() if text.strip()}
    missing = _unexplained_at_submit(delivery, explanations)
    if missing:
        raise ValidationError(
            {
                finding.key: _("Licht deze fout toe: %(message)s") % {"message": finding.message}
                for finding in missing
            }
        )
    reason = reason.strip() or _("Cijfers aangeleverd")
    submitted = _transition(
        delivery,
        to=Delivery.Status.SUBMITTED,
        user=user,
        reason=reason,
        stamp="submitted",
        extra={"submit_explanations": explanations},
    )
    notifications.delivery_submitted(submitted)
    return submitted


@transaction.atomic
def delivery_validate(
    *, delivery: Delivery, user, reason: str = "", explanations: dict[str, str] | None = None
) -> Delivery:
    """A beheerder accepts the figures after seeing the findings: aangeleverd -> gevalideerd.

    ``explanations`` (finding key -> text for readers) are the public notes of the findings the
    beheerder accepts (``monitor.quality``). Every finding of severity fout needs one: it becomes the
    public quality note of the edition, so a fout left unexplained refuses the validation.
    """
    _require_status(delivery, Delivery.Status.SUBMITTED)
    if not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder valideert cijfers."))
    reason = reason.strip() or _("Cijfers gevalideerd")
    from .checks import ERROR, findings_for_partner
    from .quality import explain_findings, quality_notes

    findings = findings_for_partner(delivery.year, delivery.partner, delivery.region_id)
    if explanations:
        explain_findings(findings=findings, explanations=explanations, user=user, reason=reason)
    notes = quality_notes(delivery.year, delivery.region_id)
    missing = [f for f in findings if f.severity == ERROR and f.key not in notes]
    if missing:
        raise ValidationError(
            {
                f.key: _("Geef een toelichting voor lezers bij deze fout: %(m)s") % {"m": f.message}
                for f in missing
            }
        )
    validated = _transition(
        delivery, to=Delivery.Status.VALIDATED, user=user, reason=reason, stamp="validated"
    )
    notifications.delivery_validated(validated)
    return validated


@transaction.atomic
def delivery_publish(*, delivery: Delivery, user, reason: str = "") -> Delivery:
    """A beheerder publishes validated figures with the edition: gevalideerd -> gepubliceerd.

    Refused, naming them, while a fout of the checks on these figures has no note for readers.
    """
    _require_status(delivery, Delivery.Status.VALIDATED)
    if not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder publiceert cijfers."))
    from .quality import blocking_messages, unexplained_errors

    codes = set(delivery.partner.tables.filter(region=delivery.region_id).values_list("code", flat=True))
    blocking = [
        f
        for f in unexplained_errors(delivery.year, delivery.region_id)
        if {c["table"] for c in f.cells} & codes
    ]
    if blocking:
        raise ValidationError(blocking_messages(blocking))
    reason = reason.strip() or _("Cijfers gepubliceerd")
    return _transition(delivery, to=Delivery.Status.PUBLISHED, user=user, reason=reason, stamp="published")


@transaction.atomic
def delivery_reopen(*, delivery: Delivery, user, reason: str) -> Delivery:
    """A beheerder sends submitted figures back to the partner (aangeleverd -> open), with a reason."""
    _require_status(delivery, Delivery.Status.SUBMITTED)
    if not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder kan een aanlevering heropenen."))
    if not reason.strip():
        raise ValidationError({"reason": _("Geef aan waarom de aanlevering terug gaat naar de partner.")})
    returned = _transition(
        delivery,
        to=Delivery.Status.OPEN,
        user=user,
        reason=reason,
        stamp="",
        extra={"return_comment": reason.strip()},
    )
    notifications.delivery_returned(returned)
    return returned


@transaction.atomic
def delivery_open(
    *, region, partner: Partner, year: int, user, reason: str = "", deadline: datetime.date | None = None
) -> Delivery:
    """A beheerder opens a year for a partner's delivery, optionally with a deadline.

    Idempotent: a delivery of that year stays as it is, except that an open one without a deadline
    gets the deadline given.
    """
    if user is not None and not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder opent een aanlevering."))
    reason = reason.strip() or _("Aanlevering %(year)s geopend") % {"year": year}
    existing = delivery_for(region=region, partner=partner, year=year)
    if existing is not None:
        if deadline and existing.deadline is None and existing.status == Delivery.Status.OPEN:
            save_if_changed(existing, fields={"deadline": deadline}, user=user, reason=reason)
        return existing
    return create_recorded(
        Delivery, user=user, reason=reason, region=region, partner=partner, year=year, deadline=deadline
    )
