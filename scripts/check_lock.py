"""Do the lock files still satisfy pyproject.toml? (`make lint`; fix with `make lock`.)

Offline and quick: every direct dependency of pyproject.toml must be pinned at a version its range
admits, in requirements.lock (production) and requirements-dev.lock (the dev extra too), and the two
locks pin what they share alike. A dependency added to pyproject.toml without `make lock`, or a range
moved past the pinned version, fails here instead of on someone else's machine.
"""

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def pins(lock_text: str) -> dict[str, str]:
    found = {}
    for line in lock_text.splitlines():
        match = PIN.match(line)
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def unsatisfied(requirements: list[str], pinned: dict[str, str], lock_name: str) -> list[str]:
    problems = []
    for requirement in map(Requirement, requirements):
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement} is not in {lock_name}")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement} but {lock_name} pins {version}")
    return problems


def mismatches(pyproject_text: str, lock_text: str, dev_lock_text: str) -> list[str]:
    project = tomllib.loads(pyproject_text)["project"]
    runtime = project["dependencies"]
    dev = project.get("optional-dependencies", {}).get("dev", [])
    pinned, dev_pinned = pins(lock_text), pins(dev_lock_text)
    problems = unsatisfied(runtime, pinned, "requirements.lock")
    problems += unsatisfied(runtime + dev, dev_pinned, "requirements-dev.lock")
    problems += [
        f"{name} is {version} in requirements.lock but {dev_pinned[name]} in requirements-dev.lock"
        for name, version in pinned.items()
        if dev_pinned.get(name, version) != version
    ]
    return problems


def main() -> int:
    problems = mismatches(
        *(
            (ROOT / name).read_text(encoding="utf-8")
            for name in ("pyproject.toml", "requirements.lock", "requirements-dev.lock")
        )
    )
    if problems:
        print(f"The lock files do not match pyproject.toml ({'; '.join(problems)}): run `make lock`")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
