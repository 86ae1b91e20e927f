#!/bin/sh
# Regenerates every PNG icon from the SVG sources; commit the results. Needs rsvg-convert
# (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).
set -eu
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons.sh needs rsvg-convert: apt-get install librsvg2-bin (or brew install librsvg)" >&2
  exit 1
fi

# App icon: electron-builder makes the macOS .icns and the Windows .ico from icon.png (1024),
# and installs icons/<size>x<size>.png as the Linux hicolor theme icons.
mkdir -p icons
rsvg-convert --width 1024 --height 1024 icon.svg --output icon.png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "icons/${size}x${size}.png"
done

# Tray: the tile without the margin macOS wants around app icons, so it fills the small slot
# (Windows and Linux); a black template image that macOS tints for light and dark menu bars.
# name.png and name@2x.png sit side by side so Electron picks the one for the screen's scale.
tray_tile() {
  sed 's/viewBox="0 0 1024 1024"/viewBox="80 80 864 864"/' icon.svg | rsvg-convert --width "$1" --height "$1" --output "$2"
}
tray_tile 16 tray/tray.png
tray_tile 32 tray/tray@2x.png
rsvg-convert --width 16 --height 16 tray/tray-template.svg --output tray/trayTemplate.png
rsvg-convert --width 32 --height 32 tray/tray-template.svg --output tray/trayTemplate@2x.png

echo "Icons written to $(pwd): icon.png, icons/, tray/"
