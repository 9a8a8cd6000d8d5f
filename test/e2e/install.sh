#!/usr/bin/env bash
# Installs what the real-editor tests need, from Debian's packages and the npm registry only:
#   nvim         Debian `neovim` (0.7: built-in LSP client)
#   emacs        Debian `emacs-nox` + `elpa-eglot`
#   chromium     Debian `chromium` (driven by playwright-core)
#   code-server  code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) from npm,
#                installed under $PROMPTGOV_E2E_CACHE (default ~/.cache/promptgov-e2e)/code-server
# Usage: test/e2e/install.sh [nvim] [emacs] [chromium] [code-server]      (no argument: all of them)
# Idempotent: a component already present costs one `dpkg -s` or one file test.
# On failure it exits non-zero and says what could not be installed; the tests then fail with that message.
set -euo pipefail

CACHE=${PROMPTGOV_E2E_CACHE:-$HOME/.cache/promptgov-e2e}
CS_VERSION=4.100.3
# @vscode/ripgrep version pinned by code-server 4.100.3 and the ripgrep build it wants.
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

components=("$@")
((${#components[@]})) || components=(nvim emacs chromium code-server)

declare -A seen=()
apt_wanted=()
want_apt() { for p in "$@"; do [[ -n ${seen[$p]:-} ]] || { seen[$p]=1; apt_wanted+=("$p"); }; done; }
for c in "${components[@]}"; do
  case $c in
    nvim) want_apt neovim ;;
    emacs) want_apt emacs-nox elpa-eglot ;;
    chromium) want_apt chromium ;;
    # node-gyp toolchain (node-pty, kerberos), kerberos headers, Debian's rg for @vscode/ripgrep
    code-server) want_apt build-essential python3 pkg-config libkrb5-dev ripgrep ;;
    *) echo "install.sh: unknown component '$c' (expected nvim, emacs, chromium, code-server)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${apt_wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install.sh: installing Debian packages: ${missing[*]}" >&2
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      echo "install.sh: cannot install ${missing[*]}: not root and no password-less sudo." >&2
      echo "install.sh: install them with: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! "${SUDO[@]}" apt-get update -qq >&2 || ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
    echo "install.sh: apt-get could not install: ${missing[*]}" >&2
    exit 1
  fi
fi

for c in "${components[@]}"; do
  [[ $c == code-server ]] || continue
  DEST=$CACHE/code-server
  BIN=$DEST/node_modules/.bin/code-server
  if [[ -x $BIN && -f $DEST/.installed-$CS_VERSION ]]; then continue; fi
  echo "install.sh: installing code-server $CS_VERSION into $DEST (about a minute)" >&2
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this cache file: seed it with Debian's rg.
  export TMPDIR=$CACHE/tmp
  RG_CACHE=$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION
  mkdir -p "$RG_CACHE" "$TMPDIR/rgpkg"
  cp "$(command -v rg)" "$TMPDIR/rgpkg/rg"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$TMPDIR/rgpkg" rg
  STAGE=$CACHE/code-server.partial
  rm -rf "$STAGE"; mkdir -p "$STAGE"
  echo '{"name":"promptgov-e2e-code-server","private":true}' >"$STAGE/package.json"
  # unsafe_perm: code-server's postinstall refuses to run as root without it.
  # yes: node-pty's postinstall runs `npx node-gyp`, which would otherwise wait for a confirmation.
  if ! (cd "$STAGE" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false \
        npm install --no-save --foreground-scripts --loglevel=error "code-server@$CS_VERSION" >&2); then
    echo "install.sh: npm could not install code-server@$CS_VERSION (see the output above)" >&2
    exit 1
  fi
  # code-server writes a config file on its first start unless told where: keep it in the cache.
  if ! XDG_CONFIG_HOME=$TMPDIR/xdg XDG_DATA_HOME=$TMPDIR/xdg "$STAGE/node_modules/.bin/code-server" --version >&2; then
    echo "install.sh: code-server@$CS_VERSION installed but does not start" >&2
    exit 1
  fi
  rm -rf "$DEST"; mv "$STAGE" "$DEST"
  # npm's .bin links are relative, so the move keeps them working.
  touch "$DEST/.installed-$CS_VERSION"
done
echo "install.sh: ready: ${components[*]}" >&2
