#!/usr/bin/env bash
# Make sure nginx (the TLS-terminating gRPC proxy of tests/test_tls.py) is installed.
#
# Idempotent: does nothing when `nginx` is already on PATH (or in /usr/sbin).
# Otherwise installs Debian's nginx package with apt-get, as root or through sudo.
# Prints the path of the nginx binary on its last line.
set -euo pipefail

find_nginx() {
    command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

found="$(find_nginx)"
if [ -z "$found" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "tls_proxy_setup: nginx is missing and cannot be installed: not root and no password-less sudo" >&2
        exit 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "tls_proxy_setup: nginx is missing and apt-get is not available; install nginx by hand" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >&2
    # The package's post-install step may try to start a system nginx; that may
    # fail in a container without an init system, which is fine: the tests start
    # their own nginx with their own configuration.
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends nginx >&2 || true
    found="$(find_nginx)"
    if [ -z "$found" ]; then
        echo "tls_proxy_setup: installing nginx failed" >&2
        exit 1
    fi
fi
echo "$found"
