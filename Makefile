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

.PHONY: run run-cluster test venv system-deps test-deps bench clean translations fuzz axe js-client

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

# The container image (docs/deploy.md, "With containers"): a Debian minbase made by
# mmdebstrap from the mirror apt uses here, imported into podman, then
# deploy/container/Containerfile. Rebuilt only when its inputs change (stamps in var/image);
# `make image-refresh` rebuilds everything with Debian's newest (security) updates.
IMAGE ?= localhost/tempmail:latest
IMAGE_SUITE := bookworm
IMAGE_BASE := localhost/tempmail-base:$(IMAGE_SUITE)
IMAGE_STAMPS := var/image
# pip in the build trusts what pip trusts here (a proxy's CA included), as a build secret;
# with no CA bundle here (/dev/null), pip keeps its own.
IMAGE_PIP_CA := $(firstword $(wildcard $(PIP_CERT) $(REQUESTS_CA_BUNDLE) $(SSL_CERT_FILE) /etc/ssl/certs/ca-certificates.crt) /dev/null)
# docker-compose (v1, Debian's): docker's own parser checks deploy/compose.yaml in the tests.
IMAGE_APT_PACKAGES := podman runc mmdebstrap podman-compose golang-github-containernetworking-plugin-dnsname \
	docker-compose
# podman's settings for these builds and the tests (tests/container/containers.conf): runc,
# and no default ulimits (a sandbox may not grant them). Name another file to override.
export CONTAINERS_CONF ?= $(CURDIR)/tests/container/containers.conf
PODMAN := $(SUDO) env CONTAINERS_CONF=$(CONTAINERS_CONF) podman
IMAGE_INPUTS := deploy/container/Containerfile .dockerignore deploy/container/entrypoint.py \
	deploy/container/healthcheck.py requirements.txt wsgi.py gunicorn.conf.py \
	exim/exim.conf $(shell find tempmail -type f ! -name '*.pyc' ! -name '*.mo' 2>/dev/null)
IMAGE_INPUTS += deploy/container/slim.py

.PHONY: image image-refresh container-deps
# `make test` runs tests/container, which builds the image: podman and friends first.
test: container-deps

container-deps:
	@missing=""; for p in $(IMAGE_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; fi

$(IMAGE_STAMPS)/base: deploy/container/build-base
	@mkdir -p $(IMAGE_STAMPS)
	$(SUDO) env CONTAINERS_CONF=$(CONTAINERS_CONF) deploy/container/build-base $(IMAGE_BASE) $(IMAGE_SUITE)
	touch $@

$(IMAGE_STAMPS)/image: $(IMAGE_STAMPS)/base $(IMAGE_INPUTS)
	$(PODMAN) build --quiet --network host --pull=never --build-arg BASE=$(IMAGE_BASE) \
	  --secret id=pipca,src=$(IMAGE_PIP_CA) \
	  --build-arg HTMLPARSER_IS_LINEAR="$$HTMLPARSER_IS_LINEAR" \
	  -f deploy/container/Containerfile -t $(IMAGE) . >/dev/null
	@$(PODMAN) image prune --force --filter label=org.opencontainers.image.title=tempmail >/dev/null
	@echo "image $(IMAGE): $$($(PODMAN) image inspect --format '{{.Size}}' $(IMAGE) | awk '{printf "%d MB", $$1 / 1000000}') (goal: under 250 MB)"
	touch $@

# Files the site serves that make steps vendor ($(ALTCHA) where the captcha widget exists),
# made before the image so that it carries them; expanded when the recipe runs.
IMAGE_STATIC = $(ALTCHA)

image: container-deps
	@if $(PODMAN) info >/dev/null 2>&1; then \
	  $(PODMAN) image exists $(IMAGE_BASE) || rm -f $(IMAGE_STAMPS)/base; \
	  $(PODMAN) image exists $(IMAGE) || rm -f $(IMAGE_STAMPS)/image; fi
	@$(if $(strip $(IMAGE_STATIC)),$(MAKE) --no-print-directory $(IMAGE_STATIC))
	@$(MAKE) --no-print-directory $(IMAGE_STAMPS)/image

image-refresh:
	rm -f $(IMAGE_STAMPS)/base $(IMAGE_STAMPS)/image
	$(MAKE) --no-print-directory image

# Exim with the sqlite lookup; installed only when missing. The package starts no
# daemon in a container; on a full system stop Debian's own if port 25 is not wanted.
system-deps:
	@if ! /usr/sbin/exim4 -bV 2>/dev/null | grep -q sqlite; then \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $(APT_PACKAGES); fi

# Browser tests drive Debian's Chromium (Playwright's own browser download does not work
# here); deployment tests run the shipped nginx site with Redis. Installed when missing.
TEST_APT_PACKAGES := chromium nginx redis-server openssl iproute2 postgresql pgbouncer spamassassin \
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

# The JavaScript client (clients/js): its dev tools (TypeScript, Playwright's test runner)
# from npm by its lock file, then built to ESM, CommonJS and type declarations. Node 20 or
# newer (Playwright's test runner needs it); Playwright drives Debian's Chromium.
JS_CLIENT := clients/js
$(JS_CLIENT)/dist/.built: $(JS_CLIENT)/package.json $(JS_CLIENT)/package-lock.json $(wildcard $(JS_CLIENT)/src/*.ts) $(wildcard $(JS_CLIENT)/tsconfig*.json)
	@command -v npm >/dev/null || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y nodejs npm; }
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || \
	  { echo "clients/js needs Node.js 20 or newer (found $$(node --version)); install it (e.g. from nodesource)"; exit 1; }
	cd $(JS_CLIENT) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build
	touch $@

js-client: $(JS_CLIENT)/dist/.built

# The ALTCHA widget (TEMPMAIL_CAPTCHA=pow), from npm into git-ignored folders: npm's copy under
# .vendor/, and what the site serves (no CDN) under tempmail/web/static/vendor/altcha/ with its
# licence. The "external" build keeps the CSP strict: its CSS is a file (no inline <style>) and
# its proof-of-work worker is a file of its own (no blob: workers, no WebAssembly, no eval).
ALTCHA_VERSION := 3.2.2
ALTCHA_NPM := .vendor/altcha-$(ALTCHA_VERSION)
ALTCHA_DIST := $(ALTCHA_NPM)/node_modules/altcha/dist
ALTCHA_DIR := tempmail/web/static/vendor/altcha
# the site's languages (en is built in): ar de es fr pt ru zh
ALTCHA_I18N := ar de es-es fr-fr pt-pt ru zh-cn
ALTCHA := $(ALTCHA_DIR)/.altcha-$(ALTCHA_VERSION)
$(ALTCHA):
	@command -v npm >/dev/null || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y npm; }
	[ -f $(ALTCHA_DIST)/external/altcha.min.js ] || \
	  npm install --no-save --no-audit --no-fund --prefix $(ALTCHA_NPM) altcha@$(ALTCHA_VERSION)
	rm -rf $(ALTCHA_DIR) && mkdir -p $(ALTCHA_DIR)/i18n
	cp $(ALTCHA_DIST)/external/altcha.min.js $(ALTCHA_DIST)/external/altcha.css \
	  $(ALTCHA_DIST)/workers/pbkdf2.js $(ALTCHA_NPM)/node_modules/altcha/LICENSE.txt $(ALTCHA_DIR)/
	for lang in $(ALTCHA_I18N); do cp $(ALTCHA_DIST)/i18n/$$lang.js $(ALTCHA_DIR)/i18n/$${lang%%-*}.js; done
	touch $@

.PHONY: altcha
altcha: $(ALTCHA)

run: venv translations system-deps altcha
	$(PY) -m tempmail.devserver

# Two full nodes on this machine, one shared data folder, a throwaway PostgreSQL
# registry (Debian's postgresql-15, installed when missing): docs/scale-out.md.
run-cluster: venv translations system-deps
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y postgresql; }
	$(PY) -m tempmail.cluster

test: venv translations test-deps axe js-client altcha
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest

bench: venv test-deps
	$(PY) bench/ingest.py
	$(PY) bench/authchecks.py
	$(PY) bench/purge.py
	$(PY) bench/web.py
	$(PY) bench/api.py
	$(PY) bench/extract.py
	$(PY) bench/hostile.py
	$(PY) bench/attachment.py
	$(PY) bench/longpoll.py
	$(PY) bench/streams.py
	$(PY) bench/fidelity.py
	$(PY) bench/webhooks.py
	$(PY) bench/subdomains.py
	$(PY) bench/tags.py
	$(PY) bench/scale.py

# A coverage-guided fuzz run over parse -> sanitize -> extract (make fuzz MINUTES=30).
MINUTES ?= 10
fuzz: venv
	$(PY) bench/fuzz.py --minutes $(MINUTES)

clean:
	rm -rf $(VENV) var .pytest_cache .vendor $(ALTCHA_DIR)
