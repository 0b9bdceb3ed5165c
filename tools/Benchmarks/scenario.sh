#!/usr/bin/env bash
# Scenario benchmark (issue 16: 10,000 Monte Carlo runs of a scenario to 2060 for the city and its nine banners in under 2 s on
# the project's 2-core machine, whole process, published program; measured beside the equivalent numpy script in the same run).
#
# Measures, RUNS times each and interleaved round by round (drift on a shared machine falls on both alike), wall time of the
# whole process:
#   ghg scenario run SCENARIO --iterations N --seed 1 --format json --db DEMO     the published single file
#   /usr/bin/python3 tools/Benchmarks/scenario_numpy.py BASE.json SCENARIO --iterations N --seed 1
#   the same ghg command on a fresh copy of DEMO without its kept scenario bases (table scenario_bases): the base is built from
#   the stored run in the measured time, as on the first scenario run after a compile ("cold"); the copy is made before the clock starts
# where DEMO is a database `ghg demo` made and BASE.json is `ghg scenario base SCENARIO --db DEMO --out BASE.json` (the same base
# the program projects). Each command runs once unmeasured first (so the first ghg command reads its base back, kept by that run,
# as every later run on the same inventory run and targets does: docs/scenarios.md §3, "The base, kept"). Prints the median and
# range of wall time, runs per second (N / median) and the ratio numpy / ghg. Temporary files live in one mktemp directory, removed on exit.
#
# usage: tools/Benchmarks/scenario.sh [--runs R] [--iterations N] [--ghg PATH] [--scenario TOML] [--numpy-only BASE.json]
#   --runs R          runs of each command, median reported (default 11, or $RUNS)
#   --iterations N    Monte Carlo runs per command (default 10000)
#   --ghg PATH        the published linux-x64 program (default: tools/publish.sh linux-x64 is run, then
#                     artifacts/publish/linux-x64/ghg is measured)
#   --scenario TOML   the scenario file (default samples/ordos/plan.toml)
#   --numpy-only B    time only scenario_numpy.py on the base JSON B (no ghg, no database): for a base written by hand,
#                     e.g. tools/Benchmarks/scenario_two_parts_base.json
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

runs=${RUNS:-11}
iterations=10000
ghg=""
scenario=samples/ordos/plan.toml
numpy_only=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=${2:?--runs needs a value}; shift 2 ;;
        --iterations) iterations=${2:?--iterations needs a value}; shift 2 ;;
        --ghg) ghg=${2:?--ghg needs a value}; shift 2 ;;
        --scenario) scenario=${2:?--scenario needs a value}; shift 2 ;;
        --numpy-only) numpy_only=${2:?--numpy-only needs a base JSON}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "scenario.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "scenario.sh: --runs must be a positive integer, not '$runs'" >&2; exit 2; }
[[ $iterations =~ ^[1-9][0-9]*$ ]] || { echo "scenario.sh: --iterations must be a positive integer, not '$iterations'" >&2; exit 2; }
scenario=$(realpath -- "$scenario")
[[ -z $ghg ]] || ghg=$(realpath -- "$ghg")
[[ -z $numpy_only ]] || numpy_only=$(realpath -- "$numpy_only")

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
cd -- "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d "${TMPDIR:-/tmp}/ghg-scenario.XXXXXX")
cleanup() { rm -rf -- "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { printf '%s\n' "$*" >&2; }
fail() { say "scenario.sh: $*"; exit 1; }

python=/usr/bin/python3
$python -c 'import numpy, tomllib' 2>/dev/null || fail "$python with numpy is needed (Debian: apt-get install -y python3-numpy)"
numpy_script=$repo/tools/Benchmarks/scenario_numpy.py

# --- programs and inputs ---------------------------------------------------------------------------
if [[ -z $numpy_only ]]; then
    if [[ -z $ghg ]]; then
        say "publishing linux-x64 (tools/publish.sh linux-x64)"
        tools/publish.sh linux-x64 >"$work/publish.log" 2>&1 || { tail -n 40 "$work/publish.log" >&2; fail "tools/publish.sh linux-x64 failed"; }
        ghg=$repo/artifacts/publish/linux-x64/ghg
    fi
    [[ -x $ghg ]] || fail "no program at $ghg"
    export HOME=$work/home # a single file extracts SQLite's library under HOME
    mkdir -p -- "$HOME"
    db=$work/demo.db
    say "building the demo database with $ghg demo"
    "$ghg" demo --db "$db" >"$work/demo.log" 2>&1 || { tail -n 30 "$work/demo.log" >&2; fail "ghg demo failed"; }
    # The cold copy: the demo database without the bases `ghg demo` kept (python3's own sqlite3 module; no sqlite3 program needed).
    cp -- "$db" "$work/cold.db"
    $python -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("DELETE FROM scenario_bases"); c.commit(); c.close()' "$work/cold.db"
    base=$work/base.json
    "$ghg" scenario base "$scenario" --db "$db" --out "$base" >"$work/base.log" 2>&1 ||
        { tail -n 30 "$work/base.log" >&2; fail "ghg scenario base failed"; }
else
    base=$numpy_only
fi
[[ -s $base ]] || fail "no base JSON at $base"

q() { printf '%q ' "$@"; }
steps=()
if [[ -z $numpy_only ]]; then
    steps+=("ghg|\`ghg scenario run $(basename -- "$scenario") --iterations $iterations --seed 1 --format json\` (published)|$(q "$ghg" scenario run "$scenario" --db "$db" --iterations "$iterations" --seed 1 --format json)")
    steps+=("ghgcold|the same, cold: its base built from the stored run (no base kept)|$(q "$ghg" scenario run "$scenario" --db "$work/cold-run.db" --iterations "$iterations" --seed 1 --format json)")
fi
fresh() { [[ $1 != ghgcold ]] || cp -- "$work/cold.db" "$work/cold-run.db"; } # before the clock starts
steps+=("numpy|\`scenario_numpy.py\` (numpy $($python -c 'import numpy; print(numpy.__version__)'), same base and file)|$(q "$python" "$numpy_script" "$base" "$scenario" --iterations "$iterations" --seed 1)")

# --- measuring -------------------------------------------------------------------------------------
measure() { # measure NAME CMD...: one run, appends the wall seconds to $work/NAME.times
    local name=$1 t0 t1
    shift
    t0=$EPOCHREALTIME
    "$@" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; fail "$name failed: $*"; }
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' >>"$work/$name.times"
}
for step in "${steps[@]}"; do
    IFS='|' read -r name _ cmd <<<"$step"
    eval "argv=($cmd)"
    fresh "$name"
    "${argv[@]}" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err" >&2; fail "$name failed: $cmd"; }
done
for ((run = 1; run <= runs; run++)); do
    say "round $run of $runs"
    for step in "${steps[@]}"; do
        IFS='|' read -r name _ cmd <<<"$step"
        eval "argv=($cmd)"
        fresh "$name"
        measure "$name" "${argv[@]}"
    done
done

stat() { # stat NAME min|median|max
    sort -g "$work/$1.times" | awk -v what="$2" '{ v[NR] = $1 } END {
        if (what == "min") print v[1]; else if (what == "max") print v[NR];
        else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
if [[ -n $(git status --porcelain 2>/dev/null) ]]; then commit="$commit (uncommitted changes)"; fi
echo "## Scenario benchmark, $(date -u +%Y-%m-%d)"
echo
echo "- machine: $(nproc) cores${cpu:+ ($cpu)}, $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "- commit $commit; scenario $(realpath --relative-to="$repo" -- "$scenario"); $iterations Monte Carlo runs per command, each command run $runs times after one unmeasured run, interleaved"
[[ -z $numpy_only ]] || echo "- numpy only, on the base $(realpath --relative-to="$repo" -- "$base" 2>/dev/null || echo "$base")"
echo
echo "| command | median s | min–max s | runs/s |"
echo "|---|---:|---:|---:|"
for step in "${steps[@]}"; do
    IFS='|' read -r name label _ <<<"$step"
    awk -v l="$label" -v m="$(stat "$name" median)" -v lo="$(stat "$name" min)" -v hi="$(stat "$name" max)" -v n="$iterations" 'BEGIN {
        printf "| %s | %.3f | %.3f–%.3f | %.0f |\n", l, m, lo, hi, (m > 0 ? n / m : 0) }'
done
echo
if [[ -z $numpy_only ]]; then
    awk -v g="$(stat ghg median)" -v c="$(stat ghgcold median)" -v p="$(stat numpy median)" 'BEGIN {
        printf "ghg scenario run: %.3f s (target under 2 s: %s); numpy / ghg = %.2f (ghg %s)\n", g, (g < 2 ? "met" : "MISSED"),
            (g > 0 ? p / g : 0), (g < p ? "faster: met" : "NOT faster")
        printf "cold (base built): %.3f s (under 2 s: %s); numpy / ghg cold = %.2f\n", c, (c < 2 ? "met" : "MISSED"), (c > 0 ? p / c : 0) }'
fi
