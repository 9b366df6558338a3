# The README's commands: `make run`, `make test`, `make reset`; for developers also lint, lock, upgrade.
PYTHON ?= python3
PORT ?= 8000
export PORT
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOG := $(VENV)/install.log
LOCK := requirements-dev.lock
# Two locks from pyproject.toml, with hashes, for Python 3.11 and newer: requirements-dev.lock (the
# dev extra included; what make installs) and requirements.lock (production), pinned alike.
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.11 \
	--quiet --custom-compile-command "make lock"

# The system packages a target needs, checked before anything is installed: one line naming the
# package when one is missing (as root on Debian/Ubuntu the script installs it itself).
check_system = $(eval missing := $(shell $(PYTHON) scripts/check_system.py $(1)))$(if $(missing),$(error $(missing)))

.PHONY: run test lint setup reset lock upgrade install-hooks

# The locked dependencies, installed quietly (pip's output goes to .venv/install.log).
$(STAMP): $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the locked Python packages ($(LOCK)) into $(VENV) ..."
	@$(BIN)/python -m pip install --require-hashes --no-deps -r $(LOCK) >$(LOG) 2>&1 \
		|| { tail -n 15 $(LOG); echo "pip failed: the whole log is in $(LOG)"; exit 1; }
	@touch $(STAMP)

setup:
	$(call check_system,run)
	@$(MAKE) --no-print-directory -s $(STAMP)
	@$(BIN)/python scripts/dev_start.py

# The web server and, beside it, the background worker (PDFs, mails, large imports): one command.
run: setup
	@$(BIN)/python scripts/dev_run.py

# Start over: a fresh SQLite demo database (and the PDFs made from the old one).
reset:
	@if [ -n "$$DATABASE_URL" ]; then echo "make reset only resets the SQLite demo database; DATABASE_URL is set"; exit 1; fi
	@rm -f db.sqlite3 && rm -rf media
	@echo "Removed the SQLite demo database (db.sqlite3) and the stored PDFs (media/): starting over."
	@$(MAKE) --no-print-directory run

test:
	$(call check_system,test)
	@$(MAKE) --no-print-directory -s $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/python scripts/check_lock.py
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# After changing pyproject.toml: regenerate the lock, keeping the versions it already pins.
lock: $(STAMP)
	$(UV_COMPILE) --extra dev -o $(LOCK)
	$(UV_COMPILE) -c $(LOCK) -o requirements.lock
	@$(MAKE) --no-print-directory -s $(STAMP)

# Every dependency to the newest version pyproject.toml allows.
upgrade: $(STAMP)
	$(UV_COMPILE) --extra dev --upgrade -o $(LOCK)
	$(UV_COMPILE) -c $(LOCK) -o requirements.lock
	@$(MAKE) --no-print-directory -s $(STAMP)

install-hooks: $(STAMP)
	$(BIN)/pre-commit install
