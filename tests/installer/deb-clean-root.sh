#!/usr/bin/env bash
# Installs the DEB of a build tree into a fresh, minimal root of the distribution this runs on
# (Debian 13 inside scripts/devenv) and runs the installed programs there:
#
#   1. cpack -G DEB from the build tree (it packages what is built: build before testing);
#   2. checks the file name, the Depends line and the contents of the package;
#   3. extracts a cached minimal root (mmdebstrap --variant=apt, rebuilt when missing, older
#      than a week or made from other apt sources) into an empty directory;
#   4. apt-get install --no-install-recommends ./changedesk_*.deb there, so the package's own
#      Depends must be enough;
#   5. changedeskctl version, --json version, init and check on SQLite; changedesk --smoke
#      offscreen (PNG header and size checked); the installed desktop entry and AppStream
#      metadata through desktop-file-validate and appstreamcli.
#
# Every command in the root runs under `unshare --mount --pid --mount-proc`: /proc exists only
# in that namespace and goes away with it, so no mount is ever left behind, and no `mount`
# binary is needed (the build root of scripts/devenv has none). /dev comes from the root's own
# device nodes, which mmdebstrap creates in root mode.
#
# Exit 0 passed, 1 failed, 77 skipped (only where this cannot run at all: no dpkg, apt-get or
# mmdebstrap, or no privileges to make a root file system).
#
# Environment: CHANGEDESK_INSTALLER_SOURCES=FILE  apt sources for the root (default: this
#              environment's /etc/apt/sources.list and sources.list.d/*);
#              CHANGEDESK_INSTALLER_KEEP=1        keep the root for inspection.
set -euo pipefail

SKIP=77
cpack="" cpack_config="" version="" expect_gui=0 out="" screenshot=""
while [ $# -gt 0 ]; do
    case $1 in
        --cpack) cpack=$2 ;;
        --cpack-config) cpack_config=$2 ;;
        --version) version=$2 ;;
        --expect-gui) expect_gui=$2 ;;
        --work) out=$2 ;;
        --screenshot) screenshot=$2 ;;
        *) echo "deb-clean-root.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
[ -n "$cpack" ] && [ -n "$cpack_config" ] && [ -n "$version" ] && [ -n "$out" ] \
    || { echo "usage: deb-clean-root.sh --cpack CPACK --cpack-config FILE --version V --work DIR [--expect-gui 0|1] [--screenshot FILE]" >&2; exit 2; }

started=$SECONDS
step_started=$SECONDS
timings=()
say() { printf '[installer %4ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '[installer %4ds] FAILED: %s\n' $((SECONDS - started)) "$*" >&2; exit 1; }
skip() { printf '[installer] SKIPPED: %s\n' "$*"; exit "$SKIP"; }
step() { step_started=$SECONDS; say "$*"; }
done_step() { timings+=("$(printf '%4ds  %s' $((SECONDS - step_started)) "$1")"); }
show_log() {
    printf -- '----- last %s lines of %s -----\n' "${2:-40}" "$1" >&2
    tail -n "${2:-40}" "$1" >&2 || true
    printf -- '----- end of %s -----\n' "$1" >&2
}

# ---- Can this environment run it at all? -------------------------------------------------------
command -v dpkg >/dev/null && command -v apt-get >/dev/null \
    || skip "no dpkg/apt-get: not a Debian-based environment (run it inside scripts/devenv)"
command -v mmdebstrap >/dev/null \
    || skip "mmdebstrap is not installed (apt-get install mmdebstrap; the build root of scripts/devenv has it)"
[ "$(id -u)" -eq 0 ] \
    || skip "needs root to create and enter a Debian root (run it through scripts/devenv as root, or natively as root)"
mapped=$(awk '{n += $3} END {printf "%.0f", n}' /proc/self/uid_map)
awk '{n += $3} END {exit !(n >= 65536)}' /proc/self/uid_map \
    || skip "runs in a user namespace that maps only $mapped user id(s); dpkg cannot hand files to other users there (scripts/devenv run by a non-root user does this: run it as root)"
# A root file system needs device nodes, which only the real root may create.
probe_dir=$(mktemp -d)
if ! mknod "$probe_dir/null" c 1 3 2>/dev/null; then
    rm -rf "$probe_dir"
    skip "cannot create device nodes here (a user namespace, as scripts/devenv makes for a non-root user): run it as root"
fi
rm -rf "$probe_dir"
for tool in unshare chroot tar flock sha256sum dpkg-deb; do
    command -v "$tool" >/dev/null || fail "$tool is missing from this environment"
done
[ -f "$cpack_config" ] || fail "$cpack_config does not exist: was installer/CMakeLists.txt (include(CPack)) configured?"

# shellcheck disable=SC1091
. /etc/os-release
suite=${VERSION_CODENAME:-}
[ -n "$suite" ] || fail "/etc/os-release names no VERSION_CODENAME; cannot tell which suite to bootstrap"
arch=$(dpkg --print-architecture)

cache="${XDG_CACHE_HOME:-$HOME/.cache}/changedesk"
base="$cache/installer-base-$suite.tar"
archives="$cache/installer-apt-archives-$suite"
work_id=$(printf '%s' "$out" | sha256sum | cut -c1-12)
root="$cache/installer-root-$work_id"
mkdir -p "$cache" "$archives"

# One run at a time per cache: the base tarball and the package cache are shared.
exec 9>"$cache/installer.lock"
if ! flock -n 9; then
    say "another installer test holds $cache/installer.lock; waiting"
    flock 9
fi

remove_root() {
    [ -e "$root" ] || return 0
    # Mounts exist only inside the unshare namespaces; refuse to delete if one leaked anyway.
    if awk -v r="$root" '$5 == r || index($5, r "/") == 1 {found = 1} END {exit !found}' /proc/self/mountinfo; then
        echo "[installer] mounts remain under $root; not deleting it:" >&2
        grep -F "$root" /proc/self/mountinfo >&2 || true
        return 1
    fi
    rm -rf --one-file-system "$root"
}

# Cached .deb files move between the cache and the root as hard links (same file system), so
# keeping them costs no copying. apt checks every file against the repository's hashes before
# it uses it, so a cached file can never stand in for a different one.
link_or_copy() { cp -l "$1" "$2" 2>/dev/null || cp -p "$1" "$2"; }

sync_archives() {
    local dir="$root/var/cache/apt/archives" file
    [ -d "$dir" ] || return 0
    for file in "$dir"/*.deb; do
        [ -e "$file" ] || continue
        [ -e "$archives/${file##*/}" ] || link_or_copy "$file" "$archives/${file##*/}"
    done
    # After a complete run, what apt-get autoclean dropped from the root goes from the cache too.
    [ "$prune_cache" = 1 ] || return 0
    for file in "$archives"/*.deb; do
        [ -e "$file" ] || continue
        [ -e "$dir/${file##*/}" ] || rm -f "$file"
    done
}

prune_cache=0
cleanup() {
    local rc=$?
    local cleanup_started=$SECONDS
    sync_archives || true
    if [ "${CHANGEDESK_INSTALLER_KEEP:-0}" = 1 ] && [ -d "$root" ]; then
        say "keeping the root in $root (CHANGEDESK_INSTALLER_KEEP=1)"
    else
        remove_root || rc=1
    fi
    timings+=("$(printf '%4ds  %s' $((SECONDS - cleanup_started)) "clean up (package cache, root removed)")")
    if [ ${#timings[@]} -gt 0 ]; then
        say "timings:"
        printf '    %s\n' "${timings[@]}"
    fi
    say "total $((SECONDS - started)) s"
    exit "$rc"
}
trap cleanup EXIT

# Runs "$@" with no file descriptor open but 0, 1 and 2. mmdebstrap hands apt a descriptor
# numbered above the ones already open and apt passes `cat >&N` to /bin/sh; dash reads only one
# digit there, so with the lock descriptor (and whatever ctest leaves open) it would fail.
with_std_fds() {
    local fds=() fd
    for fd in /proc/self/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] && fds+=("$fd")
    done
    (
        for fd in "${fds[@]}"; do
            eval "exec $fd>&-" 2>/dev/null || true
        done
        exec "$@"
    )
}

# Mounts made in the namespaces of in_root must not propagate back. `unshare --propagation
# private` does that, but fails (EINVAL) when / is not a mount point, as inside the chroot of
# scripts/devenv; there every mount is private already (scripts/devenv unshares with
# --propagation private), so leaving propagation unchanged is just as safe.
if unshare --mount --propagation private true 2>/dev/null; then
    propagation=private
elif ! grep -q ' shared:' /proc/self/mountinfo; then
    propagation=unchanged
else
    fail "cannot create a mount namespace with private propagation here (unshare --mount --propagation private fails and shared mounts exist)"
fi

# Runs "$@" inside the root with a private /proc and a clean environment.
in_root() {
    unshare --mount --propagation "$propagation" --pid --fork --kill-child --mount-proc="$root/proc" \
        chroot "$root" /usr/bin/env -i \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
            XDG_RUNTIME_DIR=/tmp/runtime-root "$@"
}

rm -rf "$out"
mkdir -p "$out/pkg"
remove_root || fail "a previous run left mounts under $root"

# ---- 1. Package ------------------------------------------------------------------------------
step "cpack -G DEB (config $cpack_config)"
"$cpack" --config "$cpack_config" -G DEB -B "$out/pkg" >"$out/cpack.log" 2>&1 \
    || { show_log "$out/cpack.log"; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$out"/pkg/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || { show_log "$out/cpack.log"; fail "expected one .deb in $out/pkg, found ${#debs[@]}"; }
deb=${debs[0]}
deb_name=$(basename "$deb")
[ "$deb_name" = "changedesk_${version}_${arch}.deb" ] \
    || fail "the package is named $deb_name, expected changedesk_${version}_${arch}.deb"
say "built $deb_name ($(( $(stat -c %s "$deb") / 1024 )) KiB)"
done_step "cpack -G DEB"

# ---- 2. Package metadata and contents --------------------------------------------------------
step "checking the package metadata and contents"
dpkg-deb --info "$deb" >"$out/info.txt" || fail "dpkg-deb cannot read $deb_name"
[ "$(dpkg-deb -f "$deb" Package)" = changedesk ] || fail "Package is not changedesk"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is $(dpkg-deb -f "$deb" Version), expected $version"
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
has_dep() { printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -qE "^$1( |$)"; }
required=(libqt6sql6-sqlite libqt6sql6-psql libqca-qt6-plugins gnupg)
[ "$expect_gui" = 1 ] && required+=(qt6-svg-plugins qt6-qpa-plugins)
for dep in "${required[@]}"; do
    has_dep "$dep" || fail "Depends lacks $dep (a run-time plugin or tool dpkg-shlibdeps cannot see)"
done
has_dep 'libqt6core6[a-z0-9]*' \
    || fail "Depends lacks the Qt Core library: dpkg-shlibdeps did not run (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)"
has_dep 'libqca-qt6-2[a-z0-9]*' || fail "Depends lacks libqca-qt6-2 (dpkg-shlibdeps)"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/contents.txt"
contains() { grep -qxF "$1" "$out/contents.txt"; }
contains /usr/bin/changedeskctl || fail "the package has no /usr/bin/changedeskctl"
desktop_files=(/usr/share/applications/org.changedesk.ChangeDesk.desktop
               /usr/share/icons/hicolor/scalable/apps/org.changedesk.ChangeDesk.svg
               /usr/share/metainfo/org.changedesk.ChangeDesk.metainfo.xml)
if [ "$expect_gui" = 1 ]; then
    contains /usr/bin/changedesk || fail "the build has the changedesk target but the package has no /usr/bin/changedesk"
    for file in "${desktop_files[@]}"; do
        contains "$file" || fail "the package lacks $file"
    done
else
    say "NOTE: this build has no changedesk (GUI) target; the GUI checks are not run"
fi
done_step "package metadata and contents"

# ---- 3. Clean root ---------------------------------------------------------------------------
sources=()
if [ -n "${CHANGEDESK_INSTALLER_SOURCES:-}" ]; then
    [ -f "$CHANGEDESK_INSTALLER_SOURCES" ] || fail "CHANGEDESK_INSTALLER_SOURCES=$CHANGEDESK_INSTALLER_SOURCES is not a file"
    sources=("$CHANGEDESK_INSTALLER_SOURCES")
else
    if [ -f /etc/apt/sources.list ] && grep -qE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list; then
        sources+=(/etc/apt/sources.list)
    fi
    for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] && sources+=("$file")
    done
fi
aptopts=()
proxy=""
eval "$(apt-config shell proxy Acquire::http::Proxy)"
[ -n "$proxy" ] && aptopts+=(--aptopt="Acquire::http::Proxy \"$proxy\"")
recipe=1  # bump when the way the base is made changes
stamp=$({ echo "recipe=$recipe suite=$suite arch=$arch proxy=$proxy"
          for file in "${sources[@]}"; do echo "== $file"; cat "$file"; done; } | sha256sum | cut -d' ' -f1)

if [ -f "$base" ] && [ "$(cat "$base.stamp" 2>/dev/null)" = "$stamp" ] \
        && [ -z "$(find "$base" -mtime +7)" ]; then
    say "using the cached base root $base"
else
    step "creating the base root: mmdebstrap --variant=apt $suite (apt sources: ${sources[*]:-the default of mmdebstrap})"
    rm -f "$base" "$base.stamp" "$base.new"
    if ! with_std_fds mmdebstrap --mode=root --variant=apt --format=tar "${aptopts[@]}" \
            "$suite" "$base.new" "${sources[@]}" >"$out/mmdebstrap.log" 2>&1; then
        show_log "$out/mmdebstrap.log"
        rm -f "$base.new"
        fail "mmdebstrap could not create a $suite root (network? apt sources? see $out/mmdebstrap.log)"
    fi
    mv "$base.new" "$base"
    echo "$stamp" >"$base.stamp"
    done_step "mmdebstrap base root (cached in $base)"
fi

step "extracting a fresh root into $root"
mkdir -p "$root"
tar -xf "$base" -C "$root" --numeric-owner --same-permissions \
    || fail "cannot extract $base (delete it to have it made again)"
[ -c "$root/dev/null" ] || fail "the root has no /dev/null device node"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/tmp/changedesk-pkg" "$root/tmp/runtime-root"
chmod 0700 "$root/tmp/runtime-root"
cp "$deb" "$root/tmp/changedesk-pkg/"
# A throwaway root: dpkg need not fsync every file it unpacks (that alone halves the install).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/changedesk-test-unsafe-io"
cached=0
for file in "$archives"/*.deb; do
    [ -e "$file" ] || continue
    link_or_copy "$file" "$root/var/cache/apt/archives/${file##*/}"
    cached=$((cached + 1))
done
done_step "extract root ($cached cached packages)"

# ---- 4. Install with apt ---------------------------------------------------------------------
step "apt-get update in the root"
in_root apt-get update >"$out/apt-update.log" 2>&1 \
    || { show_log "$out/apt-update.log"; fail "apt-get update failed in the clean root"; }
done_step "apt-get update"

step "apt-get install --no-install-recommends ./$deb_name"
in_root apt-get install -y --no-install-recommends "/tmp/changedesk-pkg/$deb_name" >"$out/apt-install.log" 2>&1 \
    || { show_log "$out/apt-install.log" 60; fail "apt-get could not install $deb_name into a clean $suite root"; }
installed=$(grep -c '^Setting up ' "$out/apt-install.log" || true)
in_root dpkg-query -W -f='${Status} ${Version}\n' changedesk >"$out/status.txt" 2>&1 || true
grep -qx "install ok installed $version" "$out/status.txt" \
    || fail "changedesk is not installed after apt-get: $(cat "$out/status.txt")"
say "installed changedesk $version and $((installed - 1)) dependencies"
done_step "apt-get install ($installed packages)"

# ---- 5. Run the installed programs -----------------------------------------------------------
step "changedeskctl version"
rc=0
in_root changedeskctl version >"$out/version.txt" 2>&1 || rc=$?
sed 's/^/    /' "$out/version.txt"
[ $rc -eq 0 ] || fail "changedeskctl version exited with $rc"
grep -qx "ChangeDesk $version" "$out/version.txt" || fail "changedeskctl version does not print 'ChangeDesk $version'"
providers=$(sed -n 's/^QCA .*providers: //p' "$out/version.txt")
[ -n "$providers" ] && [ "$providers" != none ] || fail "changedeskctl version shows no QCA providers"
for provider in qca-ossl qca-gnupg; do
    case ", $providers," in *", $provider,"*) ;; *) fail "QCA provider $provider is missing (providers: $providers)" ;; esac
done
rc=0
in_root changedeskctl --json version >"$out/version.json" 2>"$out/version-json.err" || rc=$?
[ $rc -eq 0 ] || { cat "$out/version-json.err" >&2; fail "changedeskctl --json version exited with $rc"; }
for driver in QSQLITE QPSQL; do
    grep -q "\"$driver\"" "$out/version.json" || fail "Qt SQL driver $driver is not available in the installed system"
done
done_step "changedeskctl version"

step "changedeskctl --db sqlite:/tmp/t.db init, then check"
for command in init check; do
    rc=0
    in_root changedeskctl --db sqlite:/tmp/t.db "$command" >"$out/$command.txt" 2>&1 || rc=$?
    sed 's/^/    /' "$out/$command.txt"
    [ $rc -eq 0 ] || fail "changedeskctl $command exited with $rc"
done
[ "$(head -c 15 "$root/tmp/t.db")" = "SQLite format 3" ] || fail "/tmp/t.db is not an SQLite database"
done_step "changedeskctl init + check"

if [ -e "$root/usr/bin/changedesk" ] || [ "$expect_gui" = 1 ]; then
    [ -x "$root/usr/bin/changedesk" ] || fail "/usr/bin/changedesk is not installed"
    step "QT_QPA_PLATFORM=offscreen changedesk --smoke /tmp/smoke.png"
    rc=0
    in_root env QT_QPA_PLATFORM=offscreen timeout 120 changedesk --smoke /tmp/smoke.png \
        >"$out/smoke.txt" 2>&1 || rc=$?
    sed 's/^/    /' "$out/smoke.txt"
    [ $rc -eq 0 ] || fail "changedesk --smoke exited with $rc"
    png="$root/tmp/smoke.png"
    [ -f "$png" ] || fail "changedesk --smoke wrote no /tmp/smoke.png"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
        || fail "/tmp/smoke.png does not start with the PNG signature"
    [ "$(head -c 16 "$png" | tail -c 4)" = IHDR ] || fail "/tmp/smoke.png has no IHDR chunk first"
    size=$(stat -c %s "$png")
    width=$(head -c 20 "$png" | tail -c 4 | od -An -tu1 | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    height=$(head -c 24 "$png" | tail -c 4 | od -An -tu1 | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    say "screenshot: ${width}x${height}, $size bytes"
    [ "$size" -gt 10240 ] || fail "/tmp/smoke.png has only $size bytes (expected more than 10 kB for a rendered main window)"
    [ "$width" -ge 320 ] && [ "$height" -ge 240 ] || fail "/tmp/smoke.png is only ${width}x${height}"
    if [ -n "$screenshot" ]; then
        mkdir -p "$(dirname "$screenshot")"
        cp "$png" "$screenshot"
        say "copied the screenshot to $screenshot"
    fi
    done_step "changedesk --smoke"

    # After the product checks, so these tools cannot have helped the installation above.
    step "validating the installed desktop entry and AppStream metadata"
    in_root apt-get install -y --no-install-recommends desktop-file-utils appstream \
        >"$out/apt-validators.log" 2>&1 \
        || { show_log "$out/apt-validators.log"; fail "cannot install desktop-file-utils and appstream into the root"; }
    in_root desktop-file-validate /usr/share/applications/org.changedesk.ChangeDesk.desktop >"$out/desktop-file-validate.txt" 2>&1 \
        || { cat "$out/desktop-file-validate.txt" >&2; fail "desktop-file-validate rejects the installed desktop entry"; }
    in_root appstreamcli validate --no-net --explain /usr/share/metainfo/org.changedesk.ChangeDesk.metainfo.xml \
        >"$out/appstreamcli.txt" 2>&1 \
        || { cat "$out/appstreamcli.txt" >&2; fail "appstreamcli validate rejects the installed metainfo"; }
    sed 's/^/    /' "$out/appstreamcli.txt"
    done_step "desktop-file-validate + appstreamcli validate"
fi

# Superseded package versions leave the root and then the cache.
in_root apt-get autoclean -q >/dev/null 2>&1 && prune_cache=1
say "PASSED: $deb_name installs with apt into a clean $PRETTY_NAME root and runs there"
