#!/usr/bin/env bash
# Start-up benchmark of the published ghg (issue 13: `ghg --help` under 0.3 s, `ghg report` on the demo database under
# 1 s; issue 14: `ghg targets` and `ghg compare` on the demo database under 1 s; on the project's 2-core machine).
#
# Measures, RUNS times each and interleaved round by round (so that drift on a shared machine falls on all alike):
#   /bin/true                                   the cost of starting any process here (yardstick)
#   dotnet ghg.dll --help | report ...          the framework-dependent Release build, as a developer runs it (yardstick)
#   ghg --help | report ... without ReadyToRun  the single file published with -p:PublishReadyToRun=false (comparison)
#   ghg --help | report ...                     the published single file, as a person gets it (what the targets judge)
# where `report` is `ghg report --db DEMO --year 2024` (the table) on a database `ghg demo` made. Each command runs once
# unmeasured first (a single file extracts SQLite's native library on its first run). Wall time is taken with bash's
# EPOCHREALTIME around `/usr/bin/time -f '%M %U %S'` (peak RSS, CPU); the table gives the median and the range, and
# says how much CPU the rest of the machine used meanwhile (over 10 % of the measured wall time: not worth keeping).
# Temporary files live in one mktemp directory, removed on exit.
#
# usage: tools/Benchmarks/startup.sh [--runs R] [--ghg PATH] [--no-compare]     (or run.sh --startup ...)
#   --runs R      runs of each command, median reported (default 15, or $RUNS; at least 10 is the rule)
#   --ghg PATH    the published linux-x64 program to measure (default: tools/publish.sh linux-x64 is run, then
#                 artifacts/publish/linux-x64/ghg is measured)
#   --no-compare  leave out the build without ReadyToRun and the framework-dependent build (no extra builds)
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

runs=${RUNS:-15}
ghg=""
compare=yes
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=${2:?--runs needs a value}; shift 2 ;;
        --ghg) ghg=${2:?--ghg needs a value}; shift 2 ;;
        --no-compare) compare=no; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "startup.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: --runs must be a positive integer, not '$runs'" >&2; exit 2; }
if [[ -n $ghg ]]; then
    ghg=$(realpath -- "$ghg")
fi

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
cd -- "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d "${TMPDIR:-/tmp}/ghg-startup.XXXXXX")
cleanup() { rm -rf -- "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { printf '%s\n' "$*" >&2; }
fail() { say "startup.sh: $*"; exit 1; }

timer=/usr/bin/time
[[ -x $timer ]] || fail "$timer is missing; install it with: apt-get install -y time"

# --- programs --------------------------------------------------------------------------------------
if [[ -z $ghg ]]; then
    say "publishing linux-x64 (tools/publish.sh linux-x64)"
    tools/publish.sh linux-x64 >"$work/publish.log" 2>&1 || { tail -n 40 "$work/publish.log" >&2; fail "tools/publish.sh linux-x64 failed"; }
    ghg=$repo/artifacts/publish/linux-x64/ghg
fi
[[ -x $ghg ]] || fail "no program at $ghg"
if [[ $compare == yes ]]; then
    say "publishing linux-x64 without ReadyToRun (comparison)"
    dotnet publish src/GhgInventory.Cli -c Release -r linux-x64 -p:PublishReadyToRun=false --artifacts-path "$work/build" \
        -o "$work/no-r2r" -nologo >"$work/publish.log" 2>&1 || { tail -n 40 "$work/publish.log" >&2; fail "publish without ReadyToRun failed"; }
    say "building src/GhgInventory.Cli (Release, framework-dependent)"
    dotnet build src/GhgInventory.Cli -c Release -nologo >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "build failed"; }
    dll=$repo/src/GhgInventory.Cli/bin/Release/net10.0/ghg.dll
    dotnet=$(command -v dotnet)
fi

# Every program runs with a HOME of its own in the temporary folder, where a single file extracts SQLite's library.
export HOME=$work/home
mkdir -p -- "$HOME"
db=$work/demo.db
say "building the demo database with $ghg demo"
"$ghg" demo --db "$db" >"$work/demo.log" 2>&1 || { tail -n 30 "$work/demo.log" >&2; fail "ghg demo failed"; }
report=(report --db "$db" --year 2024)
targets=(targets --db "$db" --region 150600 --year 2024)
compare=(compare --db "$db" --region 150600 --from 2020 --to 2024)

# name|label|command (shell-quoted words); the order is the order of the table
q() { printf '%q ' "$@"; }
steps=("true|\`/bin/true\` (yardstick: starting a process)|$(q /bin/true)")
if [[ $compare == yes ]]; then
    steps+=("fd-help|\`dotnet ghg.dll --help\` (framework-dependent Release build)|$(q "$dotnet" "$dll" --help)"
            "nr-help|\`ghg --help\` published without ReadyToRun|$(q "$work/no-r2r/ghg" --help)")
fi
steps+=("help|**\`ghg --help\` published** (target under 0.3 s)|$(q "$ghg" --help)")
if [[ $compare == yes ]]; then
    steps+=("fd-report|\`dotnet ghg.dll report --year 2024\` (framework-dependent)|$(q "$dotnet" "$dll" "${report[@]}")"
            "nr-report|\`ghg report --year 2024\` published without ReadyToRun|$(q "$work/no-r2r/ghg" "${report[@]}")")
fi
steps+=("report|**\`ghg report --year 2024\` published** (target under 1 s)|$(q "$ghg" "${report[@]}")"
        "targets|**\`ghg targets --region 150600 --year 2024\` published** (target under 1 s)|$(q "$ghg" "${targets[@]}")"
        "compare|**\`ghg compare --region 150600 --from 2020 --to 2024\` published** (target under 1 s)|$(q "$ghg" "${compare[@]}")")

# --- measuring -------------------------------------------------------------------------------------
busy_ticks() { if [[ -r /proc/stat ]]; then awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; else echo 0; fi; }
ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)

# measure NAME CMD...: one run; appends "wall_s KiB cpu_s other_cpu_s" to $work/NAME.times
measure() {
    local name=$1 before after t0 t1
    shift
    before=$(busy_ticks)
    t0=$EPOCHREALTIME
    "$timer" -f '%M %U %S' -o "$work/time.out" -- "$@" >"$work/$name.out" 2>"$work/$name.err" ||
        { cat "$work/$name.err" >&2; fail "$name failed: $*"; }
    t1=$EPOCHREALTIME
    after=$(busy_ticks)
    tail -n 1 "$work/time.out" | awk -v t0="$t0" -v t1="$t1" -v d=$((after - before)) -v hz="$ticks" '{
        cpu = $2 + $3; o = d / hz - cpu; printf "%.4f %d %.2f %.2f\n", t1 - t0, $1, cpu, (o > 0 ? o : 0) }' >>"$work/$name.times"
}

for step in "${steps[@]}"; do # one unmeasured run each
    IFS='|' read -r name _ cmd <<<"$step"
    eval "argv=($cmd)"
    "${argv[@]}" >/dev/null 2>&1 || fail "$name failed: $cmd"
done
for ((run = 1; run <= runs; run++)); do
    say "round $run of $runs"
    for step in "${steps[@]}"; do
        IFS='|' read -r name _ cmd <<<"$step"
        eval "argv=($cmd)"
        measure "$name" "${argv[@]}"
    done
done

# stat COLUMN NAME min|median|max
stat() {
    sort -g <(cut -d ' ' -f "$1" "$work/$2.times") | awk -v what="$3" '{ v[NR] = $1 } END {
        if (what == "min") print v[1]; else if (what == "max") print v[NR];
        else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
if [[ -n $(git status --porcelain 2>/dev/null) ]]; then commit="$commit (uncommitted changes)"; fi
echo "## Start-up benchmark, $(date -u +%Y-%m-%d)"
echo
echo "- machine: $(nproc) cores${cpu:+ ($cpu)}, $(free -m | awk '/^Mem:/ { printf "%.0f GiB RAM", $2 / 1024 }'), $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "- dotnet $(dotnet --version 2>/dev/null || echo '?'), commit $commit; published program $(du -m -- "$ghg" | cut -f 1) MB"
echo "- each command run $runs times after one unmeasured run, interleaved; median and range of wall time, median CPU and peak RSS"
echo
echo "| command | median s | min–max s | CPU s | peak RSS MiB | × \`/bin/true\` |"
echo "|---|---:|---:|---:|---:|---:|"
base=$(stat 1 true median)
for step in "${steps[@]}"; do
    IFS='|' read -r name label _ <<<"$step"
    awk -v l="$label" -v m="$(stat 1 "$name" median)" -v lo="$(stat 1 "$name" min)" -v hi="$(stat 1 "$name" max)" \
        -v c="$(stat 3 "$name" median)" -v k="$(stat 2 "$name" median)" -v b="$base" 'BEGIN {
        printf "| %s | %.3f | %.3f–%.3f | %.2f | %.1f | %s |\n", l, m, lo, hi, c, k / 1024, (b > 0 ? sprintf("%.0f×", m / b) : "—") }'
done
echo
awk -v m="$(stat 1 help median)" 'BEGIN { printf "ghg --help: %.3f s (target under 0.3 s: %s)\n", m, (m < 0.3 ? "met" : "MISSED") }'
awk -v m="$(stat 1 report median)" 'BEGIN { printf "ghg report: %.3f s (target under 1 s: %s)\n", m, (m < 1 ? "met" : "MISSED") }'
awk -v m="$(stat 1 targets median)" 'BEGIN { printf "ghg targets: %.3f s (target under 1 s: %s)\n", m, (m < 1 ? "met" : "MISSED") }'
awk -v m="$(stat 1 compare median)" 'BEGIN { printf "ghg compare: %.3f s (target under 1 s: %s)\n", m, (m < 1 ? "met" : "MISSED") }'
if [[ $compare == yes ]]; then
    awk -v h="$(stat 1 help median)" -v r="$(stat 1 report median)" -v nh="$(stat 1 nr-help median)" -v nr="$(stat 1 nr-report median)" \
        -v fh="$(stat 1 fd-help median)" -v fr="$(stat 1 fd-report median)" 'BEGIN {
        printf "ReadyToRun: --help %.2f× and report %.2f× the time without it; against the framework-dependent build --help %.2f×, report %.2f×\n",
            (nh > 0 ? h / nh : 0), (nr > 0 ? r / nr : 0), (fh > 0 ? h / fh : 0), (fr > 0 ? r / fr : 0) }'
fi
cat "$work"/*.times | awk '{ w += $1; o += $4 } END {
    if (w > 0 && o > 0.1 * w) printf "\nwarning: other processes used %.1f CPU s during %.1f s of measured commands; the machine was not quiet, rerun for numbers to keep\n", o, w
    else printf "\nother processes used %.1f CPU s during %.1f s of measured commands (quiet enough)\n", o, w
}'
