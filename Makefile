# Repère: `make serve` and `make test` work on a fresh machine; each installs what is
# missing first (tools/install.sh skips what is already there).

SHELL := /bin/bash
CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
PORT ?= 8080
# The browser every test drives and its driver (never a browser a tool downloads).
export CHROMIUM ?= /usr/bin/chromium
export CHROMEDRIVER ?= /usr/bin/chromedriver
# webdriver.json names Debian's Chromium; the wasm tests get a copy naming $(CHROMIUM).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/target/webdriver.json
# How long `make fuzz` runs each target, in seconds.
export FUZZ_SECONDS ?= 60

.PHONY: serve build test lint test-native test-wasm test-e2e fuzz bench size-report install-build install-serve install-test install-size webdriver-json clean

# nginx with the production config (deploy/nginx/), in the foreground, on 127.0.0.1 only.
serve: install-serve build
	node tools/nginx.mjs dist $(PORT)

build: install-build
	trunk build --release

# One step after the other, whatever `make -j` says: e2e needs the build, and a lint or
# native failure should stop the run before the slow parts.
test:
	$(MAKE) install-test
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) build
	$(MAKE) test-e2e

lint:
	cargo fmt --check
	cargo fmt --check --manifest-path fuzz/Cargo.toml
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

# The app and the crates/ it builds with (the finder's data generator and what it shares).
test-native:
	cargo test --locked --workspace

test-wasm: webdriver-json
	cargo test --locked --target wasm32-unknown-unknown --test browser --test diary_browser

# Node 20 applies --test-timeout to each test file, not each test (Node 24 changed that):
# a hung file stops after 15 minutes instead of running into CI's 90. The longest file
# (diary) takes about 6 minutes on a busy 2-core machine.
test-e2e:
	node --test --test-concurrency=1 --test-timeout=900000 tests/e2e/

# Each fuzz target for FUZZ_SECONDS on the nightly toolchain; skipped, saying why, without it.
fuzz:
	tools/fuzz.sh

bench: install-test build webdriver-json
	node tools/bench.mjs

# The top 20 of the wasm by twiggy, its sections and dist/ by kind (README, Performance).
size-report: install-size
	node tools/size-report.mjs

webdriver-json:
	@mkdir -p target
	@sed 's#"/usr/bin/chromium"#"$(CHROMIUM)"#' webdriver.json > $(WASM_BINDGEN_TEST_WEBDRIVER_JSON)

install-build:
	tools/install.sh build

install-serve:
	tools/install.sh serve

install-test:
	tools/install.sh test

install-size:
	tools/install.sh size

clean:
	cargo clean
	rm -rf dist
