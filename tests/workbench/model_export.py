"""An export of what the seed leaves in the database, model by model, free of database accidents.

Used by ``scripts/seed_baseline.py`` (which wrote ``tests/data/seed_baseline.json`` from the seed as
it was before the data pack) and by ``tests/workbench/test_data_pack.py`` (which loads the pack and
compares). Rows carry no primary keys: every foreign key, generic relation and id inside a
StreamField is replaced by the natural key of what it points to. Models are keyed by class name, so
an app-label move (``actionplan.ReportingRound`` to a sub-app) does not change the export. Left out:
history (simple_history tables, Wagtail's log entries), permissions and content types (made by
migrations), and the moments things happened (a date-time is exported as set or not).
"""

import datetime
import json
import re
import uuid
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.fields import StreamField

# Besides the project's own apps (any app whose code lives in the repository, so that an app split
# off later, such as actionplan's reporting and review, is exported too):
APP_LABELS = {
    "wagtailcore",
    "auth",
    "taggit",
    "wagtaildocs",
    "wagtailimages",
    "otp_totp",
    "otp_static",
}
# Made by migrations or history, not by the seed's facts; ReferenceIndex is Wagtail's derived index
# (rebuilt by `rebuild_references_index`), whose rows depend on which admin viewsets the process had
# registered when the seed ran.
SKIPPED = {"Permission", "PageLogEntry", "ModelLogEntry", "ReminderLog", "ReferenceIndex"}
TREE_FIELDS = {"path", "depth", "numchild", "url_path"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?$")

# Natural keys by model class name: field names (a foreign key contributes its target's key).
NATURAL_KEYS = {
    "Organisation": ["short_name"],
    "Municipality": ["cbs_code"],
    "Membership": ["user"],
    "Plan": ["start_year", "end_year"],
    "Opgave": ["plan", "number"],
    "Action": ["opgave", "title"],
    "ProgressNote": ["action", "year"],
    "OutlookItem": ["opgave", "title"],
    "Meeting": ["plan", "date", "title"],
    "ReportingRound": ["plan", "year"],
    "ActionUpdate": ["round", "action"],
    "ReportingYearClosure": ["year"],
    "Partner": ["organisation"],
    "Table": ["code"],
    "Dimension": ["table", "code"],
    "DimensionValue": ["dimension", "code"],
    "Observation": ["table", "year", "coord_key"],
    "Footnote": ["table", "year", "number", "finding_key"],
    "Delivery": ["partner", "year"],
    "JointReport": ["table", "year", "column", "municipality"],
    "EditionSnapshot": ["revision"],
    "ExploitationFormDefinition": ["code"],
    "Casus": ["title"],
    "Ontwikkeling": ["title"],
    "User": ["username"],
    "Group": ["name"],
    "Locale": ["language_code"],
    "Site": ["hostname", "port"],
    "Collection": ["name"],
    "Workflow": ["name"],
    "Task": ["name"],
    "GroupApprovalTask": ["name"],
    "ContentType": ["model"],
}


def model_name(model) -> str:
    return model._meta.concrete_model.__name__


def _project_labels() -> set[str]:
    root = Path(settings.BASE_DIR).resolve()
    labels = set()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(root) and ".venv" not in path.relative_to(root).parts:
            labels.add(config.label)
    return labels


def exported_models() -> list:
    labels = APP_LABELS | _project_labels()
    found = []
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label not in labels or meta.proxy or not meta.managed:
            continue
        name = model_name(model)
        if name.startswith("Historical") or name in SKIPPED:
            continue
        found.append(model)
    return sorted(found, key=model_name)


class Exporter:
    def __init__(self):
        self._keys: dict[tuple[str, object], object] = {}

    # --- natural keys ---------------------------------------------------------------------------

    def key_of(self, instance) -> object:
        if instance is None:
            return None
        from wagtail.models import Page, Revision

        cache_key = (model_name(type(instance)), instance.pk)
        if cache_key in self._keys:
            return self._keys[cache_key]
        if isinstance(instance, Page):
            key = ["page", instance.url_path]
        elif isinstance(instance, Revision):
            siblings = list(
                Revision.objects.filter(
                    base_content_type_id=instance.base_content_type_id, object_id=instance.object_id
                ).order_by("created_at", "pk")
            )
            target = self.generic(instance.base_content_type_id, instance.object_id)
            key = ["revision", target, [r.pk for r in siblings].index(instance.pk)]
        elif isinstance(instance, ContentType):
            model = instance.model_class()
            key = model_name(model) if model else f"{instance.app_label}.{instance.model}"
        else:
            names = NATURAL_KEYS.get(model_name(type(instance)))
            if names is None:
                key = self.row(instance)
            else:
                key = [self.value(instance._meta.get_field(name), instance) for name in names]
        self._keys[cache_key] = key
        return key

    def generic(self, content_type_id, object_id) -> object:
        if content_type_id is None or object_id in (None, ""):
            return None
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        target = model._default_manager.filter(pk=object_id).first() if model else None
        if target is None:
            return ["missing", model_name(model) if model else content_type_id]
        if hasattr(target, "specific") and callable(getattr(target, "get_url_parts", None)):
            target = target.specific
        return [model_name(type(target)), self.key_of(target)]

    # --- values ---------------------------------------------------------------------------------

    def value(self, field, instance) -> object:
        if field.is_relation and field.many_to_one or field.one_to_one:
            return self.key_of(getattr(instance, field.name))
        return self.plain(field, field.value_from_object(instance), instance)

    def plain(self, field, raw, instance=None) -> object:
        if isinstance(field, models.DateTimeField):
            return "<set>" if raw else None
        if field.name == "password":
            return "<set>" if raw else ""
        if isinstance(field, models.FileField):
            return "<set>" if raw else ""
        if isinstance(field, StreamField):
            data = raw.raw_data if hasattr(raw, "raw_data") else raw
            if isinstance(data, str):
                data = json.loads(data)
            return self.stream(field.stream_block, list(data or []))
        if field.name == "to_object_id" and instance is not None:
            return self.generic(instance.to_content_type_id, raw)
        if field.name == "object_id" and instance is not None:
            for ct_name in ("base_content_type", "content_type"):
                if hasattr(instance, f"{ct_name}_id"):
                    return self.generic(getattr(instance, f"{ct_name}_id"), raw)
        if isinstance(raw, datetime.date | datetime.time):
            return raw.isoformat()
        if isinstance(raw, uuid.UUID):
            return "<uuid>"
        if isinstance(raw, dict | list):
            return self.json(raw)
        if isinstance(raw, str):
            return UUID.sub("<uuid>", raw)
        return raw

    def json(self, data) -> object:
        if isinstance(data, dict):
            return {key: self.json(value) for key, value in sorted(data.items()) if key != "id"}
        if isinstance(data, list):
            return [self.json(item) for item in data]
        if isinstance(data, str):
            if DATETIME.match(data):
                return "<datetime>"
            return UUID.sub("<uuid>", data)
        return data

    def stream(self, block, data) -> object:
        """Raw StreamField data with block ids dropped and chosen objects named by natural key."""
        from wagtail import blocks
        from wagtail.snippets.blocks import SnippetChooserBlock

        if isinstance(block, blocks.StreamBlock):
            result = []
            for item in data:
                child = block.child_blocks.get(item["type"])
                value = self.stream(child, item["value"]) if child else self.json(item["value"])
                result.append({"type": item["type"], "value": value})
            return result
        if isinstance(block, blocks.ListBlock):
            items = [item["value"] if isinstance(item, dict) and "value" in item else item for item in data]
            return [self.stream(block.child_block, item) for item in items]
        if isinstance(block, blocks.StructBlock):
            return {
                name: self.stream(child, data.get(name)) if name in data else None
                for name, child in block.child_blocks.items()
            }
        if isinstance(block, SnippetChooserBlock):
            target = block.target_model._default_manager.filter(pk=data).first() if data else None
            return self.key_of(target)
        if isinstance(block, blocks.ChoiceBlock) and block.name == "plan":
            from actionplan.models import Plan

            return self.key_of(Plan.objects.filter(pk=data).first()) if data else None
        return self.json(data)

    def row(self, instance) -> dict:
        meta = instance._meta
        result = {}
        for field in meta.concrete_fields:
            if field.primary_key or field.name in TREE_FIELDS:
                continue
            if field.name in ("latest_revision", "live_revision", "current_task_state"):
                continue  # the revision itself is exported with its object
            result[field.name] = self.value(field, instance)
        for field in meta.many_to_many:
            result[field.name] = sorted(
                (self.key_of(target) for target in getattr(instance, field.name).all()), key=_sort_key
            )
        if hasattr(instance, "get_parent") and hasattr(instance, "url_path"):
            result["parent"] = self.key_of(instance.get_parent())
        if model_name(type(instance)) == "Revision":
            result["content"] = self.revision_content(instance)
        return result

    def revision_content(self, revision) -> object:
        """A revision's stored fields, read through its model's fields (ids as natural keys)."""
        model = revision.content_type.model_class()
        content = dict(revision.content)
        result = {}
        for name, raw in sorted(content.items()):
            if name in TREE_FIELDS or name in ("pk", "id", "latest_revision", "live_revision"):
                continue
            try:
                field = model._meta.get_field(name)
            except Exception:  # noqa: BLE001 - not a field (e.g. wagtail's comments)
                result[name] = self.json(raw)
                continue
            if field.is_relation and (field.many_to_one or field.one_to_one):
                target = field.related_model._default_manager.filter(pk=raw).first() if raw else None
                result[name] = self.key_of(target)
            elif isinstance(field, models.DateTimeField):
                result[name] = "<set>" if raw else None
            elif isinstance(field, StreamField):
                data = json.loads(raw) if isinstance(raw, str) else raw
                result[name] = self.stream(field.stream_block, list(data or []))
            else:
                result[name] = self.json(raw)
        return result


def _sort_key(item) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def export_database() -> dict[str, list]:
    """Every exported model's rows, each as a dict, sorted: {model class name: [row, ...]}."""
    exporter = Exporter()
    result = {}
    for model in exported_models():
        rows = [exporter.row(instance) for instance in model._default_manager.all()]
        name = model_name(model)
        if name in result:
            raise ValueError(f"Two exported models are called {name}")
        result[name] = sorted(rows, key=_sort_key)
    return json.loads(json.dumps(result, ensure_ascii=False, default=str, sort_keys=True))


def compare(baseline: dict, current: dict) -> list[str]:
    """Differences, model by model, as readable lines (empty when equal)."""
    problems = []
    for name in sorted(set(baseline) | set(current)):
        before, after = baseline.get(name, []), current.get(name, [])
        if before == after:
            continue
        before_set = {_sort_key(row) for row in before}
        after_set = {_sort_key(row) for row in after}
        problems.append(f"{name}: {len(before)} rows before, {len(after)} now")
        for row in sorted(before_set - after_set)[:3]:
            problems.append(f"  only before: {row[:600]}")
        for row in sorted(after_set - before_set)[:3]:
            problems.append(f"  only now:    {row[:600]}")
    return problems
