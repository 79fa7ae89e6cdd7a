# tempmail: `make run` serves it locally, `make test` runs every test.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# The virtualenv is built on Debian's own interpreter: it gets Debian's security fixes
# (CVE-2025-6069, quadratic HTMLParser, is fixed there and not in every python3 on PATH).
# Name another with `make PYTHON=/path/to/python3` if you know it carries the same fixes.
PYTHON ?= /usr/bin/python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := exim4-daemon-heavy


# 4,000 repeated open tags: ~2.5 s on a 3.11 without the CVE-2025-6069 fix, ~5 ms with it.
export HTMLPARSER_IS_LINEAR := import time, html.parser as h; t = time.monotonic(); p = h.HTMLParser(); p.feed("<style " * 4000); p.close(); raise SystemExit(time.monotonic() - t > 0.5)

.PHONY: run test venv system-deps test-deps bench clean translations fuzz axe

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml clients/python/pyproject.toml Makefile
	@[ -x $(PYTHON) ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3 python3-venv; }
	@$(PYTHON) -c "$$HTMLPARSER_IS_LINEAR" || { echo "$(PYTHON) lacks the fix for CVE-2025-6069; updating it from Debian"; \
	  version=$$(basename $$(readlink -f $(PYTHON))); $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$version lib$$version-stdlib $$version-venv && \
	  $(PYTHON) -c "$$HTMLPARSER_IS_LINEAR"; }
	@if [ -x $(VENV)/bin/python ] && [ "$$(readlink -f $(VENV)/bin/python)" != "$$(readlink -f $(PYTHON))" ]; then \
	  echo "rebuilding $(VENV) on $(PYTHON)"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet -e . -e clients/python
	touch $@

venv: $(VENV)/.installed

# Exim with the sqlite lookup; installed only when missing. The package starts no
# daemon in a container; on a full system stop Debian's own if port 25 is not wanted.
system-deps:
	@if ! /usr/sbin/exim4 -bV 2>/dev/null | grep -q sqlite; then \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $(APT_PACKAGES); fi

# Browser tests drive Debian's Chromium (Playwright's own browser download does not work
# here); deployment tests run the shipped nginx site with Redis. Installed when missing.
TEST_APT_PACKAGES := chromium nginx redis-server openssl iproute2 \
	golang-github-jhillyerd-enmime-dev golang-github-gatherstars-com-jwz-dev
# Other projects' test mails and templates, read where their packages install them
# (tests/outside/README.md): Debian's golang-*-dev testdata above, and an npm package here.
OUTSIDE_NPM := /usr/local/share/tempmail-outside
# The MJML compiler for tests/outside/mjml, in its own folder named for its version (npm
# would prune foundation-emails from a shared one; a bump reinstalls).
MJML_VERSION := 4.15.3
MJML_DIR := $(OUTSIDE_NPM)/mjml-$(MJML_VERSION)
test-deps: system-deps
	@missing=""; for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; fi
	@[ -d $(OUTSIDE_NPM)/node_modules/foundation-emails ] || { \
	  command -v npm >/dev/null || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y npm; }; \
	  $(SUDO) npm install --no-save --no-audit --no-fund --prefix $(OUTSIDE_NPM) foundation-emails@2.5.1; }
	@[ -x $(MJML_DIR)/node_modules/.bin/mjml ] || { \
	  command -v npm >/dev/null || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y npm; }; \
	  $(SUDO) npm install --no-save --no-audit --no-fund --prefix $(MJML_DIR) mjml@$(MJML_VERSION); }

# Compiled catalogs (.mo) are build output, made from the committed .po files.
translations: venv
	$(VENV)/bin/pybabel compile -d tempmail/translations

# axe-core for the accessibility browser test, from npm once into a git-ignored folder; its
# licence stays where npm puts it (node_modules/axe-core/LICENSE). The site never loads it.
AXE_VERSION := 4.14.1
AXE_DIR := tests/browser/.vendor/axe-core-$(AXE_VERSION)
AXE := $(AXE_DIR)/node_modules/axe-core/axe.min.js
$(AXE):
	@command -v npm >/dev/null || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y npm; }
	npm install --no-save --no-audit --no-fund --prefix $(AXE_DIR) axe-core@$(AXE_VERSION)

axe: $(AXE)

run: venv translations system-deps
	$(PY) -m tempmail.devserver

test: venv translations test-deps axe
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest

bench: venv test-deps
	$(PY) bench/ingest.py
	$(PY) bench/purge.py
	$(PY) bench/web.py
	$(PY) bench/api.py
	$(PY) bench/extract.py
	$(PY) bench/hostile.py
	$(PY) bench/attachment.py
	$(PY) bench/longpoll.py
	$(PY) bench/fidelity.py

# A coverage-guided fuzz run over parse -> sanitize -> extract (make fuzz MINUTES=30).
MINUTES ?= 10
fuzz: venv
	$(PY) bench/fuzz.py --minutes $(MINUTES)

clean:
	rm -rf $(VENV) var .pytest_cache
