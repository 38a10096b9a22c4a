#!/usr/bin/env bash
# Runs a sahelsim sweep on a SLURM cluster as N shards and merges them into one result folder,
# the same as a single machine would write.
#
# Usage: scenarios/slurm/submit-and-merge.sh SWEEP.yaml OUT_DIR N [SWEEP_OPTION...]
#   SWEEP.yaml     the sweep file
#   OUT_DIR        a new folder on a file system every node sees; it receives
#                  shard-<I>-of-<N>/ (one per shard), logs/task-<I-1>.out, status/ and, at the end, merged/
#   N              the number of shards (array tasks)
#   SWEEP_OPTION   further options of `sahelsim sweep` for every shard (e.g. --reps 20 --seed 7)
# Environment:
#   SAHELSIM_JAR   the jar [sim/target/sahelsim.jar of this checkout]
#   SAHELSIM_CMD   instead of the jar, the command to run, split on spaces (the self-test's stand-in)
#   SBATCH_ARGS    further sbatch options, split on spaces, e.g.
#                  "--partition=long --account=myproj --time=12:00:00 --mem=4G --cpus-per-task=8"
#   JAVA_OPTS      JVM options for the shards and the merge
#
# What it does: submits scenarios/slurm/sweep-array.sbatch as a job array (array task t runs
# shard t+1 of N, see that file) with `sbatch --wait`, so it returns when every task has
# ended; checks each task's status file (SLURM's own exit codes need sacct, i.e. an
# accounting database, which many clusters and our test cluster lack); then runs
# `sahelsim merge OUT_DIR/shard-1-of-N ... OUT_DIR/shard-N-of-N --out OUT_DIR/merged`.
#
# Rerunning it with the same arguments submits only the shards that have not succeeded
# (they resume their folders) and then merges; when all have succeeded it only merges. So
# after a failure, fix the cause and run the same command again. For sweeps longer than a
# login session, run it under tmux or screen, or submit it as a small job itself.
#
# Exit codes: 0 merged; 1 a shard or the merge failed (the failed shards and their logs are
# named); 2 bad arguments.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

usage() {
    echo "usage: $0 SWEEP.yaml OUT_DIR N [SWEEP_OPTION...]" >&2
    echo "  $*" >&2
    exit 2
}

[ "$#" -ge 3 ] || usage "expected at least 3 arguments, got $#"
sweep_file="$1"
out_dir="$2"
shards="$3"
shift 3
[ -r "$sweep_file" ] || usage "cannot read the sweep file '$sweep_file'"
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || usage "N must be a whole number >= 1, not '$shards'"
command -v sbatch >/dev/null || usage "sbatch not found: is this a SLURM login node?"

# Absolute paths: the tasks run on other nodes, in other working directories.
sweep_file="$(realpath "$sweep_file")"
out_dir="$(realpath -m "$out_dir")"

# shellcheck source=submit-common.sh
. "$here/submit-common.sh"
resolve_sahelsim

[ ! -e "$out_dir/merged" ] || usage "$out_dir/merged already exists: this sweep is merged"

# One OUT_DIR holds one sweep: remember what it was started with and refuse a different one.
identity="sweep=$sweep_file shards=$shards options=$*"
if [ -e "$out_dir/sweep.txt" ]; then
    [ "$(cat "$out_dir/sweep.txt")" = "$identity" ] \
        || usage "$out_dir holds another sweep ($(cat "$out_dir/sweep.txt")); choose a new OUT_DIR"
else
    mkdir -p "$out_dir"
    echo "$identity" > "$out_dir/sweep.txt"
fi
mkdir -p "$out_dir/logs" "$out_dir/status"

name() { echo "shard-$1-of-$shards"; }
succeeded() { [ "$(cat "$out_dir/status/$(name "$1").exit" 2>/dev/null || true)" = 0 ]; }

# Array task ids (0-based) of the shards not yet done.
todo=()
for ((i = 1; i <= shards; i++)); do
    succeeded "$i" || todo+=($((i - 1)))
done

if [ "${#todo[@]}" -gt 0 ]; then
    if [ "${#todo[@]}" -eq "$shards" ]; then
        array="0-$((shards - 1))"
    else
        array="$(IFS=,; echo "${todo[*]}")"
        echo "submit-and-merge: $((shards - ${#todo[@]})) of $shards shards already done; submitting the rest"
    fi
    read -r -a sbatch_args <<< "${SBATCH_ARGS:-}"
    export SWEEP_FILE="$sweep_file" OUT_DIR="$out_dir" SHARDS="$shards" SWEEP_ARGS="$*"
    echo "submit-and-merge: sbatch --array=$array (waits until every task has ended)"
    # --wait's own exit code is the largest task exit code it saw; the status files below
    # decide, because a task the scheduler has already forgotten reports 0 there.
    sbatch_rc=0
    # Logs are named by array task (%a, 0-based); appended to, so a rerun keeps earlier attempts.
    sbatch --wait --array="$array" --output="$out_dir/logs/task-%a.out" --open-mode=append \
        "${sbatch_args[@]}" "$here/sweep-array.sbatch" || sbatch_rc=$?
    echo "submit-and-merge: the array has ended (sbatch exit code $sbatch_rc)"
fi

failed=()
for ((i = 1; i <= shards; i++)); do
    succeeded "$i" || failed+=("$i")
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "submit-and-merge: ${#failed[@]} of $shards shards failed: ${failed[*]}" >&2
    for i in "${failed[@]}"; do
        status="$(cat "$out_dir/status/$(name "$i").exit" 2>/dev/null || echo 'none: the task did not finish')"
        echo "  shard $i (array task $((i - 1))): exit code $status; log $out_dir/logs/task-$((i - 1)).out" >&2
        tail -n 5 "$out_dir/logs/task-$((i - 1)).out" 2>/dev/null | sed 's/^/    | /' >&2 || true
    done
    echo "submit-and-merge: fix the cause and run the same command again: only these shards will run" >&2
    exit 1
fi

dirs=()
for ((i = 1; i <= shards; i++)); do
    dirs+=("$out_dir/$(name "$i")")
done
echo "submit-and-merge: all $shards shards succeeded; merging into $out_dir/merged"
"${sahelsim[@]}" merge "${dirs[@]}" --out "$out_dir/merged"
echo "submit-and-merge: done: $out_dir/merged"
