#!/bin/sh
# Runs a test program inside its own D-Bus session with a fresh, unlocked GNOME Keyring
# (Secret Service), as root or not, with no desktop: HOME is a throw-away folder in the build
# tree. Without gnome-keyring-daemon the test still runs and skips loudly (YK_TEST_NO_KEYRING).
#   run_with_keyring.sh HOME_DIR PROGRAM [ARGS...]   (called by dbus-run-session)
set -eu
home=$1
shift
rm -rf "$home"
mkdir -p "$home/run"
chmod 700 "$home" "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # --unlock reads the new login keyring's password from stdin; the keyring is created.
    printf 'yokoten-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
else
    export YK_TEST_NO_KEYRING=1
fi
exec "$@"
