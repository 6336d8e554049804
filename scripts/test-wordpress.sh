#!/usr/bin/env bash
# The WordPress plugin in a real WordPress: installs Debian's wordpress, mariadb-server and
# php-cli (apt, as root), builds the plugin zip, then runs scripts/wordpress/test.mjs (a
# multisite network, an Editor's page, Chromium). Where it cannot run (not root, no apt, the
# packages cannot be installed) it says SKIPPED and exits 0. Everything it starts is stopped on
# exit, failure or not; its files stay in .cache/wordpress-test/ for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

skip() {
  echo "SKIPPED: WordPress plugin test: $*"
  exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root to install Debian's wordpress, mariadb-server and php-cli with apt"
command -v apt-get > /dev/null || skip "needs apt-get (Debian or Ubuntu)"

work=.cache/wordpress-test
policy=/usr/sbin/policy-rc.d
made_policy=
cleanup() {
  # Processes started by test.mjs, in case it died without stopping them.
  for pidfile in "$work"/mariadb.pid "$work"/php-server.pid; do
    [ -f "$pidfile" ] && kill -- "-$(cat "$pidfile")" 2> /dev/null || true
  done
  [ -n "$made_policy" ] && rm -f "$policy"
  return 0
}
trap cleanup EXIT
rm -f "$work"/mariadb.pid "$work"/php-server.pid # left by an earlier run: not ours to stop

packages=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-mbstring php-xml mariadb-server)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "› apt-get install ${missing[*]}"
  mkdir -p .cache
  # Install the servers without starting them: this test starts its own, on its own socket.
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && made_policy=1
  fi
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"; } > .cache/wordpress-apt.log 2>&1; then
    tail -n 5 .cache/wordpress-apt.log
    skip "apt-get could not install ${missing[*]} (log: .cache/wordpress-apt.log)"
  fi
  [ -n "$made_policy" ] && rm -f "$policy" && made_policy=
  echo "  installed in $(($(date +%s) - started)) s"
fi

if [ ! -f packages/components/dist/cdn/inne.js ] && [ -z "${INNE_CDN_DIR:-}" ]; then
  echo "› packages/components/dist/cdn/inne.js missing: building"
  node -e "import('./scripts/lib/pnpm.mjs').then(({ ensurePnpm, run }) => process.exit(run(ensurePnpm(), ['build']) ? 0 : 1))"
fi
node scripts/wordpress-zip.mjs

status=0
node --test-reporter=spec scripts/wordpress/test.mjs || status=$?
echo "WordPress test: $(($(date +%s) - started)) s"
exit $status
