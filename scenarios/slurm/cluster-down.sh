#!/usr/bin/env bash
# Stops the single-node cluster of cluster-up.sh and deletes its folder, leaving the machine as
# it was (the munge key stays: it is the machine's). Idempotent: safe to call when the cluster
# is half up, already down or was never started; scripts call it from a trap.
#
# Usage: scenarios/slurm/cluster-down.sh
# Settings: the same as cluster-up.sh (see cluster-common.sh). KEEP_CLUSTER_DIR=1 keeps the
# folder (logs, slurm.conf) for a post-mortem.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=cluster-common.sh
source "$here/cluster-common.sh"

if [ ! -e "$CLUSTER_MARKER" ]; then
    echo "cluster-down: no cluster folder at $CLUSTER_DIR: nothing to stop"
    exit 0
fi

# Cancel jobs first so slurmd ends their steps (slurmstepd and the job's processes) before it
# stops; otherwise job processes would outlive the cluster.
if live_pid "$SLURMCTLD_PID" slurmctld >/dev/null && [ -r "$SLURM_CONF_FILE" ]; then
    export SLURM_CONF="$SLURM_CONF_FILE"
    jobs="$(squeue -h -o %A 2>/dev/null | sort -u | tr '\n' ' ' || true)"
    if [ -n "${jobs// /}" ]; then
        echo "cancelling the cluster's jobs: $jobs"
        # shellcheck disable=SC2086  # one argument per job id
        scancel --quiet $jobs 2>/dev/null || true
        for _ in $(seq 1 $((CLUSTER_TIMEOUT * 5))); do
            [ -z "$(squeue -h -o %A 2>/dev/null || true)" ] && break
            sleep 0.2
        done
    fi
fi

stop_daemon "$SLURMD_PID" slurmd
stop_daemon "$SLURMCTLD_PID" slurmctld
stop_daemon "$MUNGED_PID" munged

if [ "${KEEP_CLUSTER_DIR:-0}" = 1 ]; then
    echo "cluster-down: stopped; kept $CLUSTER_DIR"
else
    rm -rf "$CLUSTER_DIR"
    echo "cluster-down: stopped; removed $CLUSTER_DIR"
fi
