package studio.backprop.training;

import java.util.Arrays;
import java.util.Objects;

/**
 * RSS against iteration, decimated so memory stays bounded however long the run, yet the whole run
 * can still be drawn on a linear or a logarithmic iteration axis.
 *
 * <p>The first {@value #EXACT} iterations are kept one per bucket; after that, bucket widths double
 * each time the iteration count does ({@value #EXACT} buckets per doubling). That is the same
 * resolution per decade on a log axis and, on a linear axis, over 500 buckets across the newest half
 * of the run. A bucket keeps the minimum and maximum RSS seen in it and its last value, so spikes and
 * dips survive the decimation. 10^6 iterations take about 6,000 buckets, 10^9 about 11,000.
 *
 * <p>Written by the training thread only; readers get an immutable {@link Frozen} copy.
 */
public final class LossHistory {
    static final int EXACT = 512;

    private long[] first;
    private double[] min;
    private double[] max;
    private double[] last;
    private int size;
    private long bucketEnd;
    /** Kept as values come, so that a freeze need not scan every bucket; while every value added is finite. */
    private double lowest;
    private double highest;
    private boolean allFinite;

    public LossHistory() {
        clear();
    }

    /** Adds RSS of the weights at {@code iteration}; iterations must come in increasing order. */
    public void add(long iteration, double rss) {
        if (Double.isFinite(rss)) {
            lowest = Math.min(lowest, rss);
            highest = Math.max(highest, rss);
        } else {
            allFinite = false;
        }
        if (size > 0 && iteration < bucketEnd) {
            int k = size - 1;
            min[k] = Math.min(min[k], rss);
            max[k] = Math.max(max[k], rss);
            last[k] = rss;
            return;
        }
        if (size == first.length) {
            grow();
        }
        first[size] = iteration;
        min[size] = rss;
        max[size] = rss;
        last[size] = rss;
        size++;
        bucketEnd = iteration + width(iteration);
    }

    /** Bucket width at an iteration: 1 below {@value #EXACT}, then the power of two with EXACT per doubling. */
    static long width(long iteration) {
        if (iteration < EXACT) {
            return 1;
        }
        return Long.highestOneBit(iteration / EXACT);
    }

    private void grow() {
        int n = first.length * 2;
        first = Arrays.copyOf(first, n);
        min = Arrays.copyOf(min, n);
        max = Arrays.copyOf(max, n);
        last = Arrays.copyOf(last, n);
    }

    /** Starts afresh on new arrays: frozen copies share the old ones, whose finished buckets must not change. */
    public void clear() {
        first = new long[1024];
        min = new double[1024];
        max = new double[1024];
        last = new double[1024];
        size = 0;
        bucketEnd = 0;
        lowest = Double.POSITIVE_INFINITY;
        highest = Double.NEGATIVE_INFINITY;
        allFinite = true;
    }

    /** Starts again from {@code kept}'s buckets, to be added to from where they end. */
    void restore(Frozen kept) {
        clear();
        for (int k = 0; k < kept.size(); k++) {
            if (size == first.length) {
                grow();
            }
            first[k] = kept.first(k);
            min[k] = kept.min(k);
            max[k] = kept.max(k);
            last[k] = kept.last(k);
            allFinite &= Double.isFinite(min[k]) && Double.isFinite(max[k]) && Double.isFinite(last[k]);
            size++;
        }
        lowest = kept.lowest();
        highest = kept.highest();
        if (size > 0) {
            bucketEnd = first[size - 1] + width(first[size - 1]);
        }
    }

    public int size() {
        return size;
    }

    /**
     * A copy that costs the same however long the history: it shares the arrays, whose buckets before the
     * last one never change again (adding only appends, growing and clearing take new arrays), and keeps
     * the last bucket's values, which may still change, as they are now.
     */
    public Frozen freeze() {
        if (size == 0) {
            return Frozen.EMPTY;
        }
        int k = size - 1;
        Frozen shared = new Frozen(first, min, max, last, size, min[k], max[k], last[k], lowest, highest, size);
        // Every value finite: the extremes of the buckets are those of the values, known already.
        return allFinite ? shared : shared.rescanned();
    }

    /**
     * An immutable copy: bucket k starts at iteration {@code first(k)} and saw RSS in [min(k), max(k)]. It
     * reads the first {@code size} entries of its arrays, the last bucket's minimum, maximum and last value
     * from its own fields (see {@link #freeze()}).
     */
    public static final class Frozen {
        public static final Frozen EMPTY = new Frozen(new long[0], new double[0], new double[0], new double[0], 0,
                Double.NaN, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0);
        private final long[] first;
        private final double[] min;
        private final double[] max;
        private final double[] last;
        private final int size;
        private final double tailMin;
        private final double tailMax;
        private final double tailLast;
        /** Found once here, on the training thread, so the views do not scan every bucket of every run a frame. */
        private final double lowest;
        private final double highest;
        private final int firstGap;

        private Frozen(long[] first, double[] min, double[] max, double[] last, int size, double tailMin,
                       double tailMax, double tailLast, double lowest, double highest, int firstGap) {
            this.first = first;
            this.min = min;
            this.max = max;
            this.last = last;
            this.size = size;
            this.tailMin = tailMin;
            this.tailMax = tailMax;
            this.tailLast = tailLast;
            this.lowest = lowest;
            this.highest = highest;
            this.firstGap = firstGap;
        }

        /** Every bucket of the arrays given, which it owns; finds the extremes and the first gap. */
        private static Frozen owning(long[] first, double[] min, double[] max, double[] last) {
            int n = first.length;
            return n == 0 ? EMPTY
                    : new Frozen(first, min, max, last, n, min[n - 1], max[n - 1], last[n - 1], 0, 0, 0).rescanned();
        }

        /** The same buckets, with the extremes and the first gap found by a scan (some value is not finite). */
        private Frozen rescanned() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int gap = size;
            for (int k = 0; k < size; k++) {
                if (Double.isFinite(min(k))) {
                    lo = Math.min(lo, min(k));
                }
                if (Double.isFinite(max(k))) {
                    hi = Math.max(hi, max(k));
                }
                if (Double.isFinite(last(k))) {
                    lo = Math.min(lo, last(k));
                    hi = Math.max(hi, last(k));
                } else if (gap == size) {
                    gap = k;
                }
            }
            return new Frozen(first, min, max, last, size, tailMin, tailMax, tailLast, lo, hi, gap);
        }

        /** The least finite minimum or last value of any bucket; +infinity when there is none. */
        public double lowest() {
            return lowest;
        }

        /** The greatest finite maximum or last value of any bucket; -infinity when there is none. */
        public double highest() {
            return highest;
        }

        /** The first bucket whose last value is not a finite number; {@link #size()} when every one is. */
        public int firstGap() {
            return firstGap;
        }

        /**
         * Buckets as read from a file: bucket k starts at {@code first[k]}, from 0 on and increasing, and
         * saw RSS from {@code min[k]} to {@code max[k]}, {@code last[k]} last.
         */
        public static Frozen of(long[] first, double[] min, double[] max, double[] last) {
            int n = first.length;
            if (min.length != n || max.length != n || last.length != n) {
                throw new IllegalArgumentException("a bucket needs a first iteration, a minimum, a maximum and a "
                        + "last value; got " + n + ", " + min.length + ", " + max.length + " and " + last.length);
            }
            for (int k = 0; k < n; k++) {
                if (first[k] < (k == 0 ? 0 : first[k - 1] + 1)) {
                    throw new IllegalArgumentException("bucket " + (k + 1) + " starts at iteration " + first[k]
                            + (k == 0 ? ", before 0" : ", not after the one before it (" + first[k - 1] + ")"));
                }
                if (!(min[k] <= last[k] && last[k] <= max[k])) {
                    throw new IllegalArgumentException("bucket " + (k + 1) + " at iteration " + first[k]
                            + ": its last RSS " + last[k] + " must lie from its minimum " + min[k]
                            + " to its maximum " + max[k]);
                }
            }
            return owning(first.clone(), min.clone(), max.clone(), last.clone());
        }

        /** The buckets that start before iteration n: the same arrays, fewer of them. */
        public Frozen before(long n) {
            int k = bucketOf(n - 1) + 1;
            if (k == size) {
                return this;
            }
            return k == 0 ? EMPTY
                    : new Frozen(first, min, max, last, k, min(k - 1), max(k - 1), last(k - 1), 0, 0, 0).rescanned();
        }

        public int size() {
            return size;
        }

        public long first(int k) {
            return first[Objects.checkIndex(k, size)];
        }

        public double min(int k) {
            return k == size - 1 ? tailMin : min[Objects.checkIndex(k, size)];
        }

        public double max(int k) {
            return k == size - 1 ? tailMax : max[Objects.checkIndex(k, size)];
        }

        public double last(int k) {
            return k == size - 1 ? tailLast : last[Objects.checkIndex(k, size)];
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Frozen f) || f.size != size) {
                return false;
            }
            for (int k = 0; k < size; k++) {
                if (first(k) != f.first(k) || Double.compare(min(k), f.min(k)) != 0
                        || Double.compare(max(k), f.max(k)) != 0 || Double.compare(last(k), f.last(k)) != 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = size;
            for (int k = 0; k < size; k++) {
                h = h * 31 + Long.hashCode(first(k)) * 7 + Double.hashCode(last(k));
            }
            return h;
        }

        /** The bucket holding an iteration, or -1 when the history is empty or starts later. */
        public int bucketOf(long iteration) {
            int k = Arrays.binarySearch(first, 0, size, iteration);
            return k >= 0 ? k : -k - 2;
        }
    }
}
