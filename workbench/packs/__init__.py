"""Data packs: an edition's facts as files a coordinator can read and change (see packs/README.md).

``read_pack(path)`` reads and checks a pack without touching the database; ``load_pack(pack)`` loads
it through the services and the import that users' data goes through; ``check_pack`` adds the
consistency findings of its figures. ``seed_rotterdam_2025`` loads ``DEFAULT_PACK``.
"""

from django.conf import settings

from .files import PackError, PackInvalid
from .load import (
    PARTS,
    demo_password,
    load_accounts,
    load_content,
    load_figures,
    load_pack,
    load_plan,
    pack_region,
)
from .reader import Pack, read_pack

DEFAULT_PACK = settings.BASE_DIR / "packs" / "rotterdam-2025"


def default_pack() -> Pack:
    return read_pack(DEFAULT_PACK)


def seed_plan() -> dict[str, int]:
    """The default pack's organisations, municipalities and plan (tests and commands)."""
    return load_plan(default_pack())


def seed_figures() -> dict[str, int]:
    """The default pack's figures (with the organisations they belong to)."""
    return load_figures(default_pack())


def seed_demo_accounts() -> list[tuple[str, str, str]]:
    return load_accounts(default_pack())


def seed_edition() -> dict[str, int]:
    return load_content(default_pack())


__all__ = [
    "DEFAULT_PACK",
    "PARTS",
    "Pack",
    "PackError",
    "PackInvalid",
    "default_pack",
    "demo_password",
    "load_accounts",
    "load_content",
    "load_figures",
    "load_pack",
    "load_plan",
    "pack_region",
    "read_pack",
    "seed_demo_accounts",
    "seed_edition",
    "seed_figures",
    "seed_plan",
]
