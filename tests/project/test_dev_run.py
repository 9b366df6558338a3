"""scripts/dev_run.py: `make run` starts the background worker beside the web server, one command, and
stops the worker when the server stops."""

import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev_run(monkeypatch):
    spec = importlib.util.spec_from_file_location("dev_run", ROOT / "scripts" / "dev_run.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "dev_run", module)
    spec.loader.exec_module(module)
    return module


def test_the_worker_runs_every_queue_of_the_database_backend(dev_run):
    command = dev_run.worker_command("python")
    assert command[:3] == ["python", "manage.py", "db_worker"]
    assert command[command.index("--queue-name") + 1] == "*"
    assert dev_run.server_command("9150", "python") == ["python", "manage.py", "runserver", "127.0.0.1:9150"]


def test_the_worker_starts_with_the_server_and_stops_when_it_stops(dev_run, monkeypatch, tmp_path):
    pid_file = tmp_path / "worker.pid"
    worker = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    server = f"import os, time\nwhile not os.path.exists({str(pid_file)!r}): time.sleep(0.05)"
    monkeypatch.setattr(dev_run, "worker_command", lambda: [sys.executable, "-c", worker])
    monkeypatch.setattr(dev_run, "server_command", lambda port: [sys.executable, "-c", server])
    assert dev_run.main() == 0
    pid = int(pid_file.read_text())
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the worker is gone (and reaped)
