# shellcheck shell=bash
# Shared by scripts/devenv, scripts/run and scripts/test: decides whether the host can build
# ChangeDesk natively or needs the Debian 13 build root, creates that root when it is missing or
# stale, and runs commands inside it. Sourced, never executed.

CHANGEDESK_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CHANGEDESK_SUITE=trixie
CHANGEDESK_PACKAGES_FILE="$CHANGEDESK_TOP/scripts/buildroot-packages.txt"
# Bump when the way the root is made changes in a way the package list does not show.
CHANGEDESK_RECIPE=1

cd_die() { printf 'changedesk: %s\n' "$*" >&2; exit 2; }
cd_note() { printf 'changedesk: %s\n' "$*" >&2; }

cd_cache_dir() { printf '%s/changedesk' "${XDG_CACHE_HOME:-$HOME/.cache}"; }
cd_root_dir() { printf '%s' "${CHANGEDESK_BUILDROOT:-$(cd_cache_dir)/buildroot-$CHANGEDESK_SUITE}"; }

cd_packages() { grep -vE '^\s*(#|$)' "$CHANGEDESK_PACKAGES_FILE"; }

cd_stamp() {
    { printf 'suite=%s recipe=%s\n' "$CHANGEDESK_SUITE" "$CHANGEDESK_RECIPE"; cd_packages; } | sha256sum | cut -d' ' -f1
}

# True when we already run inside the build root (scripts called from within it).
cd_inside_root() { [ -f /.changedesk-buildroot-stamp ]; }

cd_version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

cd_find_cmake_config() {
    local name=$1 dir
    local IFS=:
    for dir in ${CMAKE_PREFIX_PATH:-} /usr /usr/local; do
        [ -n "$dir" ] || continue
        compgen -G "$dir/lib*/cmake/$name/${name}Config.cmake" >/dev/null && return 0
        compgen -G "$dir/lib/*/cmake/$name/${name}Config.cmake" >/dev/null && return 0
        compgen -G "$dir/share/cmake/$name/${name}Config.cmake" >/dev/null && return 0
    done
    return 1
}

# The host builds natively when it has cmake, ninja, Qt >= 6.5, QCA for Qt 6, KF6 Syntax
# Highlighting, KF6 CalendarCore, QtKeychain for Qt 6, GpgME++ and OpenSSL's headers.
cd_host_is_native() {
    command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
    local qtpaths qtver
    qtpaths=$(command -v qtpaths6 || command -v qtpaths || true)
    [ -n "$qtpaths" ] || return 1
    qtver=$("$qtpaths" --qt-query QT_VERSION 2>/dev/null || true)
    [ -n "$qtver" ] && cd_version_ge "$qtver" 6.5 || return 1
    cd_find_cmake_config Qca-qt6 && cd_find_cmake_config KF6SyntaxHighlighting \
        && cd_find_cmake_config KF6CalendarCore && cd_find_cmake_config Qt6Keychain \
        && cd_find_cmake_config Gpgmepp && [ -f /usr/include/openssl/cms.h ]
}

# native | root, from CHANGEDESK_ENV (auto by default).
cd_mode() {
    case "${CHANGEDESK_ENV:-auto}" in
        native) echo native ;;
        root) cd_inside_root && echo native || echo root ;;
        auto)
            if cd_inside_root || cd_host_is_native; then echo native; else echo root; fi ;;
        *) cd_die "CHANGEDESK_ENV must be auto, native or root, not '${CHANGEDESK_ENV}'" ;;
    esac
}

cd_require_mmdebstrap() {
    command -v mmdebstrap >/dev/null && return 0
    command -v apt-get >/dev/null \
        || cd_die "this host lacks Qt >= 6.5, QCA (Qt 6) or KF6 and is not Debian-like: install them natively (see README)"
    cd_note "installing mmdebstrap on the host to create the build root"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    fi || cd_die "could not install mmdebstrap"
}

# The host's Debian archives as mmdebstrap mirror lines for the root's suite, so that the root
# comes from the same mirror or proxy as the host's packages (mmdebstrap's own default is used
# only when the host is not Debian). Reads both one-line and deb822 apt sources.
cd_root_mirrors() {
    grep -qx 'ID=debian' /etc/os-release 2>/dev/null || return 0
    local f files=()
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && files+=("$f")
    done
    [ ${#files[@]} -gt 0 ] || return 0
    awk -v suite="$CHANGEDESK_SUITE" '
        function emit(uri, suites,   n, i, parts, security) {
            security = 0
            n = split(suites, parts, /[ \t]+/)
            for (i = 1; i <= n; i++) if (parts[i] ~ /-security$/) security = 1
            if (security) lines["deb " uri " " suite "-security main"] = 1
            else { lines["deb " uri " " suite " main"] = 1; lines["deb " uri " " suite "-updates main"] = 1 }
        }
        function flush(   n, i, u) {
            if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled != "no") {
                n = split(uris, u, /[ \t]+/)
                for (i = 1; i <= n; i++) if (u[i] != "") emit(u[i], suites)
            }
            types = uris = suites = enabled = ""
        }
        FILENAME ~ /\.sources$/ {
            if ($0 ~ /^[ \t]*$/) { flush(); next }
            if ($0 ~ /^#/) next
            key = tolower($1); sub(/:$/, "", key); $1 = ""; val = $0; sub(/^[ \t]+/, "", val)
            if (key == "types") types = val; else if (key == "uris") uris = val
            else if (key == "suites") suites = val; else if (key == "enabled") enabled = tolower(val)
            next
        }
        FNR == 1 { flush() }
        /^[ \t]*deb[ \t]/ {
            i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            emit($i, $(i + 1))
        }
        END { flush(); for (l in lines) print l }
    ' "${files[@]}" | sort
}

# Removes a (build root) tree; as a normal user its files belong to sub-uids, so that happens in
# a user namespace that maps them.
cd_remove_tree() {
    [ -e "$1" ] || return 0
    if [ "$(id -u)" -eq 0 ]; then
        rm -rf "$1"
    else
        unshare --map-root-user --map-auto rm -rf "$1" 2>/dev/null || rm -rf "$1"
    fi
}

# Creates or refreshes the build root; safe against concurrent callers.
cd_ensure_root() {
    local root stamp lock
    root=$(cd_root_dir)
    stamp=$(cd_stamp)
    mkdir -p "$(dirname "$root")"
    lock="$root.lock"
    exec {cd_lock_fd}>"$lock"
    flock "$cd_lock_fd"
    if [ -f "$root/.changedesk-buildroot-stamp" ] && [ "$(cat "$root/.changedesk-buildroot-stamp")" = "$stamp" ]; then
        flock -u "$cd_lock_fd"
        return 0
    fi
    cd_require_mmdebstrap
    local mode=root
    [ "$(id -u)" -eq 0 ] || mode=unshare
    local fresh="$root.new"
    cd_remove_tree "$fresh"
    cd_note "creating the Debian 13 build root in $root (about 2 minutes, once)"
    local started=$SECONDS
    # No mirror is named here: the host's own apt sources are reused for the root's suite.
    local -a mirrors=()
    mapfile -t mirrors < <(cd_root_mirrors)
    # The hook runs inside mmdebstrap's namespace: as a normal user the root's files belong to
    # sub-uids afterwards, so the mount point and the stamp are made there.
    if ! mmdebstrap --mode="$mode" --variant=apt --include="$(cd_packages | paste -sd,)" \
            --customize-hook="mkdir -p \"\$1/src\" && echo $stamp > \"\$1/.changedesk-buildroot-stamp\"" \
            "$CHANGEDESK_SUITE" "$fresh" "${mirrors[@]}" </dev/null >"$root.log" 2>&1; then
        tail -n 20 "$root.log" >&2
        cd_remove_tree "$fresh"
        cd_die "creating the build root failed; full log in $root.log"
    fi
    cd_remove_tree "$root.old"
    [ -d "$root" ] && mv "$root" "$root.old"
    mv "$fresh" "$root"
    cd_remove_tree "$root.old"
    cd_note "build root ready after $((SECONDS - started)) s"
    flock -u "$cd_lock_fd"
}

# Environment variables that cross into the root; everything else stays outside.
cd_pass_env() {
    local name
    for name in HOME USER LOGNAME TERM LANG LANGUAGE TZ CI DISPLAY XAUTHORITY WAYLAND_DISPLAY \
                XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS; do
        [ -n "${!name+x}" ] && printf '%s=%s\0' "$name" "${!name}"
    done
    while IFS='=' read -r -d '' name value; do
        case "$name" in
            CHANGEDESK_*|QT_*|CTEST_*|ASAN_*|UBSAN_*|LSAN_*|LC_*|CMAKE_BUILD_PARALLEL_LEVEL) printf '%s=%s\0' "$name" "$value" ;;
        esac
    done < <(env -0)
}

# Runs "$@" from the project root inside the build root. Mounts vanish when the command ends.
cd_run_in_root() {
    local root
    root=$(cd_root_dir)
    local -a envs=()
    mapfile -d '' envs < <(cd_pass_env)
    envs+=("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    local -a ns=(unshare --mount --propagation private)
    # A normal user is root in a user namespace of its own, with its sub-uids mapped as they were
    # when mmdebstrap made the root (so the root's users, postgres among them, exist), and a PID
    # namespace to mount /proc in.
    if [ "$(id -u)" -ne 0 ]; then
        local subuid subgid
        subuid=$(awk -F: -v u="$(id -un)" '$1 == u { print $2 ":" $3; exit }' /etc/subuid 2>/dev/null)
        subgid=$(awk -F: -v u="$(id -un)" '$1 == u { print $2 ":" $3; exit }' /etc/subgid 2>/dev/null)
        if [ -n "$subuid" ] && [ -n "$subgid" ] && command -v newuidmap >/dev/null; then
            ns=(unshare --map-user=0 --map-group=0
                --map-users="$((${subuid%%:*} + 1)),1,$((${subuid##*:} - 1))"
                --map-groups="$((${subgid%%:*} + 1)),1,$((${subgid##*:} - 1))"
                --mount --pid --fork --propagation private)
        else
            ns=(unshare --map-root-user --mount --pid --fork --propagation private)
        fi
    fi
    # shellcheck disable=SC2016
    "${ns[@]}" /bin/bash -c '
        set -e
        root=$1 top=$2 nenv=$3; shift 3
        envs=("${@:1:nenv}"); shift "$nenv"
        mount --bind "$top" "$root/src"
        mount -t proc proc "$root/proc"
        if [ ! -c "$root/dev/null" ]; then
            # A root made as a normal user has no device nodes: bind those of the host.
            mount -t tmpfs -o mode=755 tmpfs "$root/dev"
            for node in null zero full random urandom tty; do
                touch "$root/dev/$node" && mount --bind "/dev/$node" "$root/dev/$node"
            done
            mkdir -p "$root/dev/shm" "$root/dev/pts"
            ln -s /proc/self/fd "$root/dev/fd"
            ln -s /proc/self/fd/0 "$root/dev/stdin"
            ln -s /proc/self/fd/1 "$root/dev/stdout"
            ln -s /proc/self/fd/2 "$root/dev/stderr"
        fi
        mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" 2>/dev/null || true
        if [ -n "${HOME:-}" ] && [ -d "$HOME" ] && [ "$HOME" != / ]; then
            if ! mkdir -p "$root$HOME" 2>/dev/null; then
                # A normal user cannot write into the root (it belongs to sub-uids): a tmpfs
                # over the top folder of $HOME (e.g. /home) holds the mount point instead.
                top=${HOME#/}; top=/${top%%/*}
                mount -t tmpfs tmpfs "$root$top" && mkdir -p "$root$HOME"
            fi
            mount --bind "$HOME" "$root$HOME"
        fi
        # The conformance corpus beside the checkout (../shared), where /src/../shared resolves.
        if [ -d "$top/../shared" ] && mkdir -p "$root/shared" 2>/dev/null; then
            mount --bind "$top/../shared" "$root/shared"
        fi
        if [ -d /tmp/.X11-unix ]; then
            mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
            mkdir -p "$root$XDG_RUNTIME_DIR" && mount --bind "$XDG_RUNTIME_DIR" "$root$XDG_RUNTIME_DIR"
        fi
        exec chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/sh -c "cd /src && exec \"\$@\"" sh "$@"
    ' changedesk-root "$root" "$CHANGEDESK_TOP" "${#envs[@]}" "${envs[@]}" "$@"
}
