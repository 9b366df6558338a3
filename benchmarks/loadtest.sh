#!/usr/bin/env bash
# Bounded load test on this machine only: gunicorn on 127.0.0.1:18765 against a PostgreSQL copy of
# the seed, 16 concurrent clients for 20 seconds (readers and actiehouders mixed), then stop.
set -euo pipefail
cd "$(dirname "$0")/.."
db=loadtest_mhm
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" DJANGO_SETTINGS_MODULE=config.settings.benchmark
.venv/bin/python manage.py migrate --noinput >/dev/null
accounts=$(.venv/bin/python manage.py seed_rotterdam_2025)
PASSWORD_ACTIEHOUDER_ESSM=$(awk '$1=="actiehouder-essm"{print $2}' <<<"$accounts")
PASSWORD_ACTIEHOUDER_RIEC=$(awk '$1=="actiehouder-riec"{print $2}' <<<"$accounts")
export PASSWORD_ACTIEHOUDER_ESSM PASSWORD_ACTIEHOUDER_RIEC
.venv/bin/gunicorn config.wsgi:application --bind 127.0.0.1:18765 --workers 4 --env \
  DJANGO_SETTINGS_MODULE=config.settings.benchmark --log-level warning &
gunicorn_pid=$!
trap 'kill $gunicorn_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do curl -sf -o /dev/null http://127.0.0.1:18765/ && break; sleep 1; done
kill -0 $gunicorn_pid 2>/dev/null || { echo "gunicorn did not start (port 18765 taken?)" >&2; exit 1; }
.venv/bin/locust -f benchmarks/locustfile.py --headless --host http://127.0.0.1:18765 \
  --users 16 --spawn-rate 16 --run-time 20s --stop-timeout 5 --only-summary
