#!/usr/bin/env bash
# Whole-process benchmark of sfn-test on the scale workloads: generates the data, runs each workload several
# times (JVM start included) and prints median / min-max wall time, peak RSS and whether the suite passed.
#
#   bench/run.sh [-n RUNS] [-s SOURCE_DIR] [-w WORK_DIR] [WORKLOAD ...]
#
# SOURCE_DIR holds the workload folders and gen_all.sh (default: ../shared/bench next to the repo); they are
# copied to WORK_DIR (default: a fresh temp folder) and the data is generated there, never inside the repo.
# Timing uses /usr/bin/time (GNU time); one unmeasured warm-up run precedes each workload's measured runs.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
src="$repo/../shared/bench"
work=""
while getopts "n:s:w:h" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    s) src="$OPTARG" ;;
    w) work="$OPTARG" ;;
    *) sed -n '2,9p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is required" >&2; exit 2; }

# workload name | folder | suite file | expected "N passed, 0 failed" count
all=(
  "version|.|-|-"
  "suite-1000|suite-1000|test-suite.yaml|1000"
  "loop-8k|loop-8k|test-suite.yaml|1"
  "loop-throughput|loop-throughput|test-suite.yaml|50"
  "loop-100k (States.Runtime)|loop-100k|test-suite.yaml|1"
  "map-inline-10k|map-inline-10k|test-suite.yaml|1"
  "dmap-1k csv|dmap-1k|test-suite-csv.yaml|1"
  "dmap-1k json|dmap-1k|test-suite-json.yaml|1"
  "dmap-10k csv|dmap-10k|test-suite-csv.yaml|1"
  "dmap-10k json|dmap-10k|test-suite-json.yaml|1"
  "dmap-100k csv|dmap-100k|test-suite-csv.yaml|1"
  "dmap-100k json|dmap-100k|test-suite-json.yaml|1"
  "dmap-1m csv|dmap-1m|test-suite-csv.yaml|1"
  "dmap-1m json|dmap-1m|test-suite-json.yaml|1"
)

if [ -z "$work" ]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/sfn-test-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
if [ ! -f "$work/.generated" ]; then
  [ -d "$src" ] || { echo "bench: no workload folder at $src (use -s)" >&2; exit 2; }
  echo "bench: generating data in $work …" >&2
  cp -r "$src"/. "$work"/
  (cd "$work" && ./gen_all.sh >/dev/null)
  touch "$work/.generated"
fi

"$repo/sfn-test" --version >/dev/null   # builds the jar and the class-data archive if needed

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-28s %9s %15s %10s  %s\n' workload "median s" "min-max s" "peak MiB" result
for entry in "${all[@]}"; do
  IFS='|' read -r name dir suite expected <<<"$entry"
  if [ $# -gt 0 ]; then
    wanted=false
    for w in "$@"; do [[ "$name" == "$w"* ]] && wanted=true; done
    $wanted || continue
  fi
  cmd=("$repo/sfn-test" run --suite "$suite")
  [ "$suite" = "-" ] && cmd=("$repo/sfn-test" --version)
  times=(); rss=(); result=pass
  for i in $(seq 0 "$runs"); do
    out="$work/.out"; stats="$work/.time"
    set +e
    (cd "$work/$dir" && /usr/bin/time -f '%e %M' -o "$stats" "${cmd[@]}" >"$out" 2>&1)
    code=$?
    set -e
    if [ "$expected" != "-" ]; then
      if [ $code -ne 0 ] || ! grep -q "^$expected passed, 0 failed" "$out"; then result="FAIL (exit $code)"; fi
    elif [ $code -ne 0 ]; then
      result="FAIL (exit $code)"
    fi
    [ "$i" -eq 0 ] && continue   # warm-up
    read -r t m < <(tail -1 "$stats")
    times+=("$t"); rss+=("$m")
  done
  med="$(printf '%s\n' "${times[@]}" | median)"
  range="$(printf '%s\n' "${times[@]}" | sort -g | sed -n '1p;$p' | paste -sd- -)"
  peak="$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)"
  printf '%-28s %9.2f %15s %10d  %s\n' "$name" "$med" "$range" $((peak / 1024)) "$result"
done
