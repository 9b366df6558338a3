"""gunicorn's settings for the web unit (deploy/systemd/mensenhandelmonitor-web.service)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = 120  # the first render of a large PDF, should a request still do it
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = "127.0.0.1"
# The application logs JSON itself; nginx writes the access log.
accesslog = None
errorlog = "-"


def child_exit(server, worker):
    """A worker that ends leaves its metric files behind; mark them dead so gauges stay right."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
