"""Who changed an object and why: what django-simple-history writes into the history record."""


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
