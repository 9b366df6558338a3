"""Reading a pack's files with the line of everything read, so that an error names file and line."""

import csv
import io
from dataclasses import dataclass

import yaml
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class PackError:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


class PackInvalid(Exception):
    def __init__(self, errors: list[PackError]):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


class Mapping(dict):
    """A YAML mapping that knows its line and the line of each key."""

    line = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: dict = {}

    def line_of(self, key) -> int:
        return self.lines.get(key, self.line)


class Sequence(list):
    """A YAML list that knows its line and the line of each item."""

    line = 0

    def __init__(self, *args):
        super().__init__(*args)
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.line


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader, node):
    loader.flatten_mapping(node)
    result = Mapping()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            problem = _("'%(key)s' komt twee keer voor") % {"key": key}
            raise yaml.MarkedYAMLError(problem=problem, problem_mark=key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = key_node.start_mark.line + 1
    return result


def _sequence(loader, node):
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(text: str, file: str, errors: list[PackError]):
    """The YAML document of ``text`` (mappings and lists with their lines), or None with an error."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        errors.append(
            PackError(file, line, _("geen geldige YAML: %(problem)s") % {"problem": error.problem or error})
        )
    except yaml.YAMLError as error:
        errors.append(PackError(file, 0, _("geen geldige YAML: %(problem)s") % {"problem": error}))
    return None


def read_csv(text: str) -> list[dict]:
    """Rows of a comma-separated file with a header, each with its line as ``__line__``."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    rows = []
    for row in reader:
        row["__line__"] = reader.line_num
        rows.append(row)
    return rows
