# The project's commands. `make serve` builds and serves the app; `make test` runs every test
# layer; `make dist PUBLIC_URL=/explorer/` builds for static hosting under a sub-path.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# The project's own wasm-opt (npm binaryen) comes first; trunk uses the first one on PATH.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export TRUNK_OFFLINE := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
PUBLIC_URL ?= /

.PHONY: tools serve dist test lint test-host test-wasm test-e2e bench size-profile

tools:
	scripts/tools.sh

serve: tools
	trunk serve --release --offline

dist: tools
	trunk build --release --public-url $(PUBLIC_URL) --offline

lint: tools
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	if [ -x ../shared/tools/check-quotes ]; then ../shared/tools/check-quotes; fi

test-host: tools
	cargo test
	cargo run --quiet --bin check-dataset -- public/data/korea-ukraine-war.json public/data/examples/*.json
	node scripts/world.mjs --check

test-wasm: tools
	cargo test --target wasm32-unknown-unknown

test-e2e: tools
	trunk build --release --public-url / --dist target/e2e/root --offline
	trunk build --release --public-url /explorer/ --dist target/e2e/explorer --offline
	node scripts/size-budget.mjs target/e2e/root
	node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/

test: lint test-host test-wasm test-e2e

bench: tools
	cargo bench --bench layout
	trunk build --release --public-url / --dist target/bench/dist --offline
	node benches/browser/run.mjs target/bench/dist
	node benches/browser/world.mjs target/bench/dist

# Where the wasm's bytes go: a build that keeps function names, then twiggy (installed, pinned,
# on first use) over it. Built whole (without the `split` feature), so it shows every view's code.
size-profile: tools
	if [ "$$(twiggy --version 2>/dev/null)" != "twiggy 0.7.0" ]; then cargo install twiggy --version 0.7.0 --locked; fi
	sed 's/data-cargo-features="split" //; s/data-wasm-opt="0"/data-wasm-opt="0" data-keep-debug/' index.html > target/index.profile.html
	cp target/index.profile.html index.profile.html && trunk build --release --dist target/profile index.profile.html --offline; rm -f index.profile.html
	twiggy top -n 40 target/profile/*.wasm
