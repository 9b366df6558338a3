"""Errors to Sentry when ``SENTRY_DSN`` is set (production settings call ``init``)."""


def init(dsn: str, *, environment: str, release: str, traces_sample_rate: float = 0.0) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=environment,
        release=release,
        traces_sample_rate=traces_sample_rate,
        # No user names, e-mail or IP addresses, cookies or request bodies leave the installation.
        send_default_pii=False,
        max_request_body_size="never",
    )
