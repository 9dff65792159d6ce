#!/usr/bin/env bash
# `npm run geo:relief`: elevation tiles, the frame's elevation grid, range labels and the 1689 map,
# from Debian's marble-qt-data (KDE Marble's data; fetched with apt-get download, not installed).
# Set MARBLE_DIR to an unpacked usr/share/marble/data/maps/earth to skip the download.
set -euo pipefail
cd "$(dirname "$0")/../../.."
VERSION=4:22.12.3-1
if [ -z "${MARBLE_DIR:-}" ]; then
  TMP=$(mktemp -d)
  trap 'rm -rf "$TMP"' EXIT
  (cd "$TMP" && apt-get download "marble-qt-data=$VERSION") || {
    echo "could not download marble-qt-data $VERSION (Debian 12): run apt-get update, or set MARBLE_DIR." >&2
    exit 1
  }
  dpkg -x "$TMP"/marble-qt-data_*.deb "$TMP/x"
  MARBLE_DIR="$TMP/x/usr/share/marble/data/maps/earth"
fi
npx --no-install tsx geo/build/relief/build.ts "$MARBLE_DIR"
