#!/bin/sh
# Install a built PeerDesk bundle for one user (default) or system-wide, with its menu
# entry, AppStream metainfo, icons and the .peerdesk file type, so that double-clicking a
# program file opens it in PeerDesk.
#
#   packaging/linux/install.sh [--prefix DIR] [--uninstall] [BUNDLE]
#
# BUNDLE defaults to dist/PeerDesk; --prefix to ~/.local (use /usr/local as root for all
# users). DESTDIR is honoured for staging a package; caches are refreshed only without it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app_id=io.github.peerdesk.PeerDesk
prefix="${HOME}/.local"
bundle="$root/dist/PeerDesk"
uninstall=no

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --uninstall) uninstall=yes; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) bundle="$1"; shift ;;
    esac
done

dest="${DESTDIR:-}$prefix"
share="$dest/share"
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
    [ -n "${DESTDIR:-}" ] && return 0
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime" || true; fi
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true; fi
}

if [ "$uninstall" = yes ]; then
    rm -rf "$dest/lib/peerdesk"
    rm -f "$dest/bin/peerdesk" "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
            "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-peerdesk.png"
    done
    refresh_caches
    echo "PeerDesk removed from $prefix"
    exit 0
fi

if [ ! -x "$bundle/PeerDesk" ]; then
    echo "no built bundle at $bundle: run python packaging/build.py first" >&2
    exit 1
fi

mkdir -p "$dest/lib" "$dest/bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
rm -rf "$dest/lib/peerdesk"
cp -R "$bundle" "$dest/lib/peerdesk"
ln -sf "../lib/peerdesk/PeerDesk" "$dest/bin/peerdesk"

# The menu entry names the installed program by its full path, so it works even where
# $prefix/bin is not on the PATH of the desktop session.
sed -e "s|^Exec=peerdesk|Exec=$prefix/bin/peerdesk|" -e "s|^TryExec=peerdesk|TryExec=$prefix/bin/peerdesk|" \
    "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
cp "$here/peerdesk-mime.xml" "$share/mime/packages/$app_id.xml"

icons="$root/resources/icons"
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$icons/peerdesk.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in $sizes; do
    for kind in apps mimetypes; do
        mkdir -p "$share/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$icons/app/peerdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    # .peerdesk files show the app's icon in file managers.
    cp "$icons/app/peerdesk-$size.png" "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-peerdesk.png"
done

refresh_caches
echo "PeerDesk installed in $prefix (run: $prefix/bin/peerdesk)"
