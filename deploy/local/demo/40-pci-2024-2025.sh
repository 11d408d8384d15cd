#!/usr/bin/env bash
# Demo data, step 40: PCI 2024 (63 provinces) and PCI 2025 (the 34 provincial units formed on 2025-07-01), imported
# into ranking-service from pci-2024-provinces.csv and pci-2025-provinces.csv. SYNTHETIC (seeded), and titled so.
# What they show: the 2025 table read against 2024 across the merger, Bắc Ninh (24) merged from Bắc Giang and Bắc
# Ninh with both predecessors' ranks, Huế (46) renamed from Thừa Thiên Huế, Hà Nội (01) the same unit.
# Idempotent: an import replaces the year.
source "$(dirname "$0")/../lib.sh"
API=${PARINDEX_RANKING_URL:-http://127.0.0.1:8082}/api/v1
ADMIN=$("$LOCAL_DIR/token" admin)

import_pci() { # YEAR CSV
  local out=/tmp/parindex-pci.$$ status name
  name=$(printf 'PCI %s: năng lực cạnh tranh cấp tỉnh (dữ liệu minh họa)' "$1")
  # the files open with comment lines; the import reads the header and the rows
  status=$(grep -v '^#' "$(dirname "$0")/$2" | curl -sS --connect-timeout 10 --max-time 120 -o "$out" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' --data-binary @- --url-query "title=$name" \
    "$API/external-indices/PCI/$1") || fail "no answer from ranking-service"
  local body; body=$(cat "$out"); rm -f "$out"
  [ "$status" = 200 ] || fail "importing PCI $1 answered $status: $body"
  say "  PCI $1: imported; table at $API/external-indices/PCI/$1"
}

import_pci 2024 pci-2024-provinces.csv
import_pci 2025 pci-2025-provinces.csv
