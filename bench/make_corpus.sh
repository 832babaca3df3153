#!/usr/bin/env bash
# Builds a synthetic content repository (Packs/<Name>/...) from the example and hostile packs,
# repeated COPIES times under distinct names, for scale, determinism and speed measurements.
# Usage: bench/make_corpus.sh OUT_DIR [COPIES]   (default 10 copies, about 400 files)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=$1
copies=${2:-10}
rm -rf "$out"
mkdir -p "$out/Packs"
for ((i = 1; i <= copies; i++)); do
  cp -R "$src/fixtures/packs/AcmeThreatIntel" "$out/Packs/AcmeThreatIntel$i"
  cp -R "$src/fixtures/packs/LegacyPhishTools" "$out/Packs/LegacyPhishTools$i"
  for p in "$src"/fixtures/packs/content/Packs/*; do
    cp -R "$p" "$out/Packs/$(basename "$p")$i"
  done
  cp -RP "$src/fixtures/hostile/Packs/Hostile" "$out/Packs/Hostile$i"
done
find "$out" -type f | wc -l
