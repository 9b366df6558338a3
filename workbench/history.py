"""Who changed an object and why (what django-simple-history writes into the history record), and the
recorded writes every app's services build on: create, save if changed, and the versioned save that
refuses a change based on an outdated version (``save_versioned``, the one write path of an object
with a ``version`` field)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _


def record_history(instance, *, user, reason: str) -> None:
    """Mark the next save of ``instance`` with its author and reason (read by simple-history)."""
    instance._history_user = user
    instance._change_reason = reason


def save_if_changed(instance, *, fields: dict, user=None, reason: str = "") -> bool:
    """Set ``fields`` on an existing instance and save only if something differs (no empty history)."""
    changed = [name for name, value in fields.items() if getattr(instance, name) != value]
    if not changed:
        return False
    for name in changed:
        setattr(instance, name, fields[name])
    record_history(instance, user=user, reason=reason)
    instance.save()
    return True


def create_recorded(model, *, user=None, reason: str = "", **fields):
    """Create and save an instance of ``model``, its history record carrying the author and reason."""
    instance = model(**fields)
    record_history(instance, user=user, reason=reason)
    instance.save()
    return instance


class ConcurrentUpdate(Exception):
    """Someone else saved the object (an action, a delivery, a figure) since the form was opened.

    ``current`` is the object as it is stored now (None: it no longer exists)."""

    def __init__(self, current):
        super().__init__(_("Dit is intussen door iemand anders gewijzigd."))
        self.current = current


class VersionMissing(ValidationError):
    """A write of a versioned object that does not say which version it is based on: refused."""

    def __init__(self):
        super().__init__(
            _("Het is niet bekend op welke versie deze wijziging is gebaseerd. Laad de pagina opnieuw."),
            code="missing_version",
        )


def claim_version(model, *, pk, expected_version: int | None) -> None:
    """Move the row on from ``expected_version`` to the next, or raise ``ConcurrentUpdate``.

    One conditional update (``UPDATE ... SET version = v + 1 WHERE pk = p AND version = v``): when it
    matches no row, someone else saved first. The claim holds the row until the transaction ends, so
    what the caller writes next cannot interleave with another writer's (no check-then-write).
    """
    if expected_version is None:
        raise VersionMissing
    claimed = model.objects.filter(pk=pk, version=expected_version).update(version=F("version") + 1)
    if not claimed:
        raise ConcurrentUpdate(model.objects.filter(pk=pk).first())


@transaction.atomic
def save_versioned(instance, *, expected_version: int | None, user, reason: str):
    """Save an edited object only if it is still at ``expected_version``; the one write path of a
    versioned object (``version`` field), for the beheerder's edit forms and the owners' services
    alike. Without the version it is based on, the save is refused (``VersionMissing``), never waved
    through. Many-to-many fields are the caller's."""
    claim_version(type(instance), pk=instance.pk, expected_version=expected_version)
    instance.version = expected_version + 1
    record_history(instance, user=user, reason=reason)
    instance.save()
    return instance
