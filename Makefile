# Repère: `make serve` and `make test` work on a fresh machine; each installs what is
# missing first (tools/install.sh skips what is already there).

SHELL := /bin/bash
CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
PORT ?= 8080

.PHONY: serve build test test-native test-wasm test-e2e bench size-report install-build install-test install-size clean

serve: build
	node tools/serve.mjs dist $(PORT)

build: install-build
	trunk build --release

test: install-test test-native test-wasm build test-e2e

test-native:
	cargo test --locked

test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test diary_browser

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

bench: install-test build
	node tools/bench.mjs

# The top 20 of the wasm by twiggy, its sections and dist/ by kind (README, Performance).
size-report: install-size
	node tools/size-report.mjs

install-build:
	tools/install.sh build

install-test:
	tools/install.sh test

install-size:
	tools/install.sh size

clean:
	cargo clean
	rm -rf dist
