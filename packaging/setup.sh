#!/usr/bin/env bash
# Installs what Tableside needs to build, test and run on Debian 12, only what is missing.
# Run as root (or through sudo). Safe to run again: it does nothing when all is there.
set -euo pipefail

packages=(
    cmake ninja-build g++ sqlite3 libsqlite3-dev libmimalloc-dev
    qt6-base-dev libqt6gui6 libqt6svg6 libqt6sql6-sqlite qt6-declarative-dev qt6-declarative-dev-tools
    qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-virtualkeyboard-dev qt6-qpa-plugins libgl-dev
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates
    qml6-module-qtqml-workerscript qml6-module-qtquick-shapes qml6-module-qttest
    qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel qt6-virtualkeyboard-plugin
    qml6-module-qtwebsockets
    # The owner's file dialogs: a dish's photo, the menu's spreadsheet.
    qml6-module-qtquick-dialogs
    # The owner's Guest voice page draws its weeks with Qt Charts, which needs Qt Widgets' QApplication.
    qml6-module-qtcharts
    qt6-multimedia-dev
    libqrencode-dev pkg-config clang-format tzdata
    # The tests read back the QR codes the screens draw, with zbarimg.
    zbar-tools
    # packaging/sanitize.sh: clang with its sanitizers' and libFuzzer's runtimes, and
    # llvm-symbolizer for readable reports.
    clang libclang-rt-14-dev llvm
    fonts-noto-core fonts-noto-color-emoji
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these packages are missing; run as root to install them: ${missing[*]}" >&2
    exit 2
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
