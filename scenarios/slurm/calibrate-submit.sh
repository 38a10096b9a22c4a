#!/usr/bin/env bash
# Runs a sahelsim abc-smc calibration on a SLURM cluster, each round a job array of N shards
# merged before the next; the result is the same, byte for byte, as on one machine.
#
# Usage: scenarios/slurm/calibrate-submit.sh CALIBRATION.yaml OUT_DIR N [CALIBRATE_OPTION...]
#   CALIBRATION.yaml  a calibration file of method abc-smc
#   OUT_DIR           the calibration's folder, on a file system every node sees; it receives
#                     proposals.csv and the other files of the calibration, shards/round-<r>/,
#                     logs/ and status/
#   N                 shards a round (array tasks)
#   CALIBRATE_OPTION  further options of `sahelsim calibrate` for every step (e.g. --seed 7)
# Environment: SAHELSIM_JAR (default: sim/target/sahelsim.jar of this checkout), SAHELSIM_CMD
# (instead of the jar, split on spaces), SBATCH_ARGS (further sbatch options, split on spaces),
# JAVA_OPTS.
#
# What it does: `sahelsim calibrate FILE --out OUT_DIR --merge` (makes the folder, or takes it up
# with every shard made so far) says in OUT_DIR/state.txt which round waits for its shards; the
# script submits scenarios/slurm/calibrate-array.sbatch for that round with `sbatch --wait`,
# checks each task's status file, merges again, and so on until state.txt says complete.
#
# Rerunning it with the same arguments after a failure goes on from where it stopped (a shard
# resumes its file; the merge reads every shard made). Run it under tmux or screen, or as a
# small job itself, for calibrations longer than a login session.
#
# Exit codes: 0 complete; 1 a shard or a merge failed (named, with its log); 2 bad arguments.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

usage() {
    echo "usage: $0 CALIBRATION.yaml OUT_DIR N [CALIBRATE_OPTION...]" >&2
    echo "  $*" >&2
    exit 2
}

[ "$#" -ge 3 ] || usage "expected at least 3 arguments, got $#"
file="$1"
out_dir="$2"
shards="$3"
shift 3
[ -r "$file" ] || usage "cannot read the calibration file '$file'"
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || usage "N must be a whole number >= 1, not '$shards'"
command -v sbatch >/dev/null || usage "sbatch not found: is this a SLURM login node?"

file="$(realpath "$file")"
out_dir="$(realpath -m "$out_dir")"

# shellcheck source=submit-common.sh
. "$here/submit-common.sh"
resolve_sahelsim

merge() {
    echo "calibrate-submit: merging: ${sahelsim[*]} calibrate $file --out $out_dir --merge $*"
    "${sahelsim[@]}" calibrate "$file" --out "$out_dir" --merge "$@" \
        || { echo "calibrate-submit: the merge failed (exit code $?)" >&2; exit 1; }
}

merge "$@"
mkdir -p "$out_dir/logs" "$out_dir/status"
read -r -a sbatch_args <<< "${SBATCH_ARGS:-}"
while true; do
    state="$(cat "$out_dir/state.txt")"
    if [ "$state" = "complete" ]; then
        echo "calibrate-submit: done: $out_dir"
        exit 0
    fi
    [[ "$state" =~ ^shard\ round\ ([0-9]+)$ ]] || { echo "calibrate-submit: $out_dir/state.txt says '$state'" >&2; exit 1; }
    round="${BASH_REMATCH[1]}"
    export CALIBRATION_FILE="$file" OUT_DIR="$out_dir" SHARDS="$shards" CALIBRATE_ARGS="$*"
    echo "calibrate-submit: round $round: sbatch --array=0-$((shards - 1)) (waits until every task has ended)"
    sbatch --wait --array="0-$((shards - 1))" --output="$out_dir/logs/round-$round-task-%a.out" --open-mode=append \
        "${sbatch_args[@]}" "$here/calibrate-array.sbatch" || true
    failed=()
    for ((i = 1; i <= shards; i++)); do
        [ "$(cat "$out_dir/status/round-$round-shard-$i-of-$shards.exit" 2>/dev/null || true)" = 0 ] || failed+=("$i")
    done
    if [ "${#failed[@]}" -gt 0 ]; then
        echo "calibrate-submit: round $round: ${#failed[@]} of $shards shards failed: ${failed[*]}" >&2
        for i in "${failed[@]}"; do
            echo "  log $out_dir/logs/round-$round-task-$((i - 1)).out" >&2
            tail -n 5 "$out_dir/logs/round-$round-task-$((i - 1)).out" 2>/dev/null | sed 's/^/    | /' >&2 || true
        done
        echo "calibrate-submit: fix the cause and run the same command again" >&2
        exit 1
    fi
    merge "$@"
done
