# shellcheck shell=bash
# Set-up shared by scripts/serve, scripts/build and scripts/test (sourced, not run).
#
# Every `ensure_*` function checks first and installs only what is missing or at the wrong
# version, so a second run of any script gets through the set-up in seconds. Written for a
# Debian or Ubuntu machine with rustup; it runs apt-get (through sudo when not root).

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E_DIR="$ROOT/tests/e2e"

# Trunk is pinned so every machine builds the site the same way.
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen library exactly; Cargo.toml pins it with `=`.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$ROOT/Cargo.toml")
# The wasm-opt that Trunk.toml asks for (e.g. `version_132`); release builds use it.
WASM_OPT_VERSION=$(sed -n 's/^wasm_opt = "\(version_[0-9]*\)".*$/\1/p' "$ROOT/Trunk.toml")

# Headless Chromium and its driver for the browser tests (override with CHROMIUM and
# CHROMEDRIVER). Debian packages Chromium as `chromium`; Ubuntu as `chromium-browser`, a
# wrapper around the snap.
if grep -qx 'ID=ubuntu' /etc/os-release 2>/dev/null; then
  CHROMIUM=${CHROMIUM:-/usr/bin/chromium-browser}
  BROWSER_PACKAGES=(chromium-browser chromium-chromedriver)
else
  CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
  BROWSER_PACKAGES=(chromium chromium-driver)
fi
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export CHROMIUM CHROMEDRIVER

# Debian packages that compiling Rust crates needs (C build scripts; TLS for the tools that
# cargo installs).
BUILD_PACKAGES=(build-essential pkg-config libssl-dev ca-certificates)

# Trunk otherwise asks crates.io for a newer Trunk on every run.
export TRUNK_SKIP_VERSION_CHECK=true

# Prints a step heading.
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# Stops with a message on stderr.
die() {
  printf '\n\033[1;31merror:\033[0m %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root or sudo to run: $*"
  fi
}

[ -n "$WASM_BINDGEN_VERSION" ] ||
  die "cannot read the wasm-bindgen pin (wasm-bindgen = \"=x.y.z\") from Cargo.toml"
[ -n "$WASM_OPT_VERSION" ] || die "cannot read [tools] wasm_opt = \"version_N\" from Trunk.toml"

# A fresh rustup puts cargo in ~/.cargo/bin without necessarily adding it to PATH.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$CARGO_BIN:"*) ;;
  *) export PATH="$CARGO_BIN:$PATH" ;;
esac
command -v cargo >/dev/null && command -v rustup >/dev/null ||
  die "cargo/rustup not found: install Rust with rustup first (https://rustup.rs)"

# Installs the given Debian packages that are not installed yet, in one apt-get run.
ensure_system_packages() {
  local missing=() pkg
  if ! command -v dpkg-query >/dev/null; then
    printf 'note: not a Debian/Ubuntu system; make sure these are installed: %s\n' "$*"
    return
  fi
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  step "apt-get install ${missing[*]}"
  as_root apt-get update -q || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    die "apt-get install ${missing[*]} failed"
}

# Prints the packages that give Chromium and its driver, unless both are there.
browser_packages() {
  [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] || echo "${BROWSER_PACKAGES[@]}"
}

# Prints the Debian packages that give node and npm, unless both exist.
node_packages() {
  command -v node >/dev/null || echo nodejs
  command -v npm >/dev/null || echo npm
}

# Installs `crate` at `version` with cargo unless `binary --version` already says `expected`.
# Extra arguments go to `cargo install`.
ensure_cargo_tool() {
  local binary=$1 crate=$2 version=$3 expected=$4 found
  shift 4
  found=$("$binary" --version 2>/dev/null || true)
  [ "$found" = "$expected" ] && return
  step "cargo install $crate $version (found: ${found:-none}; takes several minutes)"
  cargo install --force "$@" "$crate" --version "$version" ||
    die "cargo install $crate $version failed"
  found=$("$binary" --version 2>/dev/null || true)
  [ "$found" = "$expected" ] ||
    die "$binary on PATH ($(command -v "$binary")) says '$found', not '$expected':" \
      "put $CARGO_BIN first in PATH"
}

# Everything `trunk serve` and `cargo test` need: compilers, the wasm32 target, Trunk and
# the wasm-bindgen CLI (which also provides wasm-bindgen-test-runner).
ensure_rust_tools() {
  ensure_system_packages "${BUILD_PACKAGES[@]}"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown ||
      die "rustup could not add the wasm32-unknown-unknown target"
  fi
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" "trunk $TRUNK_VERSION" --locked
  # Installed the way wasm-bindgen's own guide shows (without --locked).
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION" \
    "wasm-bindgen $WASM_BINDGEN_VERSION"
}

# node/npm and the packages in tests/e2e: playwright-core for the end-to-end tests and
# binaryen, whose wasm-opt the release build runs (put on PATH here).
ensure_node_packages() {
  local stamp="$E2E_DIR/node_modules/.installed-package-lock.json" major
  command -v node >/dev/null && command -v npm >/dev/null ||
    die "node and npm are needed (apt-get install nodejs npm)"
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 18 ] ||
    die "node $(node --version) is too old: the end-to-end tests need Node.js 18 or newer"
  if ! cmp -s "$E2E_DIR/package-lock.json" "$stamp"; then
    step "npm ci (tests/e2e)"
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund) || die "npm ci in tests/e2e failed"
    cp "$E2E_DIR/package-lock.json" "$stamp"
  fi
  export PATH="$E2E_DIR/node_modules/.bin:$PATH"
  wasm-opt --version 2>/dev/null | grep -q "($WASM_OPT_VERSION)" ||
    die "wasm-opt in tests/e2e/node_modules is not $WASM_OPT_VERSION, which Trunk.toml asks for:" \
      "keep binaryen in tests/e2e/package.json in step"
}

# The nightly toolchain that builds the shipped wasm (see build_release) and the fuzzer
# (scripts/fuzz). Pinned so that every machine ships the same bundle and fuzzes with the
# same compiler; rustup installs it when it is missing.
NIGHTLY_TOOLCHAIN=nightly-2026-05-20

# The pinned nightly with the standard library's source and the wasm32 target (what the
# release build needs; the fuzzer needs only the toolchain). Returns non-zero (with a
# note) when rustup cannot install them.
ensure_pinned_nightly() {
  rustup run "$NIGHTLY_TOOLCHAIN" rustc --version >/dev/null 2>&1 &&
    rustup component list --installed --toolchain "$NIGHTLY_TOOLCHAIN" | grep -q '^rust-src' &&
    rustup target list --installed --toolchain "$NIGHTLY_TOOLCHAIN" | grep -qx wasm32-unknown-unknown &&
    return
  step "rustup toolchain install $NIGHTLY_TOOLCHAIN with rust-src and wasm32 (for the release build)"
  rustup toolchain install "$NIGHTLY_TOOLCHAIN" --profile minimal \
    --component rust-src --target wasm32-unknown-unknown ||
    { echo "note: rustup could not install $NIGHTLY_TOOLCHAIN"; return 1; }
}

# Builds the optimised site into dist/ (wasm-opt from ensure_node_packages).
#
# The shipped wasm is built with a pinned nightly that recompiles the standard library for
# size (`build-std` with `optimize_for_size`), leaves out panic locations and the fields
# in derived `Debug` output (`-Zlocation-detail=none -Zfmt-debug=shallow`) and panics by
# stopping at once, without messages (`-Cpanic=immediate-abort`): 40 kB gzipped less than
# stable (README, performance). The page still shows an alert when the wasm stops
# (src/ui/panic.rs). Without reference types (`-reference-types`) wasm-bindgen keeps the
# page's JS objects in a JS array rather than a wasm table: 1.3 kB less gzipped (wasm and
# JS together), and the wasm runs in older browsers too. Without that nightly the build
# falls back to stable and says so.
build_release() {
  if ensure_pinned_nightly; then
    step "trunk build --release ($NIGHTLY_TOOLCHAIN, standard library built for size)"
    (cd "$ROOT" && RUSTUP_TOOLCHAIN="$NIGHTLY_TOOLCHAIN" \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=shallow -Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=-reference-types" \
      trunk build --release) || die "trunk build --release failed"
  else
    step "trunk build --release (stable: the bundle is about 40 kB larger gzipped)"
    (cd "$ROOT" && trunk build --release) || die "trunk build --release failed"
  fi
}
