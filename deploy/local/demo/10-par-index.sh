#!/usr/bin/env bash
# Demo data, step 10: three published PAR Index periods, taken through the real workflow over the API
# (self-assessment by each unit's own account, submission, appraisal, finalization, then the period published at once):
#   PAR-2019-PROVINCE  all 63 provinces on PAR-PROVINCE-2017 (par-2019-provinces.csv)
#   PAR-2020-PROVINCE  all 63 provinces on PAR-PROVINCE-2020 (par-2020-provinces.csv)
#   LAM-DONG-2022      Lâm Đồng's 12 districts on LAM-DONG-DISTRICT-2022 (lam-dong-2022-districts.csv)
# Idempotent: a period already published is left alone; an assessment part-way through is taken on from where it is.
source "$(dirname "$0")/../lib.sh"
DEMO_DIR=$LOCAL_DIR/demo
API=${PARINDEX_ASSESSMENT_URL:-http://127.0.0.1:8081}/api/v1
ADMIN=$("$LOCAL_DIR/token" admin)
APPRAISER=$("$LOCAL_DIR/token" appraiser)
# The demo runs the workflow now, so its deadlines lie ahead; the period's year is what dates it.
SELF_DEADLINE=$(date -u -d '+90 days' +%Y-%m-%dT17:00:00+07:00)
EXPLANATION_DEADLINE=$(date -u -d '+120 days' +%Y-%m-%dT17:00:00+07:00)

call() { # METHOD PATH TOKEN [IF_MATCH] [BODY]: prints the response headers and body; fails on a non-2xx answer
  local method=$1 path=$2 token=$3 version=${4:-} body=${5:-}
  local args=(-sS --connect-timeout 10 --max-time 120 -D - -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  [ -n "$version" ] && args+=(-H "If-Match: \"$version\"")
  [ -n "$body" ] && args+=(--data-binary "$body")
  local response status_line
  response=$(curl "${args[@]}" "$API$path") || fail "$method $path: no answer from assessment-service"
  status_line=${response%%$'\r'*}
  case "$status_line" in
    "HTTP/"*" 2"*) printf '%s' "$response" ;;
    *) fail "$method $path answered ${status_line#* }: ${response##*$'\n'}" ;;
  esac
}

# The assessment as the admin sees it, in two globals: STATUS and VERSION (from the ETag); VIEW holds the body.
read_state() { # PERIOD UNIT
  VIEW=$(call GET "/periods/$1/assessments/$2" "$ADMIN")
  local etag=${VIEW#*[Ee][Tt]ag: \"}
  VERSION=${etag%%\"*}
  local rest=${VIEW#*\"status\":\"}
  STATUS=${rest%%\"*}
}

open_period() { # CODE NAME METHODOLOGY YEAR LEVEL [PARENT_KEY]
  local parent=${6:+\"$6\"}
  call POST /periods "$ADMIN" "" "$(printf '{"code":"%s","name":"%s","methodologyCode":"%s","year":%s,"unitLevel":"%s","parentKey":%s,"selfAssessmentDeadline":"%s","explanationDeadline":"%s"}' \
    "$1" "$2" "$3" "$4" "$5" "${parent:-null}" "$SELF_DEADLINE" "$EXPLANATION_DEADLINE")" >/dev/null
}

# Takes one assessment from wherever it stands to FINAL. SELF_SHEET is the unit's score sheet; SURVEY_SHEET, if
# not empty, the survey results an admin enters.
finalize() { # PERIOD UNIT SELF_SHEET [SURVEY_SHEET]
  local period=$1 unit=$2 sheet=$3 survey=${4:-} unit_token path
  unit_token=$("$LOCAL_DIR/token" unit "$unit")
  path="/periods/$period/assessments/$unit"
  read_state "$period" "$unit"
  while [ "$STATUS" != FINAL ] && [ "$STATUS" != PUBLISHED ]; do
    case "$STATUS" in
      DRAFT)
        if [ -n "$survey" ] && [[ $VIEW != *'"SURVEY":'* ]]; then
          call PUT "$path/scores/survey" "$ADMIN" "$VERSION" "$survey" >/dev/null
        elif [[ $VIEW != *'"SELF":'* ]]; then
          call PUT "$path/scores/self" "$unit_token" "$VERSION" "$sheet" >/dev/null
        else
          call POST "$path/actions/submit" "$unit_token" "$VERSION" >/dev/null
        fi ;;
      SUBMITTED|EXPLAINED) call POST "$path/actions/appraise" "$APPRAISER" "$VERSION" >/dev/null ;;
      APPRAISED) call POST "$path/actions/finalize" "$APPRAISER" "$VERSION" >/dev/null ;;
      *) fail "assessment $period/$unit is $STATUS; the demo does not take it on from there" ;;
    esac
    read_state "$period" "$unit"
  done
}

# Publishes the period (all its results become official at once), unless it was published before.
publish_period() { # PERIOD
  local view etag
  view=$(call GET "/periods/$1" "$ADMIN")
  [[ $view == *'"publishedAt":"'* ]] && return 0
  etag=${view#*[Ee][Tt]ag: \"}
  call POST "/periods/$1/actions/publish" "$APPRAISER" "${etag%%\"*}" >/dev/null
}

# The methodologies require evidence for self-assessed criteria; the demo attaches none and says so in the note.
entry() { printf '{"points":%s,"note":"Dữ liệu minh họa: điểm theo kết quả công bố, không kèm tài liệu kiểm chứng"}' "$1"; }

# A provincial period of eight areas from its CSV (code and the eight areas' points per line), published at once.
provincial_period() { # PERIOD NAME METHODOLOGY YEAR CSV
  open_period "$1" "$2" "$3" "$4" PROVINCE
  local count=0 code a1 a2 a3 a4 a5 a6 a7 a8
  while IFS=, read -r code a1 a2 a3 a4 a5 a6 a7 a8; do
    case "$code" in ''|'#'*|code) continue ;; esac
    finalize "$1" "$code" "$(printf '{"criteria":{"1":%s,"2":%s,"3":%s,"4":%s,"5":%s,"6":%s,"7":%s,"8":%s}}' \
      "$(entry "$a1")" "$(entry "$a2")" "$(entry "$a3")" "$(entry "$a4")" "$(entry "$a5")" "$(entry "$a6")" "$(entry "$a7")" "$(entry "$a8")")"
    count=$((count + 1))
  done < "$DEMO_DIR/$5"
  publish_period "$1"
  say "$1: $count provinces published"
}

# 2019 first: the 2020 table compares with it (Bắc Giang 13/63, up 12)
provincial_period PAR-2019-PROVINCE "Chỉ số cải cách hành chính năm 2019 của các tỉnh, thành phố (dữ liệu minh họa)" PAR-PROVINCE-2017 2019 \
  par-2019-provinces.csv
provincial_period PAR-2020-PROVINCE "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố (dữ liệu minh họa)" PAR-PROVINCE-2020 2020 \
  par-2020-provinces.csv

open_period LAM-DONG-2022 "Chỉ số cải cách hành chính năm 2022 của các huyện, thành phố tỉnh Lâm Đồng (dữ liệu minh họa)" \
  LAM-DONG-DISTRICT-2022 2022 DISTRICT 68@2008-08-01
count=0
while IFS=, read -r code tc cd tthc tcc tcbm cv cqs hl b1 b2; do
  case "$code" in ''|'#'*|code) continue ;; esac
  finalize LAM-DONG-2022 "$code" \
    "$(printf '{"criteria":{"TC":%s,"CD":%s,"TTHC":%s,"TCC":%s,"TCBM":%s,"CV":%s,"CQS":%s},"adjustments":{"THUONG-TTHC":%s,"THUONG-TCC":%s}}' \
      "$(entry "$tc")" "$(entry "$cd")" "$(entry "$tthc")" "$(entry "$tcc")" "$(entry "$tcbm")" "$(entry "$cv")" "$(entry "$cqs")" "$b1" "$b2")" \
    "$(printf '{"criteria":{"HL":{"value":%s}}}' "$hl")"
  count=$((count + 1))
done < "$DEMO_DIR/lam-dong-2022-districts.csv"
publish_period LAM-DONG-2022
say "LAM-DONG-2022: $count districts published"
