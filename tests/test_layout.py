"""The layout of the source tree, read with ``ast`` (nothing is imported): which module imports which.

An import inside a function counts as much as one at the top: a lazy import placed to dodge a cycle
still ties the two modules together. Imports under ``if TYPE_CHECKING:`` are for type hints only and
do not count.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The apps whose modules may not import each other in a circle (the circles cms.models <-> cms.services
# <-> cms.tasks and monitor.exchange <-> monitor.importing were untangled, issue 14).
ACYCLIC_APPS = ("cms", "monitor")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(apps: tuple[str, ...]) -> dict[str, Path]:
    return {
        _module_name(path): path
        for app in apps
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
    }


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(tree: ast.AST):
    """Every import statement of a module, at any depth, except those for type checking only."""
    for node in ast.iter_child_nodes(tree):
        if _is_type_checking(node):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def _imported_names(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The dotted names an import statement may load: the module, and each imported name under it."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def import_graph(apps: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the modules of ``apps`` it imports (at module level or inside a function)."""
    modules = _modules(apps)
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[module] = {
            name
            for node in _imports(tree)
            for name in _imported_names(module, path, node)
            if name in modules and name != module
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking(tmp_path):
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from cms.models import EditionPage\n"
        "def f():\n    from cms.services import edition_pdf\n"
    )
    names = [name for node in _imports(tree) for name in _imported_names("cms.x", Path("x.py"), node)]
    assert "cms.services" in names
    assert "cms.models" not in names
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_named_modules_are_in_the_graph():
    graph = import_graph(ACYCLIC_APPS)
    for module in ("cms.models", "cms.models.pages", "cms.services", "cms.tasks", "cms.forms"):
        assert module in graph
    assert "monitor.exchange" in graph["monitor.importing"]
    assert "cms.services" in graph["cms.tasks"]


def test_no_circle_of_imports_in_cms_and_monitor():
    assert cycles(import_graph(ACYCLIC_APPS)) == []


# --- the action plan and its sub-apps --------------------------------------------------------------
# Dependencies point one way: the Regionale Tafel (``actionplan.review``) may read the reporting rounds
# and the plan, the rounds (``actionplan.reporting``) may read the plan, and the plan knows neither
# (where it must call out, it offers a Wagtail hook: ``actionplan_year_round``).

PLAN = ROOT / "actionplan"
SUB_APPS = ("actionplan.reporting", "actionplan.review")


def _imported(path: Path) -> set[str]:
    """Every module the file imports (relative imports resolved; ``from x import y`` counts x.y too),
    and every module named in a call of ``import_module`` or ``__import__``."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            source = ".".join([*base, node.module] if node.module else base)
            names.add(source)
            names.update(f"{source}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            names.update(arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant))
    return names


def _offending(files, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in files:
        bad = sorted(name for name in _imported(path) if _is_within(name, forbidden))
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def _is_within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _files(directory: Path):
    return sorted(directory.rglob("*.py"))


def test_the_sub_apps_are_apps_with_their_own_parts():
    for app in ("reporting", "review"):
        folder = PLAN / app
        for part in ("apps.py", "models.py", "services.py", "selectors.py", "views.py", "wagtail_hooks.py"):
            assert (folder / part).is_file(), f"{folder / part} is missing"
        assert (folder / "migrations" / "0001_initial.py").is_file()
        assert (folder / "templates" / app).is_dir()
    assert (PLAN / "review" / "filters.py").is_file()


def test_the_plan_imports_neither_sub_app():
    plan_files = [path for path in _files(PLAN) if not _is_within(_module_name(path), SUB_APPS)]
    assert len(plan_files) > 20  # the walk found the plan's modules
    assert _offending(plan_files, SUB_APPS) == {}


def test_the_rounds_do_not_import_the_regionale_tafel():
    assert _offending(_files(PLAN / "reporting"), ("actionplan.review",)) == {}


def test_the_walk_sees_relative_and_lazy_imports(tmp_path, monkeypatch):
    """The check itself: each way of importing a sub-app is found."""
    package = tmp_path / "actionplan"
    package.mkdir()
    sample = package / "sample.py"
    sample.write_text(
        "from . import review\n"
        "def later():\n"
        "    from .reporting.selectors import open_round\n"
        "    import importlib\n"
        "    importlib.import_module('actionplan.review.views')\n"
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert _offending([sample], SUB_APPS) == {
        "actionplan/sample.py": [
            "actionplan.reporting.selectors",
            "actionplan.reporting.selectors.open_round",
            "actionplan.review",
            "actionplan.review.views",
        ]
    }


PROJECT_PACKAGES = ("accounts", "actionplan", "cms", "config", "monitor", "workbench")


def test_migrations_carry_their_own_constants():
    """A migration imports no app code (it would change or move under the migration): role names and
    helpers are literals of the migration itself. The one exception is Wagtail's: a StreamField's
    migration names the block classes it was made with (``cms.blocks``)."""
    offenders = []
    for path in sorted(ROOT.glob("*/**/migrations/*.py")):
        if ".venv" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _imports(tree):
            names = (
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            )
            if node.__class__ is ast.ImportFrom and node.level:
                offenders.append(f"{path.relative_to(ROOT)}: relative import")
            offenders += [
                f"{path.relative_to(ROOT)}: {name}"
                for name in names
                if name.split(".")[0] in PROJECT_PACKAGES and not name.endswith(".blocks")
            ]
    assert offenders == []


def test_who_a_user_is_is_read_in_accounts():
    """Roles and the user's organisation are defined once, in accounts.roles, and read from there."""
    definitions, old_imports = [], []
    for app in PROJECT_PACKAGES:
        for path in sorted((ROOT / app).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name in ("has_role", "user_organisation"):
                    definitions.append(f"{path.relative_to(ROOT)}: {node.name}")
            for node in _imports(tree):
                module = getattr(node, "module", None) or ""
                if module in ("actionplan.roles", "actionplan.menu") or (
                    module == "actionplan" and any(alias.name == "roles" for alias in node.names)
                ):
                    old_imports.append(f"{path.relative_to(ROOT)}: {module}")
    assert definitions == ["accounts/roles.py: has_role", "accounts/roles.py: user_organisation"]
    assert old_imports == []
    assert not (ROOT / "actionplan" / "roles.py").exists()
