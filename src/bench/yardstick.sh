#!/usr/bin/env bash
# Whole-process time per iteration of the app against the C yardstick (../shared/bench/ref.c), paired:
# each round runs the C program once on each core (taskset) and then `java -jar ... train` on the same
# case file, and the ratio of the pair is taken before the median, so that a slow moment of a shared
# machine hits both sides. On a shared VM one core can run at about half the other's speed for seconds
# (a plain C loop shows it), and the JVM's main thread may land on either: a round whose two C timings
# differ by more than 10% is "uneven" and left out of the median (counted on the line; ALL=1 keeps them).
#   usage: src/bench/yardstick.sh [ROUNDS] [JAVA-ARGS...]    (from the project root, after ./mvnw package)
set -euo pipefail
rounds=${1:-5}; shift || true
bench=${BENCH_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/bench}
jar=${JAR:-target/backprop-studio.jar}
cores=$(nproc)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
gcc -O2 -march=native -o "$work/ref" "$bench/ref.c" -lm
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for spec in seed.net:1000000 big16.net:20000 big64.net:300; do
  case=${spec%%:*}; n=${spec##*:}
  : > "$work/c"; : > "$work/j"; : > "$work/r"; uneven=0
  for ((k = 0; k < rounds; k++)); do
    # the C program on every core in turn: its mean is the yardstick, its spread says whether the round is even
    : > "$work/cores"
    for ((cpu = 0; cpu < cores; cpu++)); do
      seconds taskset -c "$cpu" "$work/ref" "$bench/$case" -n "$n" --quiet >> "$work/cores"
    done
    c=$(awk '{s += $1} END {print s / NR}' "$work/cores")
    even=$(awk '{if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1} END {print (hi <= 1.1 * lo) ? 1 : 0}' "$work/cores")
    j=$(seconds java "$@" -jar "$jar" train --case "$bench/$case" --iterations "$n" --quiet)
    if [[ $even == 1 || ${ALL:-0} == 1 ]]; then
      echo "$c" >> "$work/c"; echo "$j" >> "$work/j"; echo "$j / $c" | bc -l >> "$work/r"
    else
      uneven=$((uneven + 1))
    fi
  done
  if [[ ! -s "$work/r" ]]; then
    printf '%-10s %8s iterations  every round uneven (%d): the cores ran at different speeds\n' "$case" "$n" "$uneven"
    continue
  fi
  printf '%-10s %8s iterations  C %.3f s  Java %.3f s  ratio median %.2f (spread %.2f to %.2f), %d uneven rounds left out\n' \
    "$case" "$n" "$(median < "$work/c")" "$(median < "$work/j")" "$(median < "$work/r")" \
    "$(sort -g "$work/r" | head -1)" "$(sort -g "$work/r" | tail -1)" "$uneven"
done
