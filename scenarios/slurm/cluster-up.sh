#!/usr/bin/env bash
# Starts a single-node SLURM cluster on this machine, for testing the sweep scripts against a
# real scheduler (no mock). Runs as root, needs no systemd: it starts munged (as the munge
# user), slurmctld and slurmd itself, with their pid files, and waits until the node is idle.
#
# Usage: scenarios/slurm/cluster-up.sh
# Settings: see cluster-common.sh (CLUSTER_DIR, SLURMCTLD_PORT, SLURMD_PORT, CLUSTER_TIMEOUT,
# MUNGE_KEY). The cluster's configuration is $CLUSTER_DIR/slurm.conf; the client commands
# (sinfo, sbatch, squeue, scancel) find it through SLURM_CONF:
#   source "$CLUSTER_DIR/env.sh"        # sets SLURM_CONF
#   sinfo
# Stop it with scenarios/slurm/cluster-down.sh (same settings). Calling cluster-up.sh while
# the cluster is already up only waits for the node to be idle again. On failure it prints the
# daemons' logs and stops what it started (unless KEEP_ON_FAILURE=1).
#
# The configuration avoids everything a container lacks: no cgroups (proctrack/linuxproc,
# task/none), no accounting database (accounting_storage/none, jobcomp/none), the node line
# from `slurmd -C` so CPUs and memory match the machine.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=cluster-common.sh
source "$here/cluster-common.sh"

started=$SECONDS

# Set once daemons may have been started: from then on a failure prints the logs and cleans up.
armed=0

die() {
    echo "cluster-up: $*" >&2
    if [ "$armed" = 1 ]; then
        fail 1
    fi
    exit 1
}

print_logs() {
    local f
    for f in "$MUNGE_DIR/munged.log" "$CLUSTER_DIR/log/slurmctld.log" "$CLUSTER_DIR/log/slurmd.log"; do
        if [ -r "$f" ]; then
            echo "----- last lines of $f -----" >&2
            tail -n 40 "$f" >&2
        fi
    done
    if [ -n "${SLURM_CONF:-}" ] && live_pid "$SLURMCTLD_PID" slurmctld >/dev/null; then
        echo "----- sinfo -----" >&2
        sinfo -N -l >&2 2>&1 || true
    fi
}

fail() {
    local rc="$1"
    trap - ERR
    echo "cluster-up: FAILED (exit $rc) after $((SECONDS - started))s; logs follow" >&2
    print_logs
    if [ "${KEEP_ON_FAILURE:-0}" != 1 ]; then
        echo "cluster-up: stopping what was started (set KEEP_ON_FAILURE=1 to keep it)" >&2
        "$here/cluster-down.sh" >&2 || true
    fi
    exit "$rc"
}

[ "$(id -u)" -eq 0 ] || die "must run as root (slurmd and munged's setup need it)"
for tool in munged munge unmunge mungekey runuser slurmctld slurmd sinfo sbatch; do
    command -v "$tool" >/dev/null || die "'$tool' not found: run scenarios/slurm/install.sh first"
done
getent passwd munge >/dev/null || die "no 'munge' user: is the munge package installed?"

# ---- the cluster's folder -------------------------------------------------------------------
mkdir -p "$CLUSTER_DIR"
if [ ! -e "$CLUSTER_MARKER" ]; then
    if [ -n "$(ls -A "$CLUSTER_DIR")" ]; then
        die "$CLUSTER_DIR exists and is not a cluster folder made by cluster-up.sh; choose another CLUSTER_DIR"
    fi
    echo "made by scenarios/slurm/cluster-up.sh; cluster-down.sh deletes this folder" > "$CLUSTER_MARKER"
fi
chmod 0755 "$CLUSTER_DIR"
mkdir -p "$CLUSTER_DIR/run" "$CLUSTER_DIR/log"

armed=1
trap 'fail $?' ERR

# ---- munge ----------------------------------------------------------------------------------
# munged refuses to run as root and checks ownership and modes of its key, socket folder and
# log: the key must belong to munge and be readable by it alone; the socket folder must belong
# to munge and must not be writable by others.
if [ ! -s "$MUNGE_KEY" ]; then
    echo "creating munge key $MUNGE_KEY"
    mkdir -p "$(dirname "$MUNGE_KEY")"
    mungekey --create --keyfile="$MUNGE_KEY"
fi
chown munge:munge "$MUNGE_KEY"
chmod 0600 "$MUNGE_KEY"
mkdir -p "$MUNGE_DIR"
chown munge:munge "$MUNGE_DIR"
chmod 0755 "$MUNGE_DIR"
# Every folder above the socket must let the munge user through (a mktemp -d folder is 0700).
runuser -u munge -- test -w "$MUNGE_DIR" \
    || die "the munge user cannot reach $MUNGE_DIR: make the folders above it searchable by others (chmod o+x)"

if pid="$(live_pid "$MUNGED_PID" munged)"; then
    echo "munged already running (pid $pid)"
else
    # --force: remove a socket left behind by a munged that was killed.
    runuser -u munge -- /usr/sbin/munged --force \
        --socket="$MUNGE_SOCKET" --key-file="$MUNGE_KEY" --pid-file="$MUNGED_PID" \
        --log-file="$MUNGE_DIR/munged.log" --seed-file="$MUNGE_DIR/munged.seed"
fi
# A round trip proves the daemon answers on our socket with our key.
for _ in $(seq 1 50); do
    if munge -S "$MUNGE_SOCKET" -n 2>/dev/null | unmunge -S "$MUNGE_SOCKET" >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
munge -S "$MUNGE_SOCKET" -n | unmunge -S "$MUNGE_SOCKET" >/dev/null || die "munged does not answer on $MUNGE_SOCKET"

# ---- slurm.conf -----------------------------------------------------------------------------
# The node line as slurmd sees this machine (NodeName is the host name; CPUs, sockets, cores,
# threads and RealMemory as measured), without the UpTime line. Declaring more than the
# machine has would leave the node drained ("Low RealMemory" / "Low CPUs").
node_line="$(slurmd -C | grep '^NodeName=')" || die "slurmd -C printed no NodeName line"
node_name="${node_line#NodeName=}"
node_name="${node_name%% *}"
[ -n "$node_name" ] || die "no node name in: $node_line"

conf_tmp="$SLURM_CONF_FILE.tmp"
cat > "$conf_tmp" <<CONF
# Written by scenarios/slurm/cluster-up.sh: a single-node cluster on this machine.
ClusterName=sahelsim
# The controller is this host; its address is pinned to the loopback so the cluster works
# whatever the host name resolves to.
SlurmctldHost=$node_name(127.0.0.1)
SlurmctldPort=$SLURMCTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$MUNGE_SOCKET
MpiDefault=none
# No cgroups: containers and CI machines often do not let us create them.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
# No accounting database (so no sacct: the sweep scripts check per-task marker files).
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
StateSaveLocation=$CLUSTER_DIR/state
SlurmdSpoolDir=$CLUSTER_DIR/spool
SlurmctldPidFile=$SLURMCTLD_PID
SlurmdPidFile=$SLURMD_PID
SlurmctldLogFile=$CLUSTER_DIR/log/slurmctld.log
SlurmdLogFile=$CLUSTER_DIR/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# A node that was down comes back by itself when its slurmd registers.
ReturnToService=2
# Short timers: tests wait on them.
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
# sbatch --wait polls after 2 s, then every 8 s, 32 s... while the interval is below
# MinJobAge/2; 4 keeps it at 2 s so tests finish quickly. Finished jobs are forgotten after
# 4 s, which is why the sweep scripts check marker files rather than the scheduler's memory.
MinJobAge=4
KillWait=5
Waittime=0
MailProg=/bin/true
# Start jobs as soon as they are submitted or a CPU frees up (the default batches them, up
# to 3 s), which keeps tests short.
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
$node_line NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=$node_name Default=YES MaxTime=INFINITE State=UP
CONF

ctld_pid="$(live_pid "$SLURMCTLD_PID" slurmctld || true)"
slurmd_pid="$(live_pid "$SLURMD_PID" slurmd || true)"
if [ -n "$ctld_pid" ] && ! cmp -s "$conf_tmp" "$SLURM_CONF_FILE"; then
    armed=0   # not ours to stop
    rm -f "$conf_tmp"
    die "a cluster is already running in $CLUSTER_DIR with another configuration (ports?); run cluster-down.sh first"
fi
mv "$conf_tmp" "$SLURM_CONF_FILE"
export SLURM_CONF="$SLURM_CONF_FILE"
printf 'export SLURM_CONF=%q\n' "$SLURM_CONF_FILE" > "$CLUSTER_DIR/env.sh"

# ---- slurmctld and slurmd -------------------------------------------------------------------
# Whether something already listens on TCP port $1 of the loopback. Checked before starting a
# daemon: one that cannot bind its port dies, and the client commands would then talk to
# whichever cluster owns the port and report its node as ours.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
if [ -z "$ctld_pid" ] && port_in_use "$SLURMCTLD_PORT"; then
    die "port $SLURMCTLD_PORT (slurmctld) is in use, by another cluster? Set SLURMCTLD_PORT and SLURMD_PORT to free ports"
fi
if [ -z "$slurmd_pid" ] && port_in_use "$SLURMD_PORT"; then
    die "port $SLURMD_PORT (slurmd) is in use, by another cluster? Set SLURMCTLD_PORT and SLURMD_PORT to free ports"
fi
if [ -n "$ctld_pid" ]; then
    echo "slurmctld already running (pid $ctld_pid)"
else
    # A fresh start: no jobs or node states left from an earlier cluster in this folder.
    rm -rf "$CLUSTER_DIR/state"
    mkdir -p "$CLUSTER_DIR/state"
    slurmctld -f "$SLURM_CONF_FILE"
fi
if [ -n "$slurmd_pid" ]; then
    echo "slurmd already running (pid $slurmd_pid)"
else
    rm -rf "$CLUSTER_DIR/spool"
    mkdir -p "$CLUSTER_DIR/spool"
    slurmd -f "$SLURM_CONF_FILE"
fi

# ---- wait for the node ----------------------------------------------------------------------
state=""
deadline=$((SECONDS + CLUSTER_TIMEOUT))
while :; do
    for d in "$MUNGED_PID:munged" "$SLURMCTLD_PID:slurmctld" "$SLURMD_PID:slurmd"; do
        if ! live_pid "${d%%:*}" "${d##*:}" >/dev/null; then
            # A daemon forks before it writes its pid file: give it a moment.
            sleep 0.5
            live_pid "${d%%:*}" "${d##*:}" >/dev/null || die "${d##*:} is not running"
        fi
    done
    state="$(sinfo -h -N -n "$node_name" -o '%T' 2>/dev/null | head -n 1 || true)"
    [ "$state" = idle ] && break
    if [ "$SECONDS" -ge "$deadline" ]; then
        die "node $node_name not idle after ${CLUSTER_TIMEOUT}s (state: '${state:-no answer}')"
    fi
    sleep 0.2
done
# The controller that answered must be ours (its state folder), not another cluster's.
answered="$(scontrol show config | sed -n 's/^StateSaveLocation *= *//p')"
[ "$answered" = "$CLUSTER_DIR/state" ] \
    || die "the slurmctld answering on port $SLURMCTLD_PORT is another cluster's (state in '$answered')"

trap - ERR
armed=0
echo "cluster-up: node $node_name idle after $((SECONDS - started))s (slurmctld on port $SLURMCTLD_PORT, folder $CLUSTER_DIR)"
echo "cluster-up: for the client commands: source $CLUSTER_DIR/env.sh   # or: export SLURM_CONF=$SLURM_CONF_FILE"
