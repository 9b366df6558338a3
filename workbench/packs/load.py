"""Loading a checked pack through the doors users' data goes through.

The plan's notes and memberships through ``actionplan.services``; the figures through
``monitor.importing.import_figures`` (the import a datapartner's file goes through), the notes on
findings through ``monitor.quality.finding_explain``; pages and snippets through Wagtail's page API.
Every write is a get-or-create by natural key that saves only what differs, so loading a pack
twice changes nothing and records no history the second time.
"""

import hashlib
import hmac
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import get_resolver

from workbench.history import record_history

from .files import PackError, PackInvalid
from .reader import Pack


def _sync(model, lookup: dict, values: dict, *, reason: str, counter: Counter | None = None, name: str = ""):
    """Get or create by ``lookup`` and set ``values``, saving (with the pack's reason) only on change."""
    instance = model.objects.filter(**lookup).first()
    created = instance is None
    if created:
        instance = model(**lookup)
    changed = created or any(getattr(instance, key) != value for key, value in values.items())
    if changed:
        for key, value in values.items():
            setattr(instance, key, value)
        record_history(instance, user=None, reason=reason)
        instance.save()
    if counter is not None:
        counter[name] += int(changed)
    return instance


def _sync_m2m(manager, wanted: list) -> bool:
    if set(manager.all()) == set(wanted):
        return False
    manager.set(wanted)
    return True


# --- the region ------------------------------------------------------------------------------------


def pack_region(pack: Pack):
    """The region the pack loads into: ``pack.region_slug`` (``load_pack --region``) or the pack's own
    ``region`` of pack.yaml; made from the pack's region mapping when it does not exist yet."""
    cached = getattr(pack, "_region", None)
    if cached is not None:
        return cached
    from regions.models import Region

    spec = dict(pack.region or {})
    slug = pack.region_slug or spec.get("slug")
    if not slug:
        raise PackInvalid(
            [PackError("pack.yaml", 0, "het pakket noemt geen regio; geef die op met --region.")]
        )
    values = {
        key: spec[key] for key in ("name", "full_name", "is_fictional", "tokens", "logo") if key in spec
    }
    if slug != spec.get("slug"):  # the pack loaded into another region: its names are not that region's
        values = {}
    if not Region.objects.filter(slug=slug).exists():
        values.setdefault("name", slug)
        values.setdefault("order", Region.objects.count())
    region = _sync(Region, {"slug": slug}, values, reason=pack.reason)
    pack._region = region
    return region


def organisation_of(region, short_name: str):
    """An organisation by short name as a pack names it: the region's own, or a national one."""
    from actionplan.models import Organisation

    return Organisation.objects.filter(
        region=region, short_name=short_name
    ).first() or Organisation.objects.get(region=None, short_name=short_name)


# --- organisations, municipalities, the plan, accounts ---------------------------------------------


def load_organisations(pack: Pack) -> dict:
    from actionplan.models import Municipality, Organisation

    region = pack_region(pack)
    organisations = {}
    for item in pack.organisations:
        values = {"name": item["name"], "kind": item["kind"]}
        if "description" in item:
            values["description"] = item["description"]
        national = item["kind"] == Organisation.Kind.NATIONAL
        lookup = {"region": None if national else region, "short_name": item["short_name"]}
        organisation = _sync(Organisation, lookup, values, reason=pack.reason)
        if national and not organisation.serves.filter(pk=region.pk).exists():
            organisation.serves.add(region)
        organisations[item["short_name"]] = organisation
    for item in pack.municipalities:
        label = f"Gemeente {item['name']}"
        organisation = _sync(
            Organisation,
            {"region": region, "short_name": label},
            {"name": label, "kind": Organisation.Kind.MUNICIPALITY},
            reason=pack.reason,
        )
        organisations[label] = organisation
        _sync(
            Municipality,
            {"cbs_code": item["cbs_code"]},
            {
                "region": region,
                "name": item["name"],
                "subregion": item["subregion"],
                "organisation": organisation,
            },
            reason=pack.reason,
        )
    return organisations


def load_plan(pack: Pack) -> dict[str, int]:
    """Organisations, municipalities and the plan with its opgaven, actions (with their stand van
    zaken per year) and doorkijk."""
    from actionplan import services
    from actionplan.models import Action, Municipality, Opgave, Organisation, OutlookItem, Plan

    organisations = load_organisations(pack)
    region = pack_region(pack)
    counts = {
        "organisaties": Organisation.objects.count(),
        "gemeenten": Municipality.objects.count(),
    }
    if pack.plan is None:
        return counts
    reason = pack.reason
    plan = _sync(
        Plan,
        {"region": region, "start_year": pack.plan["start_year"], "end_year": pack.plan["end_year"]},
        {"title": pack.plan["title"]},
        reason=reason,
    )
    opgaven = {}
    for item in pack.opgaven:
        values = {"title": item["title"], "short_title": item["short_title"]}
        if "description" in item:
            values["description"] = item["description"]
        opgaven[item["number"]] = _sync(
            Opgave, {"plan": plan, "number": item["number"]}, values, reason=reason
        )
    municipalities = {m.cbs_code: m for m in Municipality.objects.filter(region=region)}
    for order, item in enumerate(pack.actions):
        latest = item["notes"][max(item["notes"])] if item["notes"] else None
        values = {
            "lead": organisations[item["lead"]] if item["lead"] else None,
            "municipality": municipalities.get(item["municipality"]),
            "sort_order": order,
            **item["timing"],
        }
        if item["description"]:
            values["description"] = item["description"]
        if latest is not None:  # the action's status is its latest year's (as the services keep it)
            values.update(status=latest["status"], postponed_to_year=latest["postponed_to_year"])
        action = _sync(
            Action, {"opgave": opgaven[item["opgave"]], "title": item["title"]}, values, reason=reason
        )
        _sync_m2m(action.co_owners, [organisations[name] for name in item["co_owners"]])
        for year, note in sorted(item["notes"].items()):
            services.progress_note_set(action=action, year=year, values=note, user=None, reason=reason)
    for order, item in enumerate(pack.outlook):
        outlook = _sync(
            OutlookItem,
            {"opgave": opgaven[item["opgave"]], "title": item["title"]},
            {
                "outlook_year": pack.outlook_year,
                "description": item["description"],
                "sort_order": order,
                **item["timing"],
            },
            reason=reason,
        )
        _sync_m2m(outlook.owners, [organisations[name] for name in item["owners"]])
    counts.update(
        {
            "opgaven": plan.opgaven.count(),
            "acties": Action.objects.filter(opgave__plan=plan).count(),
            "doorkijk-items": OutlookItem.objects.filter(opgave__plan=plan).count(),
        }
    )
    return counts


def demo_password(username: str) -> str:
    """A per-installation demo password, derived from SECRET_KEY so that none is stored in the repo."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"demo:{username}".encode(), hashlib.sha256)
    return f"Demo-{digest.hexdigest()[:12]}"


def load_accounts(pack: Pack) -> list[tuple[str, str, str]]:
    """One account per entry of accounts.yaml; returns (username, password, role) for printing."""
    from actionplan import services

    user_model = get_user_model()
    accounts = []
    for item in pack.accounts:
        username, role = item["username"], item["role"]
        password = demo_password(username)
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(username=username, email=f"{username}@example.org")
            user.set_password(password)
            user.save()
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        group = Group.objects.get(name=role)
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        organisation = organisation_of(pack_region(pack), item["organisation"])
        services.membership_set(user=user, organisation=organisation, changed_by=None, reason=pack.reason)
        accounts.append((username, password, role))
    return accounts


# --- figures ---------------------------------------------------------------------------------------


def load_figures(pack: Pack, *, notes: bool = True) -> dict[str, int]:
    """Partners, the tables' definitions, every figure file (through the import), the joint reports,
    the deliveries' state and (``notes``) the notes on the findings. Returns what was created or
    changed. A file the import refuses raises its ``ImportFailed``, naming the file (``pack_file``)."""
    from monitor.exchange import ImportFailed
    from monitor.importing import import_figures

    counter: Counter = Counter()
    load_organisations(pack)
    region = pack_region(pack)
    partners = {}
    for short, name in pack.partners.items():
        organisation = organisation_of(region, short)
        partners[short] = _sync(
            _model("Partner"), {"organisation": organisation}, {"name": name}, reason=pack.reason,
            counter=counter, name="partners",
        )  # fmt: skip
    for order, spec in enumerate(pack.tables, start=1):
        _table(pack, spec, order * 10, partners, counter)
    for figure_file in pack.figure_files:
        try:
            result = import_figures(
                figure_file.content, filename=figure_file.name, reason=pack.reason, region=region
            )
        except ImportFailed as error:
            error.pack_file = figure_file.name
            raise
        counter["observations"] += result.created + result.changed
    for spec in pack.tables:
        _joint_reports(pack, spec, counter)
    _deliveries(pack, partners, counter)
    if notes:
        _quality_notes(pack, counter)
    return {f"monitor {name}": count for name, count in counter.items()}


def _model(name: str):
    from django.apps import apps

    return apps.get_model("monitor", name)


def _table(pack: Pack, spec: dict, order: int, partners: dict, counter: Counter):
    Table, Dimension, DimensionValue = _model("Table"), _model("Dimension"), _model("DimensionValue")
    from actionplan.models import Municipality

    fields = {
        "title": spec["title"],
        "unit": spec["unit"],
        "description": spec["description"],
        "working_note": spec["working_note"],
        "source": spec["source"],
        "partner": partners[spec["partner"]],
        "chapter": spec["chapter"],
        "order": order,
        "disclosure_threshold": None,
    }
    region = pack_region(pack)
    fields["comparable"] = spec.get("comparable", False)
    table = _sync(
        Table, {"region": region, "code": spec["code"]}, fields, reason=pack.reason, counter=counter,
        name="tables",
    )  # fmt: skip
    municipalities = {m.name: m for m in Municipality.objects.filter(region=region)}
    for dim_order, dim in enumerate(spec["dimensions"]):
        dimension = _sync(
            Dimension,
            {"table": table, "code": dim["code"]},
            {"label": dim["label"], "order": dim_order},
            reason=pack.reason,
            counter=counter,
            name="dimensions",
        )
        by_code = {}
        for value_order, value in enumerate(dim["values"]):
            by_code[value["code"]] = _sync(
                DimensionValue,
                {"dimension": dimension, "code": value["code"]},
                {
                    "label": value["label"],
                    "order": value_order,
                    "is_total": "parts" in value,
                    "unit": value.get("unit", ""),
                    "municipality": municipalities.get(value.get("municipality")),
                },
                reason=pack.reason,
                counter=counter,
                name="dimension_values",
            )
        for value in dim["values"]:
            if "subset_of" in value:
                _sync(
                    DimensionValue,
                    {"pk": by_code[value["code"]].pk},
                    {"subset_of": by_code[value["subset_of"]]},
                    reason=pack.reason,
                    counter=counter,
                    name="dimension_values",
                )
            if "parts" in value:
                total = by_code[value["code"]]
                wanted = {by_code[code].pk for code in value["parts"]}
                if set(total.parts.values_list("pk", flat=True)) != wanted:
                    total.parts.set(wanted)
    return table


def _joint_reports(pack: Pack, spec: dict, counter: Counter) -> None:
    if not spec["joint_reports"]:
        return
    Table, DimensionValue = _model("Table"), _model("DimensionValue")
    Footnote, JointReport = _model("Footnote"), _model("JointReport")
    table = Table.objects.get(region=pack_region(pack), code=spec["code"])
    values = DimensionValue.objects.filter(dimension__table=table).select_related("dimension")
    by_dim = {(value.dimension.code, value.code): value for value in values}
    for joint in spec["joint_reports"]:
        cell = joint["cell"]
        column_dim = next(dim for dim in cell if dim != "gemeente")
        note = Footnote.objects.get(table=table, year=joint["year"], number=joint["footnote"])
        lookup = {
            "table": table,
            "year": joint["year"],
            "column": by_dim[(column_dim, cell[column_dim])],
            "municipality": by_dim[("gemeente", cell["gemeente"])],
            "other_municipality": by_dim[("gemeente", joint["with"])],
        }
        _sync(
            JointReport, lookup, {"count": 1, "footnote": note}, reason=pack.reason, counter=counter,
            name="joint_reports",
        )  # fmt: skip


def _deliveries(pack: Pack, partners: dict, counter: Counter) -> None:
    Delivery = _model("Delivery")
    region = pack_region(pack)
    for short, years in pack.deliveries.get("published", {}).items():
        for year in years:
            _sync(
                Delivery,
                {"region": region, "partner": partners[short], "year": year},
                {"status": Delivery.Status.PUBLISHED},
                reason=pack.reason,
                counter=counter,
                name="deliveries",
            )
    year = pack.deliveries.get("open_year")
    for short in pack.deliveries.get("open_for", []):
        lookup = {"region": region, "partner": partners[short], "year": year}
        if not Delivery.objects.filter(**lookup).exists():
            _sync(Delivery, lookup, {}, reason=pack.reason)
            counter["deliveries"] += 1


def _quality_notes(pack: Pack, counter: Counter) -> None:
    """The public note of every finding the pack explains (``figures/toelichtingen.yaml``)."""
    from monitor.checks import run_checks
    from monitor.quality import finding_explain

    Footnote = _model("Footnote")
    region = pack_region(pack)
    for year in pack.quality_years:
        for finding in run_checks(year, region):
            explanation = pack.quality_notes.get(finding.key)
            if explanation is None:
                continue
            stored = Footnote.objects.filter(table__region=region, finding_key=finding.key).order_by("pk")
            state = list(stored.values_list("pk", "text", "observation_id"))
            finding_explain(finding=finding, explanation=explanation, user=None, reason=pack.reason)
            counter["quality_notes"] += list(stored.values_list("pk", "text", "observation_id")) != state


# --- pages and snippets ----------------------------------------------------------------------------


def load_content(pack: Pack) -> dict[str, int]:
    """Snippets and pages; pages and snippets that exist are left as they are (an editor may have
    changed them), so a second load creates nothing and saves no revision. The edition is published
    outside the transaction: publishing takes the snapshot and queues the PDF."""
    from . import content

    counts = Counter({"cms pagina's": 0, "cms snippets": 0})
    if not pack.pages and not pack.definitions and not pack.casus and not pack.ontwikkelingen:
        return dict(counts)
    with transaction.atomic():
        home = content.home(pack, counts)
        refs = content.snippets(pack, counts)
        pages = content.pages(pack, home, counts)
    content.editions(pack, pages, refs, counts)
    from .translations import load_translations

    counts.update(load_translations(pack))
    return dict(counts)


# --- the whole pack --------------------------------------------------------------------------------

PARTS = ("plan", "figures", "accounts", "content")


def load_pack(pack: Pack, *, parts=PARTS, demo_accounts: bool = True, region: str = "") -> tuple[dict, list]:
    """Load the pack's parts into its region (``region``: a slug, else the pack's own); returns
    (counts per kind, demo accounts as (username, password, role))."""
    if region:
        pack.region_slug = region
    counts: dict[str, int] = {}
    accounts: list = []
    # Wagtail registers its admin viewsets' models with the reference index when the admin's URLs load,
    # which a management command never does: without this, a pack loaded by a command would index fewer
    # references (usage counts in the admin) than one loaded in a web process.
    get_resolver().url_patterns  # noqa: B018
    with transaction.atomic():
        if "plan" in parts:
            counts.update(load_plan(pack))
        if "figures" in parts:
            counts.update(load_figures(pack))
        if "accounts" in parts and demo_accounts:
            accounts = load_accounts(pack)
    if "content" in parts:
        counts.update(load_content(pack))
    return counts, accounts
