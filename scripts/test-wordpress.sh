#!/usr/bin/env bash
# The WordPress plugin in a real WordPress: installs Debian's wordpress, mariadb-server and
# php-cli (apt, as root), builds the plugin zip, then runs scripts/wordpress/test.mjs (a
# multisite network, an Editor's page, Chromium) twice: on Debian's WordPress 6.1, where the
# plugin prints its module script through the `script_loader_tag` filter, and on WordPress
# 6.5, where it takes the script modules API (`wp_enqueue_script_module`), the path most sites
# run today. Where it cannot run (not root, no apt, the packages cannot be installed) it says
# SKIPPED and exits 0. Everything it starts is stopped on exit, failure or not; its files stay
# in .cache/wordpress-test/ for a look afterwards.
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

packages=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-mbstring php-xml mariadb-server unzip)
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

# WordPress 6.5 is not in Debian 12: it comes from the npm registry, in WordPress Playground's
# builds (the PHP in src/wordpress/wp-6.5.zip, the static files in public/wp-6.5), pinned by
# version and checked against this hash.
builds=@wp-playground/wordpress-builds@0.9.19
integrity=sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==
wp65=.cache/wordpress-6.5
if [ ! -f "$wp65/wp-includes/version.php" ]; then
  echo "› $builds (WordPress 6.5) from the npm registry"
  rm -rf .cache/wordpress-builds "$wp65" && mkdir -p .cache/wordpress-builds "$wp65"
  tgz=$(cd .cache/wordpress-builds && npm pack "$builds" --silent)
  got="sha512-$(node -e "process.stdout.write(require('crypto').createHash('sha512').update(require('fs').readFileSync(process.argv[1])).digest('base64'))" ".cache/wordpress-builds/$tgz")"
  if [ "$got" != "$integrity" ]; then
    echo "✗ $builds: unexpected content ($got)"
    exit 1
  fi
  tar -xzf ".cache/wordpress-builds/$tgz" -C .cache/wordpress-builds package/src/wordpress/wp-6.5.zip package/public/wp-6.5
  unzip -q .cache/wordpress-builds/package/src/wordpress/wp-6.5.zip -d "$wp65"
  cp -a .cache/wordpress-builds/package/public/wp-6.5/. "$wp65/"
  rm -rf .cache/wordpress-builds
fi
INNE_WP_SOURCE="$wp65" INNE_WP_SCRIPT_MODULES=1 node --test-reporter=spec scripts/wordpress/test.mjs || status=$?
echo "WordPress test: $(($(date +%s) - started)) s"
exit $status
