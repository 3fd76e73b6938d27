#!/usr/bin/env bash
# Build the Debian/Ubuntu package from the Linux bundle with Debian's own dpkg-deb:
#   bash packaging/build_deb.sh [--bundle DIR] [OUT]    (OUT defaults to dist)
# writes OUT/jego-desktop_<version>_amd64.deb. Without --bundle (a built bundle folder,
# e.g. build/bundle/dist/jego-desktop) it first runs packaging/build_bundle.sh.
# Layout: the bundle in /opt/jego-desktop, /usr/bin/jego-desktop, the desktop entry,
# AppStream metainfo and hicolor icons under /usr/share, all named net.jego.JegoDesktop.
# Depends: the system libraries the bundle's ELF files need and do not carry
# (packaging/elf_needs.py), libc6 at the bundle's glibc floor.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${JEGO_VENV:-$here/.venv}
python=$venv/bin/python
bundle=""
out=$here/dist
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$(cd "$2" && pwd); shift 2 ;;
    *) out=$1; shift ;;
  esac
done
if [ -z "$bundle" ]; then
  bash "$here/packaging/build_bundle.sh" "$here/build/bundle" >/dev/null
  bundle=$here/build/bundle/dist/jego-desktop
fi
[ -x "$bundle/jego-desktop" ] || { echo "no bundle in $bundle" >&2; exit 1; }

read -r version desktop_id < <(
  "$python" -c 'import sys; sys.path.insert(0, sys.argv[1])
from jego_desktop import DESKTOP_ID, __version__
print(__version__, DESKTOP_ID)' "$here"
)
package=jego-desktop
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root
share=$root/usr/share
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN" "$share/applications" "$share/metainfo" \
  "$share/icons" "$share/doc/$package" "$share/lintian/overrides"

cp -a "$bundle" "$root/opt/$package"
# The icons live once, in the theme (the bundle carries them for this step only).
mv "$root/opt/$package/_internal/share/icons/hicolor" "$share/icons/hicolor"
rmdir "$root/opt/$package/_internal/share/icons" "$root/opt/$package/_internal/share"
ln -s "/opt/$package/$package" "$root/usr/bin/$package"
linux=$here/packaging/linux
install -m 644 "$linux/$desktop_id.desktop" "$share/applications/"
install -m 644 "$linux/$desktop_id.metainfo.xml" "$share/metainfo/"
install -m 644 "$here/packaging/debian/copyright" "$share/doc/$package/copyright"
install -m 644 "$here/packaging/debian/lintian-overrides" "$share/lintian/overrides/$package"
sed "s/@VERSION@/$version/" "$here/packaging/debian/changelog" |
  gzip -9n >"$share/doc/$package/changelog.gz"
for script in postinst postrm; do
  install -m 755 "$here/packaging/debian/$script" "$root/DEBIAN/$script"
done

# Files as a package ships them: folders and programs 755, the rest 644 (PyInstaller
# leaves shared libraries executable, which Debian's policy does not want).
find "$root" -type d -exec chmod 755 {} +
find "$root/opt" "$share" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/$package/$package"

# The files' checksums as built, for `dpkg --verify` and debsums (dpkg would otherwise
# compute them at unpack time, from whatever it unpacked).
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
  xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"
depends=$("$python" "$here/packaging/elf_needs.py" --depends "$root/opt/$package")
installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@INSTALLED_SIZE@/$installed_size/" \
  "$here/packaging/debian/control" >"$root/DEBIAN/control"

mkdir -p "$out"
deb=$out/${package}_${version}_amd64.deb
# xz at level 1: 24 s and 93 MB here, against 3 min 20 s and 82 MB at the default level
# (lintian takes only gzip or xz, Debian's official formats).
dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$deb" >/dev/null
echo "$deb"
