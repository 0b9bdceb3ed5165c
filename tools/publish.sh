#!/usr/bin/env bash
# Builds the programs a person runs, from the repository, into artifacts/:
#   win-x64     artifacts/publish/win-x64/ghg.exe    one self-contained file for 64-bit Windows (10 or later)
#   linux-x64   artifacts/publish/linux-x64/ghg      one self-contained file for 64-bit Linux (glibc; no libicu needed)
#   tool        artifacts/nupkg/GhgInventory.Cli.VERSION.nupkg, the .NET tool package (needs the .NET 10 runtime):
#               dotnet tool install --global --add-source artifacts/nupkg GhgInventory.Cli
#   all         the three (the default)
# The single files carry the runtime, every assembly, SQLite's native library and the bundled data (migrations, factor
# sets, regions, the Ordos sample: embedded resources of GhgInventory.Data), so each runs alone, copied anywhere. The
# publish settings live in src/GhgInventory.Cli/GhgInventory.Cli.csproj: `dotnet publish src/GhgInventory.Cli -c Release
# -r RID` does the same by hand. Builds go to artifacts/build (not the projects' bin/ and obj/), so a publish never
# disturbs a developer's or a test run's build; each result is written to a temporary folder first and moved into place
# whole, so artifacts/publish/RID never holds half a program.
#
# usage: tools/publish.sh [win-x64|linux-x64|tool|all]...
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

targets=()
for arg in "$@"; do
    case $arg in
        win-x64|linux-x64|tool) targets+=("$arg") ;;
        all) targets+=(win-x64 linux-x64 tool) ;;
        -h|--help) usage; exit 0 ;;
        *) echo "publish.sh: unknown target '$arg' (win-x64, linux-x64, tool or all)" >&2; usage >&2; exit 2 ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(win-x64 linux-x64 tool)

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=src/GhgInventory.Cli
build=$repo/artifacts/build

say() { printf '%s\n' "$*" >&2; }

# into FINAL CMD...: runs CMD with "$tmp" a fresh folder beside FINAL, then replaces FINAL with it.
into() {
    local final=$1 tmp
    shift
    mkdir -p -- "$(dirname -- "$final")"
    tmp=$(mktemp -d "$final.tmp.XXXXXX")
    chmod 755 -- "$tmp"
    if ! "$@" "$tmp"; then
        rm -rf -- "$tmp"
        return 1
    fi
    rm -rf -- "$final"
    mv -- "$tmp" "$final"
}

publish_rid() { # publish_rid RID OUT
    dotnet publish "$project" -c Release -r "$1" --artifacts-path "$build" -o "$2" -nologo -v quiet
}

pack_tool() { # pack_tool OUT
    dotnet pack "$project" -c Release --artifacts-path "$build" -o "$1" -nologo -v quiet
}

for target in "${targets[@]}"; do
    case $target in
        win-x64|linux-x64)
            say "publishing $target (self-contained, single file, ReadyToRun)"
            into "$repo/artifacts/publish/$target" publish_rid "$target"
            exe=ghg; [[ $target == win-* ]] && exe=ghg.exe
            [[ -f artifacts/publish/$target/$exe ]] || { say "publish.sh: no $exe in artifacts/publish/$target"; exit 1; }
            say "  artifacts/publish/$target/$exe ($(du -m -- "artifacts/publish/$target/$exe" | cut -f 1) MB)"
            ;;
        tool)
            say "packing the .NET tool"
            into "$repo/artifacts/nupkg" pack_tool
            say "  $(ls artifacts/nupkg/*.nupkg)"
            ;;
    esac
done
