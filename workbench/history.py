"""Who changed an object and why: what django-simple-history writes into the history record."""


def record_history(instance, *, user, reason: str) -> None:
    """Mark the next save of ``instance`` with its author and reason (read by simple-history)."""
    instance._history_user = user
    instance._change_reason = reason
