"""The facts of an edition live in its data pack (packs/), not in Python: no seed module holds a
data literal (list, dict, tuple, set or text) longer than 20 lines."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SKIP = {".venv", "node_modules", ".git", "tests"}
MAX_LINES = 20
LITERALS = (ast.List, ast.Dict, ast.Tuple, ast.Set, ast.Constant, ast.JoinedStr)


def seed_modules() -> list[Path]:
    return sorted(path for path in ROOT.glob("*/**/seed*.py") if not SKIP & set(path.relative_to(ROOT).parts))


def long_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, LITERALS):
            if isinstance(node, ast.Constant) and not isinstance(node.value, str):
                continue
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_LINES:
                found.append(f"{path.name}:{node.lineno}: a literal of {lines} lines")
    return found


def test_no_seed_module_holds_long_data_literals():
    problems = [
        f"{path.parent.relative_to(ROOT)}/{p}" for path in seed_modules() for p in long_literals(path)
    ]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_long_literal(tmp_path):
    module = tmp_path / "seed_data.py"
    module.write_text("FACTS = [\n" + "".join(f"    {n},\n" for n in range(25)) + "]\n", encoding="utf-8")
    assert long_literals(module) == ["seed_data.py:1: a literal of 27 lines"]
    module.write_text(
        "TEXT = (\n" + "".join(f'    "line {n} "\n' for n in range(25)) + ")\n", encoding="utf-8"
    )
    assert long_literals(module) == ["seed_data.py:2: a literal of 25 lines"]


def test_the_2025_facts_are_in_the_pack():
    pack = ROOT / "packs" / "rotterdam-2025"
    assert (pack / "README.md").is_file()
    assert "Regionale omgevingsscan naar seksuele uitbuiting" in (pack / "plan.yaml").read_text(
        encoding="utf-8"
    )
    assert (pack / "figures" / "cijfers" / "essm_herkomstgemeente_traject.csv").is_file()
