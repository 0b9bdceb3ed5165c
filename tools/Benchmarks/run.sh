#!/usr/bin/env bash
# End-to-end ingestion benchmark for GhgInventory.
#
# Builds the ghg CLI and ghg-bench in Release, generates N synthetic activity rows, then times, RUNS times each:
#   (a) sqlite3 shell `.import --csv` of the same CSV into a fresh database (the yardstick),
#   (b) `ghg init --db X`, then `ghg ingest FILE --db X` into that fresh database,
#   (c) `ghg compile --year 2023 --db X` on the database that (b) just filled,
#   (d) `ghg ingest CORRECTIONS --db X`: 1,000 corrections (existing keys of one banner-year, values +10 %) merged into
#       the 1M-row set that (b) stored (ghg-bench corrections),
#   (e) the pandas peer, `/usr/bin/python3 ../shared/peers/peer_pandas.py FILE` (reads the CSV, converts units, joins
#       factors, groups and stores in SQLite; python3-pandas from Debian), on the same file — skipped with a note when
#       the peer script is not found (--peer PATH or $PEER names another),
# under /usr/bin/time (wall seconds, peak RSS), and prints a markdown table of the medians, with a line saying
# whether other processes used the CPU meanwhile (the numbers of a busy machine are not worth keeping).
# Temporary files live in one mktemp directory, removed on exit (also on failure or Ctrl-C).
#
# usage: tools/Benchmarks/run.sh [--rows N] [--runs R] [--sectors all|energy] [--ghg PATH | --r2r] [--peer PATH]
#        tools/Benchmarks/run.sh --startup [--runs R] [--ghg PATH] [--no-compare]
#   --startup   the start-up benchmark of the published program instead (tools/Benchmarks/startup.sh, which says more)
#   --rows N    rows to generate (default 1000000, or $ROWS)
#   --runs R    runs of each measured step; the median is reported (default 3, or $RUNS)
#   --sectors S all (default, or $SECTORS): every sector of issue 15 (ghg-bench generate --sectors all); energy: the
#               fuel-combustion file of issues 11-14, byte for byte
#   --ghg PATH  use this ghg binary instead of building src/GhgInventory.Cli
#   --r2r       publish src/GhgInventory.Cli with ReadyToRun code into the temporary folder and measure that instead
#   --peer PATH the pandas peer script (default ../shared/peers/peer_pandas.py beside the repository, or $PEER)
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

if [[ ${1:-} == --startup ]]; then
    shift
    exec "$(dirname -- "${BASH_SOURCE[0]}")/startup.sh" "$@"
fi

rows=${ROWS:-1000000}
runs=${RUNS:-3}
sectors=${SECTORS:-all}
ghg=""
peer=${PEER:-}
r2r=no
while [[ $# -gt 0 ]]; do
    case $1 in
        --rows) rows=${2:?--rows needs a value}; shift 2 ;;
        --runs) runs=${2:?--runs needs a value}; shift 2 ;;
        --sectors) sectors=${2:?--sectors needs a value}; shift 2 ;;
        --ghg) ghg=${2:?--ghg needs a value}; shift 2 ;;
        --peer) peer=${2:?--peer needs a value}; shift 2 ;;
        --r2r) r2r=yes; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $sectors == all || $sectors == energy ]] || { echo "run.sh: --sectors must be all or energy, not '$sectors'" >&2; exit 2; }
[[ $rows =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --rows must be a positive integer, not '$rows'" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive integer, not '$runs'" >&2; exit 2; }
if [[ -n $ghg ]]; then
    ghg=$(realpath -- "$ghg")
fi

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
cd -- "$repo"
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d "${TMPDIR:-/tmp}/ghg-bench.XXXXXX")
cleanup() { rm -rf -- "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { printf '%s\n' "$*" >&2; }
fail() { say "run.sh: $*"; exit 1; }

# --- tools -----------------------------------------------------------------------------------------
timer=/usr/bin/time
if [[ ! -x $timer ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing the Debian package 'time' for $timer"
        apt-get install -y time >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install -y time failed"; }
    else
        fail "$timer is missing; install it with: sudo apt-get install -y time"
    fi
fi
sqlite=$(command -v sqlite3 || true)
[[ -n $sqlite ]] || fail "sqlite3 is missing; install it with: sudo apt-get install -y sqlite3"
# The pandas peer: the script a Python-savvy compiler would write instead (issue 12). Its pandas is Debian's.
[[ -n $peer ]] || peer=$repo/../shared/peers/peer_pandas.py
python=/usr/bin/python3
if [[ -f $peer ]]; then
    peer=$(realpath -- "$peer")
    if ! "$python" -c 'import pandas' 2>/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            say "installing the Debian package 'python3-pandas' for the pandas peer"
            # A fresh container has no package lists yet: update them once if the first attempt cannot find the package.
            apt-get install -y python3-pandas >"$work/apt.log" 2>&1 || { apt-get update >>"$work/apt.log" 2>&1 && apt-get install -y python3-pandas >>"$work/apt.log" 2>&1; } ||
                { cat "$work/apt.log" >&2; fail "apt-get install -y python3-pandas failed"; }
        else
            fail "pandas is missing for $python; install it with: sudo apt-get install -y python3-pandas (or pass --peer '' to skip the peer)"
        fi
    fi
else
    say "no pandas peer at $peer: its row is left out (--peer PATH names it)"
    peer=""
fi

# --- build -----------------------------------------------------------------------------------------
build() { # build PROJECT: Release build, output shown only when it fails
    say "building $1 (Release)"
    dotnet build "$1" -c Release -nologo >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "build of $1 failed"; }
}
build tools/Benchmarks
bench=$repo/tools/Benchmarks/bin/Release/net10.0/ghg-bench
if [[ -z $ghg && $r2r == no ]]; then
    build src/GhgInventory.Cli
    ghg=$repo/src/GhgInventory.Cli/bin/Release/net10.0/ghg
elif [[ -z $ghg ]]; then
    # --r2r: published for this machine with ReadyToRun code, so a verb does not spend its first 0.15 CPU s compiling
    # itself (2026-11-29: 1M-row compile 0.69 -> 0.56 CPU s, ingest 1.77 -> 1.55 CPU s, `ghg runs` 0.28 -> 0.13 CPU s),
    # at a price in memory: the larger images add about 4 MiB to every peak (ingest 81.7 -> 85.7 MiB). crossgen2 is a
    # NuGet package, restored on the first publish like the others.
    rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
    say "publishing src/GhgInventory.Cli (Release, ReadyToRun, ${rid:-linux-x64})"
    # Framework-dependent and not single-file, as before the csproj's publish settings (issue 13) made -r mean both.
    dotnet publish src/GhgInventory.Cli -c Release -r "${rid:-linux-x64}" --self-contained false -p:PublishSingleFile=false -p:PublishReadyToRun=true \
        -o "$work/ghg-cli" -nologo >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "publish of src/GhgInventory.Cli failed"; }
    ghg=$work/ghg-cli/ghg
fi
[[ -x $ghg ]] || fail "no ghg binary at $ghg"
[[ -x $bench ]] || fail "no ghg-bench binary at $bench"

# --- data ------------------------------------------------------------------------------------------
csv=$work/activity.csv
"$bench" generate --rows "$rows" --out "$csv" --sectors "$sectors"
bytes=$(stat -c %s -- "$csv")
corrections=$work/corrections.csv
"$bench" corrections --from "$csv" --rows 1000 --out "$corrections"

# --- measuring -------------------------------------------------------------------------------------
# CPU time used by the whole machine so far, in clock ticks (0 where /proc/stat is missing).
busy_ticks() { if [[ -r /proc/stat ]]; then awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; else echo 0; fi; }
ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)

# timed STEP CMD...: run CMD once under /usr/bin/time; append "seconds KiB other" to $work/STEP.times, where other
# is the CPU time the rest of the machine used meanwhile (more than a little means the numbers are disturbed).
# On failure, show the end of the command's output and stop.
timed() {
    local step=$1 before after
    shift
    before=$(busy_ticks)
    if ! "$timer" -f '%e s %M KiB %U %S' -o "$work/time.out" -- "$@" >"$work/$step.log" 2>&1; then
        tail -n 30 "$work/$step.log" >&2
        fail "$step failed ($(head -n 1 "$work/time.out")): $*"
    fi
    after=$(busy_ticks)
    tail -n 1 "$work/time.out" |
        awk -v d=$((after - before)) -v hz="$ticks" '{ o = d / hz - ($5 + $6); print $1, $3, (d > 0 && o > 0) ? o : 0 }' \
            >>"$work/$step.times"
    say "  $(printf '%-8s' "$step") $(tail -n 1 "$work/$step.times" |
        awk '{ printf "%6.2f s %8.1f MiB   other processes %5.2f CPU s", $1, $2 / 1024, $3 }')"
}

fresh_db() { rm -f -- "$1" "$1-wal" "$1-shm" "$1-journal"; }

yard_db=$work/yardstick.db
ghg_db=$work/ghg.db
for ((run = 1; run <= runs; run++)); do
    say "run $run of $runs"
    fresh_db "$yard_db"
    timed import "$sqlite" "$yard_db" ".import --csv \"$csv\" activity"
    imported=$("$sqlite" "$yard_db" 'SELECT count(*) FROM activity;')
    [[ $imported == "$rows" ]] || fail ".import loaded $imported rows, expected $rows"
    fresh_db "$yard_db"

    fresh_db "$ghg_db"
    timed init "$ghg" init --db "$ghg_db"
    timed ingest "$ghg" ingest "$csv" --db "$ghg_db"
    timed compile "$ghg" compile --year 2023 --db "$ghg_db"
    timed correct "$ghg" ingest "$corrections" --db "$ghg_db"
    fresh_db "$ghg_db"
    if [[ -n $peer ]]; then
        timed pandas "$python" "$peer" "$csv"
    fi
done

# median COLUMN STEP: median of a column of $work/STEP.times (1 = seconds, 2 = KiB, 3 = others' CPU seconds)
median() {
    sort -g <(cut -d ' ' -f "$1" "$work/$2.times") |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

import_s=$(median 1 import)
row() { # row STEP LABEL PER_ROW(yes|no)
    local s kib
    s=$(median 1 "$1")
    kib=$(median 2 "$1")
    awk -v label="$2" -v s="$s" -v kib="$kib" -v rows="$rows" -v per="$3" -v base="$import_s" 'BEGIN {
        rate = (per == "yes" && s > 0) ? sprintf("%.0f", rows / s) : "—"
        ratio = (per == "yes" && base > 0) ? sprintf("%.2f×", s / base) : "—"
        printf "| %s | %.2f | %.1f | %s | %s |\n", label, s, kib / 1024, rate, ratio
    }'
}

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
if [[ -n $(git status --porcelain 2>/dev/null) ]]; then commit="$commit (uncommitted changes)"; fi

echo "## Ingestion benchmark, $(date -u +%Y-%m-%d)"
echo
echo "- machine: $(nproc) cores${cpu:+ ($cpu)}, $(free -m | awk '/^Mem:/ { printf "%.0f GiB RAM", $2 / 1024 }'), $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "- dotnet $(dotnet --version), sqlite3 $("$sqlite" --version | cut -d ' ' -f 1), commit $commit$([[ $r2r == yes ]] && echo ", CLI published with ReadyToRun (--r2r)")"
echo "- input: $rows rows, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB), generated by ghg-bench generate --sectors $sectors"
echo "- each step run $runs times; median wall time and median peak RSS (/usr/bin/time %e, %M)"
echo
echo "| what | wall s | peak RSS MiB | rows/s | × .import |"
echo "|---|---:|---:|---:|---:|"
row import 'sqlite3 `.import --csv` (yardstick)' yes
row init '`ghg init`' no
row ingest '`ghg ingest`' yes
row compile '`ghg compile --year 2023`' yes
row correct '`ghg ingest` 1,000 corrections into the 1M-row set' no
if [[ -n $peer ]]; then
    row pandas 'pandas peer (`peer_pandas.py`: read, convert, join factors, group, store)' yes
fi
echo
awk -v i="$(median 1 ingest)" -v b="$import_s" 'BEGIN { if (b > 0) printf "ingest / .import = %.2f\n", i / b }'
awk -v c="$(median 1 compile)" -v b="$import_s" 'BEGIN { if (b > 0) printf "compile / .import = %.2f (goal: under 0.5)\n", c / b }'
if [[ -n $peer ]]; then
    # Ingest and compile are two processes one after the other: their times add, their peak memory is the larger one.
    awk -v i="$(median 1 ingest)" -v c="$(median 1 compile)" -v im="$(median 2 ingest)" -v cm="$(median 2 compile)" \
        -v p="$(median 1 pandas)" -v pm="$(median 2 pandas)" 'BEGIN {
        m = (im > cm) ? im : cm
        printf "ingest + compile = %.2f s, peak %.1f MiB; pandas peer %.2f s, peak %.1f MiB: time %.2f× the peer'"'"'s (goal: under 1), memory %.2f× (goal: under 0.33)\n", i + c, m / 1024, p, pm / 1024, (p > 0 ? (i + c) / p : 0), (pm > 0 ? m / pm : 0)
    }'
fi
awk -v c="$(median 1 correct)" 'BEGIN { printf "corrections merge: %.2f s (goal: under 2 s)\n", c }'
# What the last corrections import said it did (rows added / replaced / kept, once versions compose).
grep -iE 'added|replaced|kept|version' "$work/correct.log" | head -n 5 | sed 's/^/    /' || true
# Other processes on a shared machine distort the timings: say so under the table.
cat "$work"/*.times | awk '{ w += $1; o += $3 } END {
    if (w > 0 && o > 0.1 * w) printf "\nwarning: other processes used %.1f CPU s during %.1f s of measured steps; the machine was not quiet, rerun for numbers to keep\n", o, w
    else printf "\nother processes used %.1f CPU s during %.1f s of measured steps (quiet enough)\n", o, w
}'
