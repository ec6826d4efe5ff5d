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
# The app's release builds compile the standard library with the app (rust-src, installed by
# scripts/tools.sh), for size: a panic is an immediate trap (no message formatting), std's
# size-optimised algorithms, no panic locations. About 32 KB gzip less (see the README's "First
# load"). These are unstable flags of the stable toolchain, opened with RUSTC_BOOTSTRAP; host and
# wasm tests build without them. `make dist STD_FROM_SOURCE=` builds with the shipped std.
STD_FROM_SOURCE ?= RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
TRUNK_RELEASE = $(STD_FROM_SOURCE) trunk build --release

.PHONY: tools serve dist test lint test-host test-wasm test-e2e bench size-profile

tools:
	scripts/tools.sh

serve: tools
	$(STD_FROM_SOURCE) trunk serve --release --offline

dist: tools
	$(TRUNK_RELEASE) --public-url $(PUBLIC_URL) --offline

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
	$(TRUNK_RELEASE) --public-url / --dist target/e2e/root --offline
	$(TRUNK_RELEASE) --public-url /explorer/ --dist target/e2e/explorer --offline
	node scripts/size-budget.mjs target/e2e/root
	node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/

test: lint test-host test-wasm test-e2e

bench: tools
	cargo bench --bench layout
	$(TRUNK_RELEASE) --public-url / --dist target/bench/dist --offline
	node benches/browser/run.mjs target/bench/dist
	node benches/browser/world.mjs target/bench/dist

# Where the wasm's bytes go: a build that keeps function names, then twiggy (installed, pinned,
# on first use) over it. Built whole (without the `split` feature), so it shows every view's code.
size-profile: tools
	if [ "$$(twiggy --version 2>/dev/null)" != "twiggy 0.7.0" ]; then cargo install twiggy --version 0.7.0 --locked; fi
	sed 's/data-cargo-features="split" //; s/data-wasm-opt="0"/data-wasm-opt="0" data-keep-debug/' index.html > target/index.profile.html
	cp target/index.profile.html index.profile.html && $(TRUNK_RELEASE) --dist target/profile index.profile.html --offline; rm -f index.profile.html
	twiggy top -n 40 target/profile/*.wasm
