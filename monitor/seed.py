"""Seed of the figures of the 2025 monitor. Filled in by the figures work (issue 3)."""


def seed_figures() -> dict[str, int]:
    return {}
