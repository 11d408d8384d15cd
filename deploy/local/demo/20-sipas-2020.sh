#!/usr/bin/env bash
# Demo data, step 20: the SIPAS 2020 wave in survey-service, 400 SYNTHETIC responses per province for all 63
# provinces (questionnaire SIPAS-2017), sent as NDJSON batches through the batch API and then closed, so that its
# results are final and public. The answers are generated so that each province's index lands on a chosen value:
#   Bắc Giang (24) 92.50 % (published 92.54 %, 3/63), Bắc Kạn (06) 88.50 % (published 88.54 %, 17/63, group B),
#   Bình Thuận (60) last (63/63, as published); the other 60 are synthetic, all different, in code order.
# Respondent r satisfies item i when (7r + i) mod 400 < k_i: every item gets exactly k_i satisfied answers, and a
# respondent pleased with one item is pleased with most (as real respondents are), which gives realistic errors;
# the factors get k+2, k−1, k, k+1, k−2, so the plain mean of the five factors is exactly k/400.
# Idempotent: response ids are stable ("SIPAS2020-<unit>-<r>"), so a second run is answered as duplicates.
source "$(dirname "$0")/../lib.sh"
API=${PARINDEX_SURVEY_URL:-http://127.0.0.1:8083}/api/v1
ADMIN=$("$LOCAL_DIR/token" admin)
SURVEYOR=$("$LOCAL_DIR/token" surveyor)
WAVE=SIPAS-2020
UNITS_CSV=$REPO_DIR/assessment-service/src/main/resources/reference/units.csv

request() { # METHOD PATH TOKEN CONTENT_TYPE [BODY_FILE] [IF_MATCH]
  local args=(-sS --connect-timeout 10 --max-time 120 -o /tmp/parindex-demo-body.$$ -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" -H "Content-Type: $4")
  [ -n "${5:-}" ] && args+=(--data-binary "@$5")
  [ -n "${6:-}" ] && args+=(-H "If-Match: \"$6\"")
  local status
  status=$(curl "${args[@]}" "$API$2") || fail "$1 $2: no answer from survey-service"
  BODY=$(cat /tmp/parindex-demo-body.$$)
  rm -f /tmp/parindex-demo-body.$$
  STATUS=$status
}

# The 63 provinces of 2020 with the satisfied count k (of 400) that places each.
provinces() {
  awk -F, '$3 == "PROVINCE" && $5 <= "2020-12-31" && ($6 == "" || $6 >= "2020-12-31") { print $1 "," $2 }' "$UNITS_CSV" | sort |
    awk -F, 'BEGIN { rank = 0 }
      $1 == "24" { print $0 ",370"; next }
      $1 == "06" { print $0 ",354"; next }
      $1 == "60" { print $0 ",308"; next }
      { rank++
        if (rank <= 2) k = 379 - 3 * rank
        else if (rank <= 15) k = 372 - rank
        else k = 353 - (rank - 16)
        print $0 "," k }'
}

mapfile -t PROVINCES < <(provinces)
[ ${#PROVINCES[@]} -eq 63 ] || fail "expected the 63 provinces of 2020 in $UNITS_CSV, found ${#PROVINCES[@]}"

request GET "/waves/$WAVE" "$ADMIN" application/json
if [ "$STATUS" = 404 ]; then
  units=$(printf '%s\n' "${PROVINCES[@]}" | awk -F, '{ printf "%s{\"code\":\"%s\",\"name\":\"%s\",\"target\":400}", (NR > 1 ? "," : ""), $1, $2 }')
  body=$(mktemp)
  printf '{"code":"%s","name":"SIPAS 2020: sự hài lòng của người dân, tổ chức (dữ liệu minh họa)","questionnaire":{"code":"SIPAS-2017"},"year":2020,"unitLevel":"PROVINCE","opensOn":"%s","closesOn":"%s","units":[%s]}' \
    "$WAVE" "$(date -u -d '-1 day' +%F)" "$(date -u -d '+30 days' +%F)" "$units" > "$body"
  request POST /waves "$ADMIN" application/json "$body"
  rm -f "$body"
  [ "$STATUS" = 201 ] || fail "creating $WAVE answered $STATUS: $BODY"
  request GET "/waves/$WAVE" "$ADMIN" application/json
fi
if [[ $BODY == *'"status":"CLOSED"'* ]]; then
  say "  $WAVE is closed already"
  exit 0
fi

batch=$(mktemp)
for province in "${PROVINCES[@]}"; do
  IFS=, read -r code name k <<< "$province"
  awk -v unit="$code" -v wave="$WAVE" -v k="$k" 'BEGIN {
    split("TC1 TC2 TC3 TC4 TT1 TT2 TT3 TT4 TT5 CC1 CC2 CC3 CC4 CC5 CC6 KQ1 KQ2 KQ3 GY1 GY2 GY3 GY4", items, " ")
    split("2 2 2 2 -1 -1 -1 -1 -1 0 0 0 0 0 0 1 1 1 -2 -2 -2 -2", offset, " ")
    split("18-29 30-39 40-49 50-59 60+", ages, " "); split("M F", sexes, " "); split("COUNTER COUNTER POST ONLINE", channels, " ")
    for (r = 0; r < 400; r++) {
      line = sprintf("{\"id\":\"SIPAS2020-%s-%d\",\"unit\":\"%s\",\"answers\":{", unit, r, unit)
      for (i = 1; i <= 22; i++) {
        satisfied = (7 * r + i - 1) % 400 < k + offset[i]
        answer = satisfied ? ((r + i) % 3 == 0 ? 5 : 4) : ((r + i) % 4 == 0 ? 1 : ((r + i) % 2 == 0 ? 2 : 3))
        line = line sprintf("%s\"%s\":%d", (i > 1 ? "," : ""), items[i], answer)
      }
      line = line sprintf("},\"profile\":{\"age\":\"%s\",\"sex\":\"%s\",\"channel\":\"%s\"}}", ages[r % 5 + 1], sexes[r % 2 + 1], channels[r % 4 + 1])
      print line
    }
  }' > "$batch"
  request POST "/waves/$WAVE/response-batches?report=problems" "$SURVEYOR" application/x-ndjson "$batch"
  [ "$STATUS" = 200 ] || fail "responses for $code answered $STATUS: $BODY"
  [[ $BODY == *'"rejected":0'* && $BODY == *'"conflicts":0'* ]] || fail "responses for $code: $BODY"
done
rm -f "$batch"

request GET "/waves/$WAVE" "$ADMIN" application/json
version=${BODY#*\"version\":}
version=${version%%,*}
request POST "/waves/$WAVE/close" "$ADMIN" application/json "" "$version"
[ "$STATUS" = 200 ] || fail "closing $WAVE answered $STATUS: $BODY"
say "  $WAVE: 63 provinces × 400 responses, closed; results at $API/waves/$WAVE/results"
