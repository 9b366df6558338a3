"""Settings modules the security tests start subprocesses with (production, one thing changed each)."""
