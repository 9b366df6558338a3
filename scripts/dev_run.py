"""`make run`'s servers, one command: the background worker (`manage.py db_worker`, which makes the
PDFs and sends the mails) beside the development web server (`manage.py runserver`).

Run with the project's virtualenv after scripts/dev_start.py: `.venv/bin/python scripts/dev_run.py`.
The port comes from the environment (PORT, default 8000). Ctrl-C, SIGTERM or the web server stopping
stop the worker too: it runs in a process group of its own, which gets SIGTERM (the worker finishes the
task in hand) and, if it has not stopped after a few seconds, SIGKILL.
"""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STOP_WAIT_SECONDS = 10


def worker_command(python: str = sys.executable) -> list[str]:
    """All queues; task failures and retries are logged, routine tasks not (Wagtail queues many)."""
    return [python, "manage.py", "db_worker", "--queue-name", "*", "--verbosity", "0"]


def server_command(port: str, python: str = sys.executable) -> list[str]:
    return [python, "manage.py", "runserver", f"127.0.0.1:{port}"]


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process's group, SIGKILL if it is still there after STOP_WAIT_SECONDS."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=STOP_WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def _report_if_worker_stops(worker: subprocess.Popen, stopping: threading.Event) -> None:
    code = worker.wait()
    if not stopping.is_set():
        print(
            f"\n  The background worker stopped (exit code {code}): PDFs and mails wait until "
            "`make run` is started again.\n",
            file=sys.stderr,
            flush=True,
        )


def main() -> int:
    port = os.environ.get("PORT", "8000")
    worker = subprocess.Popen(worker_command(), cwd=ROOT, start_new_session=True)
    stopping = threading.Event()
    threading.Thread(target=_report_if_worker_stops, args=(worker, stopping), daemon=True).start()
    print("  background worker: started (manage.py db_worker)\n", flush=True)
    server = subprocess.Popen(server_command(port), cwd=ROOT)

    def stop_server(signum, frame):  # SIGTERM or a closed terminal: stop the server, then the worker
        server.terminate()

    previous = {signum: signal.signal(signum, stop_server) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return server.wait()
    except KeyboardInterrupt:  # Ctrl-C reached the server too (same process group): let it finish
        try:
            return server.wait(timeout=STOP_WAIT_SECONDS)
        except (KeyboardInterrupt, subprocess.TimeoutExpired):
            server.kill()
            return 130
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        stopping.set()
        if server.poll() is None:
            server.terminate()
            server.wait()
        stop(worker)


if __name__ == "__main__":
    sys.exit(main())
