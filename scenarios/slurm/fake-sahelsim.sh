#!/usr/bin/env bash
# A stand-in for `java -jar sahelsim.jar` with just enough of `sweep --shard` and `merge` to
# test the cluster scripts (sweep-array.sbatch, submit-and-merge.sh) on a real SLURM before
# the real commands exist. selftest.sh and SlurmClusterTest pass it as SAHELSIM_CMD.
#
#   fake-sahelsim.sh sweep FILE --shard I/N --threads T --out DIR [--resume] [OPTION...]
#       writes DIR/rows.csv: one line "shard=I/N threads=T resume=yes|no options=..." and the
#       sweep file's name; refuses an existing DIR without --resume (as the real command does);
#       fails with exit code 3 when I is listed in FAKE_FAIL_SHARDS (e.g. "2,5").
#   fake-sahelsim.sh merge DIR... --out OUT
#       writes OUT/rows.csv: the DIRs' rows.csv files one after the other, in argument order.
set -euo pipefail

command="${1:?command}"
shift
case "$command" in
    sweep)
        file="$1"
        shift
        shard="" threads="" out="" resume=no options=()
        while [ "$#" -gt 0 ]; do
            case "$1" in
                --shard) shard="$2"; shift 2 ;;
                --threads) threads="$2"; shift 2 ;;
                --out) out="$2"; shift 2 ;;
                --resume) resume=yes; shift ;;
                *) options+=("$1"); shift ;;
            esac
        done
        if [ -z "$shard" ] || [ -z "$out" ]; then
            echo "fake sweep: --shard and --out are required" >&2
            exit 2
        fi
        if [ -e "$out" ] && [ "$resume" = no ]; then
            echo "fake sweep: $out exists (use --resume)" >&2
            exit 2
        fi
        mkdir -p "$out"
        if [[ ",${FAKE_FAIL_SHARDS:-}," == *",${shard%/*},"* ]]; then
            echo "fake sweep: shard $shard fails on purpose (FAKE_FAIL_SHARDS=$FAKE_FAIL_SHARDS)" >&2
            exit 3
        fi
        echo "shard=$shard threads=$threads resume=$resume options=${options[*]} file=$(basename "$file")" > "$out/rows.csv"
        ;;
    merge)
        dirs=() out=""
        while [ "$#" -gt 0 ]; do
            case "$1" in
                --out) out="$2"; shift 2 ;;
                *) dirs+=("$1"); shift ;;
            esac
        done
        if [ -z "$out" ] || [ -e "$out" ]; then
            echo "fake merge: --out must name a new folder" >&2
            exit 2
        fi
        mkdir -p "$out"
        for d in "${dirs[@]}"; do
            cat "$d/rows.csv"
        done > "$out/rows.csv"
        ;;
    *)
        echo "fake sahelsim: unknown command $command" >&2
        exit 2
        ;;
esac
