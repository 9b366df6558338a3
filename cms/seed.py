"""Seed of the 2025 edition's narrative pages. Filled in by the publication work (issue 4)."""


def seed_edition() -> dict[str, int]:
    return {}
