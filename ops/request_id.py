"""A request id on every log record and on the response (``X-Request-ID``).

The id comes from the request's ``X-Request-ID`` (set by the proxy or load balancer, so one id follows
a request through every machine) when it is a short token, otherwise it is a new uuid. It is kept in
a context variable until the response has been sent, so Django's own log line for a 4xx/5xx response
(written after the middleware returned) carries it too.
"""

import contextvars
import logging
import re
import uuid

from django.core.signals import request_finished

HEADER = "X-Request-ID"
NO_REQUEST = "-"
_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
_current = contextvars.ContextVar("request_id", default=NO_REQUEST)


def current() -> str:
    """The id of the request this thread is answering, ``-`` outside a request."""
    return _current.get()


def _from_header(value: str | None) -> str:
    # Only a plain token: the id goes into every log line and a response header (no injection).
    if value and _VALID.match(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _from_header(request.headers.get(HEADER))
        request.request_id = request_id
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record (a handler's filter: records of every logger pass it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _current.get()
        return True


def _reset(**kwargs) -> None:
    _current.set(NO_REQUEST)


def connect_signals() -> None:
    request_finished.connect(_reset, dispatch_uid="ops.request_id.reset")
