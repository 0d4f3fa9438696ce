#!/usr/bin/env bash
# Pellucid's one entry point for developers and CI.
#
#   packaging/dev.sh run     install what is missing, build, start the viewer (demo study on first start)
#   packaging/dev.sh test    install what is missing, build, run every test (GUI tests under Xvfb)
#   packaging/dev.sh bench   install what is missing, build (Release), run the benchmarks
#   packaging/dev.sh deps    only install what is missing
#   packaging/dev.sh build   only configure and build
#
# Environment: PELLUCID_BUILD_DIR (default build/), PELLUCID_WERROR=1 (warnings are errors, as
# in CI), PELLUCID_JOBS (parallel jobs, default: cores), PELLUCID_CACHE (the viewer's cache).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PELLUCID_BUILD_DIR:-$ROOT/build}
JOBS=${PELLUCID_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}

# Debian 12 / Ubuntu package names. libvtk9-qt-dev is built against Qt 5: never install it (render/
# hosts VTK in Qt 6 itself). libgl1-mesa-dri: Mesa's software OpenGL, for Xvfb and machines
# without a GPU driver.
BUILD_PACKAGES=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libgl-dev libdcmtk-dev dcmtk
  libopenjp2-7-dev libcharls-dev libsqlite3-dev libvtk9-dev libgl1-mesa-dri fonts-noto-cjk
  liblcms2-dev)
# What the tests and benchmarks talk to or read: real peers and sample files.
TEST_PACKAGES=(python3-pydicom python3-numpy xvfb xauth libgdcm-tools libopenjp2-tools dicom3tools
  openjph-tools orthanc curl dicomscope)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_deps() {
  local wanted=("$@")
  case "$(uname -s)" in
    Darwin)
      say "macOS: install the dependencies with Homebrew if you have not yet:"
      echo "  brew install cmake ninja ccache qt@6 dcmtk openjpeg charls sqlite pkg-config vtk" >&2
      return 0 ;;
    MINGW*|MSYS*|CYGWIN*)
      say "Windows: install the dependencies with vcpkg if you have not yet:"
      echo "  vcpkg install qtbase qttools dcmtk openjpeg charls sqlite3 libiconv vtk" >&2
      echo "  and configure with -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake" >&2
      return 0 ;;
  esac
  if ! command -v dpkg-query >/dev/null; then
    say "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}"
    return 0
  fi
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    elif command -v sudo >/dev/null; then
      say "Installing ${missing[*]} needs administrator rights (sudo will ask)"
      sudo=(sudo)
    else
      say "Missing packages; as root run: apt-get install ${missing[*]}"
      exit 1
    fi
  fi
  say "Installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

configure_and_build() {
  local type=$1
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  [ -f "$BUILD/CMakeCache.txt" ] && generator=() # keep the generator the tree was made with
  say "Configuring ($type) in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE="$type" \
    -DPELLUCID_WERROR="${PELLUCID_WERROR:-OFF}" >/dev/null
  say "Building with $JOBS jobs"
  cmake --build "$BUILD" --parallel "$JOBS"
}

cmd=${1:-}
case "$cmd" in
  deps)
    install_deps "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" ;;
  build)
    configure_and_build RelWithDebInfo ;;
  run)
    install_deps "${BUILD_PACKAGES[@]}"
    configure_and_build RelWithDebInfo
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "No display (DISPLAY/WAYLAND_DISPLAY unset): log in to a desktop, or try xvfb-run $0 run"
      exit 1
    fi
    say "Starting Pellucid (the first start creates a synthetic demo study in the cache)"
    exec "$BUILD/app/pellucid" ;;
  test)
    install_deps "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build RelWithDebInfo
    say "Running the tests"
    cd "$BUILD"
    TCP_NODELAY=1 ctest --output-on-failure --parallel "$JOBS" --timeout 900 ;;
  bench)
    install_deps "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    BUILD=${PELLUCID_BUILD_DIR:-$ROOT/build-release}
    configure_and_build Release
    exec "$ROOT/tests/bench/run.sh" "$BUILD" ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 1 ;;
esac
