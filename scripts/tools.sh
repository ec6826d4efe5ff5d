#!/usr/bin/env bash
# Installs every tool the build and the tests need, pinned, from the package registries only
# (Debian, crates.io, npm). Each step is skipped when the right version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm splitter (scripts/split.mjs). 0.2.4 knows wasm-bindgen >= 0.2.128's
# `__wbindgen_describe_generic_import`; 0.2.2 does not (wasm-bindgen then panics in descriptor.rs).
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "Installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# A Korean font, so that screenshots of the Korean interface show Hangul (the tests do not
# depend on glyphs; a reader's system has its own fonts).
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then
  say "Installing Debian's fonts-nanum (a Korean font for screenshots)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-nanum
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy rust-src; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done
# The release builds compile the standard library from rust-src (the Makefile's STD_FROM_SOURCE);
# trunk builds offline, so the crates std depends on are fetched first, as its own Cargo.lock pins
# them (a no-op once they are in cargo's cache).
RUSTC_BOOTSTRAP=1 cargo fetch --quiet \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -f "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" ] || ! grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" || ! command -v wasm-split-cli >/dev/null; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm tools (binaryen's wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi
