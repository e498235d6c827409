#!/usr/bin/env bash
# End-to-end tests in real editors (`npm run test:e2e`): the packaged extension in VS Code
# (code-server, driven in Debian's Chromium through playwright-core), in its Node extension host
# and then in its web worker extension host (as on vscode.dev), and the bundled language server in
# Neovim 0.7 as a second, independent LSP client; then the exported HTML report opened from disk
# in the same Chromium, and the writing page served by `klarsprak serve` (web-page, web-fixtures).
# See shared recipes/real-editor.md.
#
# Provisions what it needs, idempotently, into .e2e/ (gitignored): Debian packages when missing,
# Node 24 for code-server, code-server and playwright-core. It reaches only the npm registry and
# Debian's archive. Editors get a throwaway HOME, XDG_* and TMPDIR under .e2e/run/.
# Exits non-zero if provisioning or any test fails.
#
# Arguments, if any, name the tests to run (as in the summary, e.g. `npm run test:e2e --
# vscode-folder-report`); the others are skipped. Provisioning, build and packaging happen either way.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

# Under `npm run` the outer npm exports its own Node (v20) as NODE and in npm_config_user_agent;
# the nested npm installs below would inherit them, and code-server's postinstall reads the
# latter. Behave the same whether started by npm or by hand.
unset NODE INIT_CWD npm_command npm_config_user_agent npm_config_node_gyp npm_config_local_prefix \
  npm_execpath npm_node_execpath
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -E '^npm_(package|lifecycle)_' || true)

CACHE="$ROOT/.e2e"
RUN="$CACHE/run"

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
APT_PACKAGES=(chromium neovim libkrb5-dev build-essential python3 pkg-config curl)

VSCODE_TESTS=(vscode vscode-spelling vscode-config vscode-html vscode-report vscode-docx-report vscode-folder-report vscode-crash)
# The same package in VS Code's web worker extension host, as in vscode.dev: a code-server of its own.
VSCODE_WEB_TESTS=(vscode-web)
WEB_TESTS=(web-page web-fixtures)
ALL_TESTS=("${VSCODE_TESTS[@]}" "${VSCODE_WEB_TESTS[@]}" neovim report-html "${WEB_TESTS[@]}")
ONLY=" $* "
for name in "$@"; do
  [[ " ${ALL_TESTS[*]} " == *" $name "* ]] || { echo "unknown test \"$name\"; known: ${ALL_TESTS[*]}" >&2; exit 2; }
done
# Whether a test is to run: all of them without arguments, else the named ones.
wanted() { [[ "$ONLY" == "  " || "$ONLY" == *" $1 "* ]]; }

T0=$SECONDS
TIMINGS=()
step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
fail() { printf '\nE2E FAILED: %s\n' "$*" >&2; exit 1; }
# Records how long a phase took, for the summary at the end.
timed() { TIMINGS+=("$(printf '%-26s %4ds' "$1" "$(( SECONDS - $2 ))")"); }

npm_quiet=(--no-audit --no-fund --loglevel=error --no-save)
LOGS="$CACHE/logs"

# Runs a command with its output in $LOGS/NAME.log; on failure shows the log's tail and stops.
logged() {
  local name=$1; shift
  mkdir -p "$LOGS"
  if ! "$@" </dev/null >"$LOGS/$name.log" 2>&1; then
    tail -n 40 "$LOGS/$name.log" | sed 's/^/    | /'
    fail "$name (end of its log above; full log: ${LOGS#"$ROOT"/}/$name.log)"
  fi
}

# ---------------------------------------------------------------------------------------------
provision_apt() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if (( ${#missing[@]} == 0 )); then note "Debian packages: all present"; return; fi
  note "Debian packages missing: ${missing[*]}"
  local sudo=()
  if (( EUID != 0 )); then
    command -v sudo >/dev/null || fail "need root (or sudo) to apt-get install ${missing[*]}"
    sudo=(sudo -n)
  fi
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
  logged apt-get-update timeout 600 "${sudo[@]}" "${apt[@]}" update
  logged apt-get-install timeout 1200 "${sudo[@]}" "${apt[@]}" install -y "${missing[@]}"
  note "Debian packages: installed"
}

provision_node24() {
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) fail "no node-linux-* package for $(uname -m)" ;;
  esac
  N24="$CACHE/node24/node_modules/node-linux-$arch/bin"
  if [[ "$("$N24/node" --version 2>/dev/null || true)" == "v$NODE24_VERSION" ]]; then
    note "Node $NODE24_VERSION: cached"; return
  fi
  note "Node $NODE24_VERSION: installing node-linux-$arch from npm"
  mkdir -p "$CACHE/node24"
  logged npm-install-node24 timeout 600 npm install --prefix "$CACHE/node24" "${npm_quiet[@]}" "node-linux-$arch@$NODE24_VERSION"
  [[ "$("$N24/node" --version)" == "v$NODE24_VERSION" ]] || fail "Node 24 did not install where expected ($N24)"
}

provision_code_server() {
  CS="$CACHE/cs/node_modules/code-server/out/node/entry.js"
  local stamp="$CACHE/cs/.installed-$CODE_SERVER_VERSION"
  if [[ -f "$stamp" && -f "$CS" ]]; then note "code-server $CODE_SERVER_VERSION: cached"; return; fi
  note "code-server $CODE_SERVER_VERSION: installing under Node $NODE24_VERSION (native add-ons build; a few minutes)"
  rm -rf "$CACHE/cs"; mkdir -p "$CACHE/cs"
  # npm itself must run under Node 24 (code-server's postinstall checks it); node-gyp uses the
  # system Node headers instead of downloading them.
  logged npm-install-code-server env PATH="$N24:$PATH" npm_config_nodedir=/usr timeout 1500 \
    npm install --prefix "$CACHE/cs" "${npm_quiet[@]}" "code-server@$CODE_SERVER_VERSION"
  [[ -f "$CS" ]] || fail "code-server entry point missing: $CS"
  touch "$stamp"
}

provision_playwright() {
  local stamp="$CACHE/pw/.installed-$PLAYWRIGHT_VERSION"
  if [[ -f "$stamp" ]]; then note "playwright-core $PLAYWRIGHT_VERSION: cached"; return; fi
  note "playwright-core $PLAYWRIGHT_VERSION: installing (no browser download; Debian's Chromium is used)"
  rm -rf "$CACHE/pw"; mkdir -p "$CACHE/pw"
  logged npm-install-playwright env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout 600 \
    npm install --prefix "$CACHE/pw" "${npm_quiet[@]}" "playwright-core@$PLAYWRIGHT_VERSION"
  touch "$stamp"
}

# ---------------------------------------------------------------------------------------------
# Packages the extension as a user gets it. vsce would also sweep up .e2e/ (hundreds of MB), so
# it gets the project's own .vscodeignore, if any, plus the test-only folders.
package_vsix() {
  local ignore="$RUN/vscodeignore"
  { [[ -f .vscodeignore ]] && cat .vscodeignore; printf '\n.e2e/**\ntest-results/**\nnode_modules/**\n'; } > "$ignore"
  # Test-only leniency: without a repository field vsce can neither link the README's relative
  # links nor stay quiet about it; neither matters for what is tested here.
  local flags=(--no-dependencies --ignoreFile "$ignore" --allow-missing-repository --no-rewrite-relative-links)
  [[ -f LICENSE || -f LICENSE.md || -f LICENSE.txt ]] || flags+=(--skip-license)
  VSIX="$RUN/klarsprak.vsix"
  logged vsce-package timeout 300 node_modules/.bin/vsce package "${flags[@]}" -o "$VSIX"
  note "packaged ${VSIX#"$ROOT"/}: $(sed -n -E 's/.*Packaged: .*\((.*)\).*/\1/p' "$LOGS/vsce-package.log")"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

CS_PID=
stop_code_server() {
  [[ -n "$CS_PID" ]] || return 0
  kill -TERM -- -"$CS_PID" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 -- -"$CS_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- -"$CS_PID" 2>/dev/null || true
  CS_PID=
}
trap stop_code_server EXIT
trap 'exit 130' INT TERM HUP

# The last "N passed, N failed" line a test printed, as "N M".
counts_of() {
  sed -n -E 's/^([0-9]+) passed, ([0-9]+) failed.*$/\1 \2/p' "$1" | tail -n 1
}

# ---------------------------------------------------------------------------------------------
step "Provisioning into ${CACHE#"$ROOT"/}/"
t=$SECONDS
mkdir -p "$CACHE"
provision_apt
provision_node24
provision_code_server
provision_playwright
timed provisioning "$t"

step "Building and packaging the extension"
t=$SECONDS
rm -rf "$RUN"
mkdir -p "$RUN"/{home/.config,home/.cache,home/.local/share,home/.local/state,runtime,tmp} test-results
chmod 700 "$RUN/runtime"
timeout 600 npm run --silent build </dev/null || fail "npm run build"
package_vsix
timed "build + package" "$t"

EDITOR_ENV=(
  HOME="$RUN/home"
  XDG_CONFIG_HOME="$RUN/home/.config"
  XDG_CACHE_HOME="$RUN/home/.cache"
  XDG_DATA_HOME="$RUN/home/.local/share"
  XDG_STATE_HOME="$RUN/home/.local/state"
  XDG_RUNTIME_DIR="$RUN/runtime"
  TMPDIR="$RUN/tmp"
)

# --- VS Code ---------------------------------------------------------------------------------
# Installs the packaged extension (once) and starts code-server (PORT, CS_PID), when a VS Code test
# is to run. With "web", code-server gets a profile of its own whose remote.extensionKind runs
# Klarspråk in the browser's web worker extension host (its "browser" entry) instead of the Node
# extension host on the server (its "main" entry): what vscode.dev and github.dev do.
start_code_server() {
  local host=${1:-node} kind=''
  step "VS Code: starting code-server $CODE_SERVER_VERSION with the packaged extension ($host extension host)"
  t=$SECONDS
  USER_DATA="$RUN/vscode-user"
  [[ "$host" == node ]] || { USER_DATA="$RUN/vscode-$host-user"; kind='"remote.extensionKind": { "klarsprak.klarsprak": ["web"] },'; }
  EXTENSIONS="$RUN/vscode-extensions"
  mkdir -p "$USER_DATA/User" "$EXTENSIONS" "$RUN/workspace-vscode"
  cat > "$USER_DATA/User/settings.json" <<JSON
{
  $kind
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "files.autoSave": "off",
  "klarsprak.trace.server": "messages"
}
JSON
  # An empty gallery turns the marketplace off: no lookups of open-vsx.org on a closed network.
  cs=(env EXTENSIONS_GALLERY='{}' "$N24/node" "$CS" --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS")
  if ! ls "$EXTENSIONS" | grep -q '^klarsprak\.klarsprak-'; then
    logged code-server-install-extension env "${EDITOR_ENV[@]}" timeout 180 "${cs[@]}" --install-extension "$VSIX"
    ls "$EXTENSIONS" | grep -q '^klarsprak\.klarsprak-' || fail "extension not in $EXTENSIONS after --install-extension"
    note "installed $(ls "$EXTENSIONS" | grep '^klarsprak\.')"
  fi
  PORT=$(free_port)
  # setsid: code-server and everything it forks (extension host, our language server) share one
  # process group, which the EXIT trap stops as a whole.
  env "${EDITOR_ENV[@]}" setsid "${cs[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
    --disable-update-check --disable-workspace-trust --disable-getting-started-override "$RUN/workspace-vscode" \
    </dev/null > "$RUN/code-server-$host.log" 2>&1 &
  CS_PID=$!
  ready=
  for _ in $(seq 600); do   # at most 60 s
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; then ready=1; break; fi
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n "$ready" ]] || { cat "$RUN/code-server-$host.log"; fail "code-server did not answer on 127.0.0.1:$PORT within 60 s"; }
  note "code-server ready on 127.0.0.1:$PORT after $(( SECONDS - t ))s (log: ${RUN#"$ROOT"/}/code-server-$host.log)"
}

# Runs one VS Code scenario against the running code-server, in a folder of its own (opened with
# ?folder=); its output goes to $RUN/NAME.out and its exit code to NAME_rc (dashes as underscores).
run_vscode_test() {
  local name=$1 t=$SECONDS rc
  step "VS Code: running test-e2e/$name.test.mjs"
  mkdir -p "$RUN/workspace-$name"
  set +e
  env "${EDITOR_ENV[@]}" \
    KLARSPRAK_E2E_URL="http://127.0.0.1:$PORT/" \
    KLARSPRAK_E2E_WORKSPACE="$RUN/workspace-$name" \
    KLARSPRAK_E2E_USER_DATA="$USER_DATA" \
    KLARSPRAK_E2E_EXTENSIONS="$EXTENSIONS" \
    KLARSPRAK_E2E_CACHE="$CACHE" \
    timeout -k 10 300 node "test-e2e/$name.test.mjs" </dev/null 2>&1 | tee "$RUN/$name.out"
  rc=${PIPESTATUS[0]}
  set -e
  (( rc != 124 )) || echo "$name.test.mjs timed out after 300 s"
  printf -v "${name//-/_}_rc" '%s' "$rc"
  timed "$name test" "$t"
}
vscode_wanted=
for name in "${VSCODE_TESTS[@]}"; do wanted "$name" && vscode_wanted=1; done
[[ -z "$vscode_wanted" ]] || start_code_server node
for name in "${VSCODE_TESTS[@]}"; do wanted "$name" && run_vscode_test "$name"; done
stop_code_server

# the Node extension host's servers are gone with the first code-server: vscode-web checks there is none
vscode_wanted=
for name in "${VSCODE_WEB_TESTS[@]}"; do wanted "$name" && vscode_wanted=1; done
[[ -z "$vscode_wanted" ]] || start_code_server web
for name in "${VSCODE_WEB_TESTS[@]}"; do wanted "$name" && run_vscode_test "$name"; done
stop_code_server

# --- Neovim ----------------------------------------------------------------------------------
if wanted neovim; then
  step "Neovim $(nvim --version | head -n 1 | sed 's/^NVIM //'): running test-e2e/neovim.test.mjs"
  t=$SECONDS
  set +e
  env "${EDITOR_ENV[@]}" KLARSPRAK_E2E_SCRATCH="$RUN/neovim" \
    timeout -k 10 120 node test-e2e/neovim.test.mjs </dev/null 2>&1 | tee "$RUN/neovim.out"
  neovim_rc=${PIPESTATUS[0]}
  set -e
  (( neovim_rc != 124 )) || echo "neovim.test.mjs timed out after 120 s"
  timed "neovim test" "$t"
fi

# --- The exported report in Chromium ---------------------------------------------------------
if wanted report-html; then
  step "Chromium: running test-e2e/report-html.test.mjs (klarsprak report --format html, opened from disk)"
  t=$SECONDS
  set +e
  env "${EDITOR_ENV[@]}" KLARSPRAK_E2E_CACHE="$CACHE" KLARSPRAK_E2E_SCRATCH="$RUN/report-html" \
    timeout -k 10 120 node test-e2e/report-html.test.mjs </dev/null 2>&1 | tee "$RUN/report-html.out"
  report_html_rc=${PIPESTATUS[0]}
  set -e
  (( report_html_rc != 124 )) || echo "report-html.test.mjs timed out after 120 s"
  timed "report-html test" "$t"
fi

# --- The writing page in Chromium -----------------------------------------------------------
# klarsprak serve (started by each test on a free port) and the page driven through playwright-core.
for name in "${WEB_TESTS[@]}"; do
  wanted "$name" || continue
  step "Chromium: running test-e2e/$name.test.mjs (the writing page from klarsprak serve)"
  t=$SECONDS
  set +e
  env "${EDITOR_ENV[@]}" KLARSPRAK_E2E_CACHE="$CACHE" \
    timeout -k 10 300 node "test-e2e/$name.test.mjs" </dev/null 2>&1 | tee "$RUN/$name.out"
  rc=${PIPESTATUS[0]}
  set -e
  (( rc != 124 )) || echo "$name.test.mjs timed out after 300 s"
  printf -v "${name//-/_}_rc" '%s' "$rc"
  timed "$name test" "$t"
done

# --- Summary ---------------------------------------------------------------------------------
step "Summary"
passed=0 failed=0
for name in "${ALL_TESTS[@]}"; do
  wanted "$name" || { note "$(printf '%-21s skipped' "$name")"; continue; }
  rc_var="${name//-/_}_rc"
  read -r p f <<<"$(counts_of "$RUN/$name.out")" || true
  p=${p:-0} f=${f:-0}
  # A test that died before printing its counts, or exited non-zero with none failed, still fails.
  if (( ${!rc_var} != 0 && f == 0 )); then f=1; fi
  note "$(printf '%-21s exit %-3s %s passed, %s failed' "$name" "${!rc_var}" "$p" "$f")"
  passed=$(( passed + p )) failed=$(( failed + f ))
done
for line in "${TIMINGS[@]}"; do note "$line"; done
note "$(printf '%-26s %4ds' total "$(( SECONDS - T0 ))")"
echo "e2e: $passed passed, $failed failed"
# A test that exited non-zero counts at least one failure above.
(( failed == 0 ))
