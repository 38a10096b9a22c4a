#!/usr/bin/env bash
# Proves the cluster scripts against a real single-node SLURM on this machine (root, Debian):
# brings the cluster up, runs a 3-task job array of shell commands, runs submit-and-merge.sh
# with the stand-in fake-sahelsim.sh (a shard that fails, then the rerun that submits only that
# shard and merges), and always brings the cluster down, also on failure or Ctrl-C.
#
# Usage: scenarios/slurm/selftest.sh        (run install.sh first on a fresh machine)
# Settings: as cluster-up.sh; CLUSTER_DIR defaults to a folder of its own under /tmp.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/sahelsim-slurm-selftest.XXXXXX)"
chmod 0755 "$work"   # the munge user must reach the socket below it
export CLUSTER_DIR="${CLUSTER_DIR:-$work/cluster}"
started=$SECONDS

cleanup() {
    local rc=$?
    "$here/cluster-down.sh" || rc=1
    rm -rf "$work"
    if [ "$rc" -eq 0 ]; then
        echo "selftest: PASSED in $((SECONDS - started))s"
    else
        echo "selftest: FAILED (exit $rc) after $((SECONDS - started))s" >&2
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

check() {
    if [ "$1" != "$2" ]; then
        echo "selftest: $3: expected '$2', got '$1'" >&2
        exit 1
    fi
    echo "selftest: ok: $3"
}

t0=$SECONDS
"$here/cluster-up.sh"
echo "selftest: cluster-up took $((SECONDS - t0))s"
# shellcheck source=/dev/null  # written by cluster-up.sh
source "$CLUSTER_DIR/env.sh"
sinfo

# ---- 1. a plain job array: three tasks, each writes its task id ------------------------------
mkdir -p "$work/out"
t0=$SECONDS
# shellcheck disable=SC2016  # expanded by the job, not here
sbatch --wait --array=0-2 --output="$work/out/log-%a.txt" --chdir="$work" \
    --wrap 'echo "$SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT on $(hostname)" > "out/task-$SLURM_ARRAY_TASK_ID"'
echo "selftest: the 3-task array took $((SECONDS - t0))s"
for id in 0 1 2; do
    check "$(cat "$work/out/task-$id" 2>/dev/null || echo missing)" "$id of 3 on $(hostname)" "array task $id wrote its file"
done

# ---- 2. submit-and-merge.sh with the stand-in: a failing shard, then the rerun ---------------
echo "sweep: stand-in" > "$work/sweep.yaml"
export SAHELSIM_CMD="$here/fake-sahelsim.sh"
export SBATCH_ARGS="--cpus-per-task=1 --mem=100M --time=00:05:00"
t0=$SECONDS
rc=0
FAKE_FAIL_SHARDS=2 "$here/submit-and-merge.sh" "$work/sweep.yaml" "$work/sweep" 3 --reps 2 || rc=$?
check "$rc" 1 "submit-and-merge exits 1 when shard 2 fails"
check "$(cat "$work/sweep/status/shard-2-of-3.exit")" 3 "shard 2's status file holds its exit code"
check "$(cat "$work/sweep/status/shard-1-of-3.exit") $(cat "$work/sweep/status/shard-3-of-3.exit")" "0 0" "shards 1 and 3 succeeded"
check "$([ -e "$work/sweep/merged" ] && echo yes || echo no)" no "nothing merged after a failure"

"$here/submit-and-merge.sh" "$work/sweep.yaml" "$work/sweep" 3 --reps 2
echo "selftest: submit-and-merge (failure, then rerun) took $((SECONDS - t0))s"
check "$(cat "$work/sweep/merged/rows.csv")" "$(printf '%s\n' \
    'shard=1/3 threads=1 resume=no options=--reps 2 file=sweep.yaml' \
    'shard=2/3 threads=1 resume=yes options=--reps 2 file=sweep.yaml' \
    'shard=3/3 threads=1 resume=no options=--reps 2 file=sweep.yaml')" \
    "merged rows: shards 1..3 in order, shard 2 resumed, options passed on"
check "$(grep -c 'sweep-array: array task' "$work/sweep/logs/task-0.out")" 1 "the rerun did not run shard 1 again"
