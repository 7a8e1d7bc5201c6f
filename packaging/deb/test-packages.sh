#!/usr/bin/env bash
# Checks the .deb files that `./yk package` made (usage: test-packages.sh PACKAGES_DIR).
#   1. Static, everywhere: control fields and Depends, file lists, conffiles, maintainer
#      scripts, no /usr/local, no build-machine paths, no RPATH, stripped binaries.
#   2. As root (CI: a fresh Debian 12 machine): `apt-get install ./…deb` for real, the user
#      and folders, `systemd-analyze verify` of the installed units, then
#      init + run as the `yokoten` user, /v1/health over HTTPS with the generated
#      certificate, an online backup, yokoten-cli --help, and a purge of both packages.
#      Skipped when not root, when YK_PACKAGE_INSTALL=0, or when yokoten-server is already
#      installed (a real deployment is never touched).

# `check && pass … || fail …` is meant: pass only echoes.
# shellcheck disable=SC2015
set -euo pipefail

packages=${1:?usage: test-packages.sh PACKAGES_DIR}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "$packages/.." && pwd)
failures=0

fail() {
  echo "package-test: FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "package-test: ok: $*"; }

only_one() {
  # shellcheck disable=SC2206 # the pattern is meant to glob
  local matches=("$packages"/$1)
  if [ ${#matches[@]} -ne 1 ] || [ ! -f "${matches[0]}" ]; then
    echo "package-test: expected one $1 in $packages (run ./yk package)" >&2
    exit 1
  fi
  echo "${matches[0]}"
}
server_deb=$(only_one 'yokoten-server_*.deb')
client_deb=$(only_one 'yokoten_*.deb')

# ---- 1. static checks ----------------------------------------------------------------------

field() { dpkg-deb -f "$1" "$2"; }

# depends_on DEB PACKAGE…: each PACKAGE appears in Depends as a whole name.
depends_on() {
  local deb=$1 depends names
  shift
  depends=$(field "$deb" Depends)
  # One package name per line: "a (>= 1), b | c" → a, b, c.
  names=$(tr ',|' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
  for wanted in "$@"; do
    if grep -qxF "$wanted" <<<"$names"; then
      pass "$(basename "$deb") depends on $wanted"
    else
      fail "$(basename "$deb") Depends lacks $wanted: $depends"
    fi
  done
}

# has_files DEB PATH…: each PATH is in the package's file list.
has_files() {
  local deb=$1 list
  shift
  list=$(dpkg-deb -c "$deb" | awk '{print $6}')
  for wanted in "$@"; do
    if grep -qxF "./${wanted#/}" <<<"$list"; then
      pass "$(basename "$deb") has $wanted"
    else
      fail "$(basename "$deb") lacks $wanted"
    fi
  done
}

# check_common DEB NAME WORK: fields and files every package must get right; unpacks DEB
# into WORK/root and its control files into WORK/control.
check_common() {
  local deb=$1 name=$2 work=$3
  [ "$(field "$deb" Package)" = "$name" ] && pass "$name: Package field" || fail "$name: Package is $(field "$deb" Package)"
  [ "$(field "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "$name: Architecture $(field "$deb" Architecture)"
  [ -n "$(field "$deb" Version)" ] || fail "$name: no Version"
  dpkg-deb -I "$deb" >/dev/null || fail "$name: dpkg-deb -I fails"

  if dpkg-deb -c "$deb" | awk '{print $6}' | grep -q '^\./usr/local'; then
    fail "$name: installs into /usr/local"
  else
    pass "$name: nothing in /usr/local"
  fi

  dpkg-deb -x "$deb" "$work/root"
  dpkg-deb -e "$deb" "$work/control"
  # The paths of this build machine must not leak into what is shipped.
  if grep -rlF -e "$source_dir" -e "$build_dir" "$work/root" "$work/control" >/dev/null; then
    fail "$name: contains $source_dir or $build_dir: $(grep -rlF -e "$source_dir" -e "$build_dir" \
      "$work/root" "$work/control" | tr '\n' ' ')"
  else
    pass "$name: no build paths"
  fi
  local binary
  for binary in "$work"/root/usr/bin/*; do
    if readelf -d "$binary" | grep -Eq 'RPATH|RUNPATH'; then
      fail "$name: $(basename "$binary") has an RPATH"
    elif file "$binary" | grep -q 'not stripped'; then
      fail "$name: $(basename "$binary") is not stripped"
    else
      pass "$name: $(basename "$binary") stripped, no RPATH"
    fi
  done
  if [ "$(find "$work/root" -not -user root -o -not -group root | wc -l)" -ne 0 ] && [ "$(id -u)" -eq 0 ]; then
    fail "$name: files not owned by root"
  fi
}

server_work=$(mktemp -d -t yk-deb.XXXXXX)
client_work=$(mktemp -d -t yk-deb.XXXXXX)
installed=0
cleanup() {
  rm -rf "$server_work" "$client_work"
  # An unexpected exit after the install still removes the packages.
  if [ "$installed" = 1 ]; then
    apt-get purge -y -q yokoten-server yokoten >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
check_common "$server_deb" yokoten-server "$server_work"
check_common "$client_deb" yokoten "$client_work"

depends_on "$server_deb" adduser libsqlcipher0 libssl3 libstdc++6 libc6
has_files "$server_deb" /usr/bin/yokoten-server \
  /usr/lib/systemd/system/yokoten-server.service /usr/lib/systemd/system/yokoten-server@.service \
  /usr/lib/systemd/system/yokoten-server-backup.service /usr/lib/systemd/system/yokoten-server-backup.timer \
  /etc/yokoten/yokoten-server.env \
  /usr/share/doc/yokoten-server/operations.md /usr/share/doc/yokoten-server/examples/haproxy.cfg
if grep -qxF /etc/yokoten/yokoten-server.env "$server_work/control/conffiles" 2>/dev/null; then
  pass "yokoten-server: /etc/yokoten/yokoten-server.env is a conffile"
else
  fail "yokoten-server: /etc/yokoten/yokoten-server.env is not a conffile"
fi
for script in postinst prerm postrm; do
  if [ -x "$server_work/control/$script" ] && sh -n "$server_work/control/$script"; then
    pass "yokoten-server: $script executable, valid sh"
  else
    fail "yokoten-server: $script missing, not executable or not valid sh"
  fi
done
if [ "$(stat -c %a "$server_work/root/etc/yokoten/yokoten-server.env")" = 640 ]; then
  pass "yokoten-server: env file mode 0640"
else
  fail "yokoten-server: env file mode $(stat -c %a "$server_work/root/etc/yokoten/yokoten-server.env")"
fi

depends_on "$client_deb" libsqlcipher0 libicu72 qml6-module-qtquick qml6-module-qtquick-controls \
  qml6-module-qtquick-layouts qml6-module-qtquick-window qt6-qpa-plugins fonts-noto-cjk
has_files "$client_deb" /usr/bin/yokoten-cli /usr/bin/yokoten /usr/share/applications/yokoten.desktop \
  /usr/lib/systemd/system/yokoten-kiosk.service /usr/lib/yokoten/yokoten-kiosk-session
if dpkg-deb --fsys-tarfile "$client_deb" | tar -tvf - ./usr/lib/yokoten/yokoten-kiosk-session | grep -q '^-rwxr-xr-x'; then
  pass "yokoten: kiosk session script executable"
else
  fail "yokoten: kiosk session script not executable"
fi
if dpkg-deb --fsys-tarfile "$client_deb" | tar -xOf - ./usr/lib/yokoten/yokoten-kiosk-session | sh -n; then
  pass "yokoten: kiosk session script is valid sh"
else
  fail "yokoten: kiosk session script is not valid sh"
fi

# ---- 2. the real install -------------------------------------------------------------------

verify_units() {
  if ! command -v systemd-analyze >/dev/null; then
    echo "package-test: systemd-analyze not installed; units not verified"
    return
  fi
  local output rc=0
  # An instance name stands in for the template. Messages about other units on the machine
  # are not ours; only lines naming a yokoten unit count, and the exit code.
  output=$(systemd-analyze verify /usr/lib/systemd/system/yokoten-server.service \
    /usr/lib/systemd/system/yokoten-server@8441.service \
    /usr/lib/systemd/system/yokoten-server-backup.service \
    /usr/lib/systemd/system/yokoten-server-backup.timer 2>&1) || rc=$?
  if [ "$rc" -ne 0 ] || grep -i 'yokoten' <<<"$output"; then
    fail "systemd-analyze verify (exit $rc): $output"
  else
    pass "systemd-analyze verify: units clean"
  fi
}

# Runs a command as the service user, exec'd (no su in between: signals reach it directly).
as_yokoten() { setpriv --reuid=yokoten --regid=yokoten --init-groups -- "$@"; }

install_test() {
  export DEBIAN_FRONTEND=noninteractive
  # --no-install-recommends: Wayland and QtMultimedia are recommended for devices, not needed here.
  installed=1
  apt-get install -y -q --no-install-recommends "$(realpath "$server_deb")" "$(realpath "$client_deb")"
  pass "apt-get install of both packages"

  getent passwd yokoten >/dev/null && pass "user yokoten exists" || fail "no user yokoten"
  [ "$(stat -c '%U:%G %a' /var/lib/yokoten)" = "yokoten:yokoten 750" ] \
    && pass "/var/lib/yokoten yokoten:yokoten 0750" || fail "/var/lib/yokoten is $(stat -c '%U:%G %a' /var/lib/yokoten)"
  [ "$(stat -c '%U:%G %a' /var/backups/yokoten)" = "yokoten:yokoten 700" ] \
    && pass "/var/backups/yokoten yokoten:yokoten 0700" || fail "/var/backups/yokoten is $(stat -c '%U:%G %a' /var/backups/yokoten)"
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet yokoten-server.service 2>/dev/null; then
    fail "yokoten-server.service is enabled before any init"
  fi
  verify_units

  # As the service would: the yokoten user, a fresh data folder, the generated certificate.
  local data log pid port
  data=$(mktemp -d -t yk-pkg-data.XXXXXX)
  chown yokoten:yokoten "$data"
  as_yokoten yokoten-server init --data "$data/server" >/dev/null || fail "init as yokoten"
  [ -f "$data/server/tls/server.crt" ] && pass "init as yokoten" || fail "init made no certificate"
  log="$data/run.log"
  # Not through as_yokoten: a function in the background is a subshell, and $! would be it.
  setpriv --reuid=yokoten --regid=yokoten --init-groups -- \
    yokoten-server run --data "$data/server" --listen 127.0.0.1:0 >"$log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's|^yokoten-server: serving https://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    fail "the installed server did not start: $(cat "$log")"
  else
    local health metrics
    health=$(curl -sS --max-time 10 --cacert "$data/server/tls/server.crt" \
      "https://127.0.0.1:$port/v1/health" 2>&1 || true)
    [ "$health" = '{"status":"ok"}' ] && pass "HTTPS /v1/health from the installed server" \
      || fail "health answered: $health"
    metrics=$(curl -sS --max-time 10 --cacert "$data/server/tls/server.crt" \
      "https://127.0.0.1:$port/metrics" 2>&1 || true)
    grep -q '^# TYPE yokoten_' <<<"$metrics" && pass "/metrics answers loopback" \
      || fail "/metrics gave no metrics: ${metrics:0:200}"
    as_yokoten yokoten-server backup --data "$data/server" --to "$data/server.db.backup" >/dev/null \
      && [ -s "$data/server.db.backup" ] && pass "online backup while running" || fail "backup while running"
  fi
  kill -TERM "$pid" 2>/dev/null || true
  if wait "$pid"; then pass "SIGTERM: exit 0"; else fail "SIGTERM: exit $?"; fi

  yokoten-cli --help >/dev/null && pass "yokoten-cli --help" || fail "yokoten-cli --help"
  # The installed app loads every page on a demo store with only the packages' dependencies.
  QT_QPA_PLATFORM=offscreen yokoten --self-test >/dev/null 2>&1 && pass "yokoten --self-test (installed)" \
    || fail "yokoten --self-test (installed)"
  rm -rf "$data"

  apt-get purge -y -q yokoten-server yokoten
  installed=0
  if dpkg-query -W -f='${Status}' yokoten-server 2>/dev/null | grep -q installed \
    || [ -e /usr/bin/yokoten-server ] || [ -e /usr/bin/yokoten-cli ] || [ -e /usr/bin/yokoten ] || [ -e /etc/yokoten ] \
    || [ -e /usr/lib/systemd/system/yokoten-server.service ] || [ -e /var/lib/yokoten ]; then
    fail "purge left files behind"
  else
    pass "purge of both packages"
  fi
}

if [ "$(id -u)" -ne 0 ]; then
  echo "package-test: not root: skipping the real apt install (static checks only)"
elif [ "${YK_PACKAGE_INSTALL:-1}" = 0 ]; then
  echo "package-test: YK_PACKAGE_INSTALL=0: skipping the real apt install"
elif dpkg-query -W -f='${Status}' yokoten-server 2>/dev/null | grep -q 'install ok installed'; then
  echo "package-test: yokoten-server is already installed here; not touching it (static checks only)"
else
  install_test
fi

if [ "$failures" -ne 0 ]; then
  echo "package-test: $failures check(s) failed" >&2
  exit 1
fi
echo "package-test: all checks passed"
