#!/usr/bin/env bash
# Rebuilds geo/basemap/ from GSHHG (shores, lakes), WDBII (rivers) and DCW (modern borders),
# as shipped by Debian's gmt-gshhg-high and gmt-dcw packages. `npm run geo:build`.
# Nothing else in the project needs gmt: the generated GeoJSON is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v gmt >/dev/null 2>&1; then
  echo "gmt not found: install it with \`apt-get install gmt gmt-gshhg-high gmt-dcw\` (Debian), then run npm run geo:build again." >&2
  exit 1
fi

# The theatre: the Caspian and Bukhara in the west to Khovd, Jao Modo and Dolon Nor in the east,
# Lhasa in the south, the Baraba steppe in the north.
R=45/120/26/58
OUT=geo/basemap
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

# Water: a 0.02° mask of ocean + lakes (+ ponds) from the high-resolution shorelines, features
# of at least 30 km², traced as closed outlines. Tracing the mask avoids the bin cuts of `-W`.
gmt grdlandmask -R$R -I0.02 -Dh -A30/0/2 -N1/0/1/0/1 -G"$TMP/water.nc"
gmt grdcontour "$TMP/water.nc" -C+0.5 -D"$TMP/water-contours.txt"

# Rivers: WDBII levels 1 (permanent major), 2 (additional major), 3 (additional), 4 (minor),
# 5–6 (intermittent major, additional): all feed the tracing of the named rivers.
for level in 1 2 3 4 5 6; do
  gmt coast -R$R -Dh -I$level -M > "$TMP/rivers-$level.txt"
done

# Modern borders, for the optional reference layer.
gmt coast -R$R -Dh -M -EKZ,UZ,KG,TJ,TM,CN,MN,RU,AF,IN,NP,BT,IR,AZ,PK,GE,AM > "$TMP/borders.txt"

node geo/build/basemap-geojson.mjs "$TMP" "$TMP"
node geo/build/basemap-rivers.mjs "$TMP" "$TMP/rivers-raw.geojson"
node geo/build/basemap-borders.mjs "$TMP/borders.txt" "$TMP/countries.geojson"

# mapshaper lives in its own package (geo/build/tools): only this build needs it, and its SQLite
# binding would cost every `npm ci` of the atlas a native compile.
[ -x geo/build/tools/node_modules/.bin/mapshaper ] || npm ci --prefix geo/build/tools --no-audit --no-fund
MAPSHAPER="geo/build/tools/node_modules/.bin/mapshaper"
$MAPSHAPER -i "$TMP/water-raw.geojson" -filter 'name !== null || this.area > 5e8' \
  -simplify 12% keep-shapes -filter 'this.isNull === false' -o "$OUT/water.geojson" precision=0.001
$MAPSHAPER -i "$TMP/rivers-raw.geojson" -filter 'name !== null || (rank == 2 && this.length > 80000) || this.length > 200000' \
  -simplify 6% keep-shapes -filter 'this.isNull === false' -o "$OUT/rivers.geojson" precision=0.001
$MAPSHAPER -i "$TMP/countries.geojson" -simplify 3% keep-shapes -clip bbox=45,26,120,58 -innerlines \
  -each 'name="modern border"' -filter 'this.isNull === false' -o "$OUT/borders-modern.geojson" format=geojson \
  geojson-type=FeatureCollection precision=0.001

# Relief: elevation tiles, grid, range labels and the 1689 map, from marble-qt-data.
bash geo/build/relief/relief.sh

ls -l "$OUT"
