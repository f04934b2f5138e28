# Sourced by the sample generators: find_mkpdf prints the path of an mkpdf binary — $MKPDF if it
# is one, else the one in the CMake build dir $MKPDF or $root/build, built (and the dir
# configured) if needed. Needs $root (the repository) and a die function.
find_mkpdf() {
  if [[ -n ${MKPDF:-} && -f $MKPDF ]]; then
    [[ -x $MKPDF ]] || die "MKPDF=$MKPDF is not executable"
    echo "$MKPDF"
    return
  fi
  local build=${MKPDF:-$root/build}
  if [[ ! -x $build/tests/tools/mkpdf ]]; then
    # A build dir configured before mkpdf.cc existed has no mkpdf target: configure, then retry.
    if ! cmake --build "$build" --target mkpdf >&2 2>/dev/null; then
      cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >&2
      cmake --build "$build" --target mkpdf >&2
    fi
  fi
  [[ -x $build/tests/tools/mkpdf ]] || die "no mkpdf in $build (is libpango1.0-dev installed?)"
  echo "$build/tests/tools/mkpdf"
}
