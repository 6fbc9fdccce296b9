#!/usr/bin/env bash
# Whole-process time per iteration of the app against the C yardstick (../shared/bench/ref.c), paired:
# each round runs the C program and then `java -jar ... train` on the same case file, and the ratio of
# the pair is taken before the median, so that a slow moment of a shared machine hits both sides.
#   usage: src/bench/yardstick.sh [ROUNDS] [JAVA-ARGS...]    (from the project root, after ./mvnw package)
set -euo pipefail
rounds=${1:-5}; shift || true
bench=${BENCH_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/bench}
jar=${JAR:-target/backprop-studio.jar}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
gcc -O2 -march=native -o "$work/ref" "$bench/ref.c" -lm
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for spec in seed.net:1000000 big16.net:20000 big64.net:300; do
  case=${spec%%:*}; n=${spec##*:}
  : > "$work/c"; : > "$work/j"; : > "$work/r"
  for ((k = 0; k < rounds; k++)); do
    c=$(seconds "$work/ref" "$bench/$case" -n "$n" --quiet)
    j=$(seconds java "$@" -jar "$jar" train --case "$bench/$case" --iterations "$n" --quiet)
    echo "$c" >> "$work/c"; echo "$j" >> "$work/j"; echo "$j / $c" | bc -l >> "$work/r"
  done
  printf '%-10s %8s iterations  C %.3f s  Java %.3f s  ratio median %.2f (spread %.2f to %.2f)\n' "$case" "$n" \
    "$(median < "$work/c")" "$(median < "$work/j")" "$(median < "$work/r")" "$(sort -g "$work/r" | head -1)" "$(sort -g "$work/r" | tail -1)"
done
