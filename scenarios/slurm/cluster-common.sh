# shellcheck shell=bash disable=SC2034  # sourced: the variables are used by the scripts sourcing it
# Shared by cluster-up.sh and cluster-down.sh (sourced, not run): where the single-node
# cluster keeps its files, and how to tell whether one of its daemons is alive.
#
# Everything the cluster writes (slurm.conf, munge socket, state, spool, logs, pid files) lives
# in one folder, CLUSTER_DIR, so cluster-down.sh can leave the machine as it found it and two
# clusters with different folders and ports can run side by side (the JUnit helper does that
# so parallel test runs do not collide). The only file outside it is the munge key, created
# once if the machine has none (/etc/munge/munge.key, as Debian's munge package does).
#
# Settings (environment variables, all optional):
#   CLUSTER_DIR       the cluster's folder                 [/tmp/sahelsim-slurm]
#   SLURMCTLD_PORT    TCP port of slurmctld                [6817]
#   SLURMD_PORT       TCP port of slurmd                   [6818]
#   CLUSTER_TIMEOUT   seconds to wait for the node to be idle, or for a daemon to stop [60]
#   MUNGE_KEY         the munge key file                   [/etc/munge/munge.key]

CLUSTER_DIR="${CLUSTER_DIR:-/tmp/sahelsim-slurm}"
SLURMCTLD_PORT="${SLURMCTLD_PORT:-6817}"
SLURMD_PORT="${SLURMD_PORT:-6818}"
CLUSTER_TIMEOUT="${CLUSTER_TIMEOUT:-60}"
MUNGE_KEY="${MUNGE_KEY:-/etc/munge/munge.key}"

SLURM_CONF_FILE="$CLUSTER_DIR/slurm.conf"
MUNGE_DIR="$CLUSTER_DIR/munge"
MUNGE_SOCKET="$MUNGE_DIR/munge.socket.2"
MUNGED_PID="$MUNGE_DIR/munged.pid"
SLURMCTLD_PID="$CLUSTER_DIR/run/slurmctld.pid"
SLURMD_PID="$CLUSTER_DIR/run/slurmd.pid"
# Written by cluster-up.sh: proves the folder is ours before cluster-down.sh deletes it.
CLUSTER_MARKER="$CLUSTER_DIR/.sahelsim-cluster"

# Prints the pid in pid file $1 if that process is alive and its command name starts with $2
# (Debian's slurmctld is slurmctld-wlm through alternatives). Checking the name guards against
# a stale pid file whose number the kernel has given to another process.
live_pid() {
    local file="$1" name="$2" pid comm
    [ -r "$file" ] || return 1
    pid="$(tr -dc '0-9' < "$file")"
    [ -n "$pid" ] || return 1
    running "$pid" || return 1
    comm="$(cat "/proc/$pid/comm" 2>/dev/null)" || return 1
    case "$comm" in
        "$name"*) echo "$pid" ;;
        *) return 1 ;;
    esac
}

# Whether process $1 exists and is not a zombie (a daemon whose parent is an init that does not
# reap stays a zombie after it exits; it is gone for our purposes).
running() {
    local state
    state="$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" || return 1
    [ -n "$state" ] && [ "$state" != "Z" ]
}

# Stops the daemon of pid file $1 (name $2): SIGTERM, then SIGKILL after CLUSTER_TIMEOUT s.
stop_daemon() {
    local file="$1" name="$2" pid waited=0
    if ! pid="$(live_pid "$file" "$name")"; then
        rm -f "$file"
        return 0
    fi
    echo "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while running "$pid"; do
        if [ "$waited" -ge $((CLUSTER_TIMEOUT * 10)) ]; then
            echo "$name (pid $pid) ignored SIGTERM for ${CLUSTER_TIMEOUT}s: sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    rm -f "$file"
}
