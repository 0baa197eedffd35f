#!/usr/bin/env bash
# Installs what building and testing Repère needs, skipping whatever is already there.
# Usage: tools/install.sh build   # Rust target, Trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt
#        tools/install.sh serve   # the above, plus nginx and its brotli_static module
#        tools/install.sh test    # the above, plus Chromium, ChromeDriver and npm test tools
#        tools/install.sh size    # the build tools, plus twiggy (make size-report)
#        tools/install.sh fuzz    # cargo-fuzz (the fuzz targets build on the nightly toolchain)
# Everything comes from the package registries (crates.io, npm, Debian), never a binary
# downloaded from elsewhere. CHROMIUM and CHROMEDRIVER name the browser and its driver
# (defaults /usr/bin/chromium and /usr/bin/chromedriver, Debian's, installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
WASM_SPLIT_VERSION=0.2.4
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
step() { printf '\n==> %s\n' "$*"; }

if [ "$want" = fuzz ]; then
  if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    step "cargo install cargo-fuzz $CARGO_FUZZ_VERSION (a few minutes on 2 cores, once)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  step "cargo install wasm-bindgen-cli $bindgen_version"
  # Not --locked: its lock file names a webpki-roots version this registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml ||
  { echo "Trunk.toml [tools] wasm_bindgen must be $bindgen_version (Cargo.lock)" >&2; exit 1; }

# wasm-split-cli splits the wasm by screen (tools/split-wasm.mjs); it has no --version.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli, about 13 minutes on a busy 2-core machine, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# npm packages: wasm-opt (binaryen) for the build; Playwright, axe and Lighthouse for tests.
# They never download a browser: Debian's Chromium is used.
if ! npm ls --depth=0 >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ]; then
  step "npm ci (binaryen, playwright-core, axe-core, lighthouse, jsqr, pngjs)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Debian packages: nginx (make serve, the e2e tests and make bench serve dist/ through it,
# deploy/nginx/), and for tests Chromium, its driver and poppler-utils.
packages=()
if [ "$want" = serve ] || [ "$want" = test ]; then
  [ -x /usr/sbin/nginx ] || packages+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || packages+=(libnginx-mod-http-brotli-static)
fi
if [ "$want" = test ]; then
  # pdfinfo and pdftotext read the printed cards back (tests/e2e/print.test.mjs).
  command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || packages+=(poppler-utils)
  for path in "$CHROMIUM" "$CHROMEDRIVER"; do
    [ -x "$path" ] && continue
    case $path in
      /usr/bin/chromium) packages+=(chromium) ;;
      /usr/bin/chromedriver) packages+=(chromium-driver) ;;
      *) echo "$path (set in CHROMIUM or CHROMEDRIVER) is not an executable" >&2; exit 1 ;;
    esac
  done
fi
if [ ${#packages[@]} -gt 0 ]; then
  step "apt-get install ${packages[*]}"
  # apt-get needs root: run it as is when root, through sudo otherwise.
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null ||
      { echo "installing ${packages[*]} needs root: run as root or install sudo (or set CHROMIUM and CHROMEDRIVER)" >&2; exit 1; }
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
  # Where an init system runs, the package starts Debian's own nginx (its default site, on
  # port 80, as root): stopped and kept off. Repère's runs as the user (tools/nginx.mjs).
  if [[ " ${packages[*]} " == *" nginx "* ]]; then
    if [ -d /run/systemd/system ]; then
      "${as_root[@]}" systemctl disable --now nginx
    elif [ -s /run/nginx.pid ]; then
      "${as_root[@]}" /usr/sbin/nginx -s stop
      "${as_root[@]}" update-rc.d nginx disable
    fi
  fi
fi

TWIGGY_VERSION=0.8.0
if [ "$want" = size ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  step "cargo install twiggy $TWIGGY_VERSION (about 3 minutes on 2 cores, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
