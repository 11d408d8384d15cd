#!/usr/bin/env bash
# Demo data, step 30: PAPI 2021 for the 63 provinces, imported into ranking-service from papi-2021-provinces.csv.
# The scores are SYNTHETIC (seeded) and placed so that what the sources say holds: Bình Thuận (60) 12/63 overall,
# 47/63 in public administrative procedures (D5) and 35/63 in environmental governance (D7) (domain §7.1).
# Idempotent: an import replaces the year.
source "$(dirname "$0")/../lib.sh"
API=${PARINDEX_RANKING_URL:-http://127.0.0.1:8082}/api/v1
ADMIN=$("$LOCAL_DIR/token" admin)
status=$(curl -sS --connect-timeout 10 --max-time 120 -o /tmp/parindex-papi.$$ -w '%{http_code}' -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' \
  --data-binary "@$(dirname "$0")/papi-2021-provinces.csv" --url-query "title=PAPI 2021: quản trị và hành chính công cấp tỉnh (dữ liệu minh họa)" \
  "$API/external-indices/PAPI/2021") || fail "no answer from ranking-service"
body=$(cat /tmp/parindex-papi.$$); rm -f /tmp/parindex-papi.$$
[ "$status" = 200 ] || fail "importing PAPI 2021 answered $status: $body"
say "  PAPI 2021: 63 provinces imported; table at $API/external-indices/PAPI/2021"
