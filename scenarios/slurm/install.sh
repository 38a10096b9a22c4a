#!/usr/bin/env bash
# Installs what the single-node SLURM cluster of cluster-up.sh needs, on Debian or Ubuntu, as
# root: slurm-wlm (slurmctld, slurmd, the client commands) and munge (the authentication
# daemon SLURM requires). Does nothing when they are already there, so CI and developers can
# call it every time. Debian's packages try to start their services through systemd; where
# there is no systemd (containers, CI) that fails harmlessly and cluster-up.sh starts the
# daemons itself.
#
# Usage: scenarios/slurm/install.sh [EXTRA_PACKAGE...]
#   EXTRA_PACKAGE: further Debian packages to install in the same apt call (.ci/run passes xvfb).
# Run `apt-get update` before it on a fresh machine (.ci/run does).
set -euo pipefail

packages=(slurm-wlm munge "$@")

missing=()
for p in "${packages[@]}"; do
    # dpkg-query prints "install ok installed" only for a fully installed package.
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install.sh: already installed: ${packages[*]}"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: needs root to install ${missing[*]} (try: sudo $0 $*)" >&2
    exit 1
fi

echo "install.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "${missing[@]}"
