package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossHistoryTest {

    @Test
    void theFirst512IterationsAreKeptOneByOne() {
        LossHistory history = new LossHistory();
        for (long k = 0; k < 512; k++) {
            history.add(k, 1.0 / (k + 1));
        }
        LossHistory.Frozen f = history.freeze();
        assertEquals(512, f.size());
        assertEquals(1.0 / 301, f.last(300));
        assertEquals(300, f.first(300));
    }

    @Test
    void aMillionIterationsFitInAboutSixThousandBuckets() {
        LossHistory history = new LossHistory();
        for (long k = 0; k < 1_000_000; k++) {
            history.add(k, 1.0 / (k + 1));
        }
        assertTrue(history.size() < 6_500, "buckets: " + history.size());
        assertTrue(history.size() > 5_000, "buckets: " + history.size());
    }

    @Test
    void aBillionIterationsStayUnderTwelveThousandBuckets() {
        // Feeding a billion values takes seconds; the widths alone tell the bucket count.
        long buckets = 0;
        for (long k = 0; k < 1_000_000_000L; k += LossHistory.width(k)) {
            buckets++;
        }
        assertTrue(buckets < 12_000, "buckets: " + buckets);
    }

    @Test
    void aSpikeInsideAWideBucketSurvivesAsItsMaximum() {
        LossHistory history = new LossHistory();
        for (long k = 0; k < 100_000; k++) {
            history.add(k, k == 77_777 ? 50.0 : 0.5);
        }
        LossHistory.Frozen f = history.freeze();
        int bucket = f.bucketOf(77_777);
        assertTrue(f.first(bucket) < 77_777, "the spike shares a bucket with others");
        assertEquals(50.0, f.max(bucket));
        assertEquals(0.5, f.min(bucket));
    }

    @Test
    void bucketOfFindsTheBucketThatStartsAtOrBeforeAnIteration() {
        LossHistory history = new LossHistory();
        for (long k = 0; k < 5_000; k++) {
            history.add(k, 1);
        }
        LossHistory.Frozen f = history.freeze();
        for (long k : new long[] {0, 511, 512, 513, 1023, 1024, 4999}) {
            int b = f.bucketOf(k);
            assertTrue(f.first(b) <= k && (b + 1 == f.size() || f.first(b + 1) > k), "iteration " + k);
        }
    }

    @Test
    void clearEmptiesIt() {
        LossHistory history = new LossHistory();
        history.add(0, 1);
        history.clear();
        assertEquals(0, history.freeze().size());
    }

    @Test
    void aHistoryRestoredPartWayGoesOnAsIfNeverInterrupted() {
        LossHistory whole = new LossHistory();
        for (long k = 0; k < 5_000; k++) {
            whole.add(k, 1.0 / (k + 1));
        }
        LossHistory resumed = new LossHistory();
        resumed.restore(whole.freeze().before(1_701)); // within a bucket of two
        for (long k = 1_701; k < 5_000; k++) {
            resumed.add(k, 1.0 / (k + 1));
        }
        assertEquals(whole.freeze(), resumed.freeze());
    }

    @Test
    void beforeAnIterationKeepsOnlyTheBucketsThatStartBeforeIt() {
        LossHistory history = new LossHistory();
        for (long k = 0; k < 100; k++) {
            history.add(k, k);
        }
        LossHistory.Frozen kept = history.freeze().before(40);
        assertEquals(40, kept.size());
        assertEquals(39, kept.first(39));
        assertEquals(0, history.freeze().before(0).size());
        assertEquals(100, history.freeze().before(1_000).size());
    }

    @Test
    void aFrozenHistoryKnowsItsFiniteExtremesAndItsFirstGap() {
        LossHistory h = new LossHistory();
        h.add(0, 2.5);
        h.add(1, 0.25);
        h.add(2, Double.POSITIVE_INFINITY);
        h.add(3, Double.NaN);
        h.add(4, 7.0);

        LossHistory.Frozen f = h.freeze();

        assertEquals(0.25, f.lowest());
        assertEquals(7.0, f.highest());
        assertEquals(2, f.firstGap());
    }

    @Test
    void aHistoryOfNoFiniteValueHasNoExtremes() {
        LossHistory h = new LossHistory();
        h.add(0, Double.NaN);
        LossHistory.Frozen f = h.freeze();
        assertEquals(Double.POSITIVE_INFINITY, f.lowest());
        assertEquals(Double.NEGATIVE_INFINITY, f.highest());
        assertEquals(0, f.firstGap());
        assertEquals(0, LossHistory.Frozen.EMPTY.firstGap());
    }

    @Test
    void theExtremesKeptAsValuesComeAreThoseAScanOfTheBucketsFinds() {
        LossHistory h = new LossHistory();
        java.util.Random random = new java.util.Random(5);
        for (long k = 0; k < 100_000; k++) {
            h.add(k, Math.exp(random.nextGaussian() * 5));
            if (k % 9_999 == 0) {
                LossHistory.Frozen kept = h.freeze();
                LossHistory.Frozen scanned = LossHistory.Frozen.of(bucketFirsts(kept), mins(kept), maxs(kept),
                        lasts(kept));
                assertEquals(scanned.lowest(), kept.lowest());
                assertEquals(scanned.highest(), kept.highest());
                assertEquals(scanned.firstGap(), kept.firstGap());
            }
        }
    }

    private static long[] bucketFirsts(LossHistory.Frozen f) {
        return java.util.stream.IntStream.range(0, f.size()).mapToLong(f::first).toArray();
    }

    private static double[] mins(LossHistory.Frozen f) {
        return java.util.stream.IntStream.range(0, f.size()).mapToDouble(f::min).toArray();
    }

    private static double[] maxs(LossHistory.Frozen f) {
        return java.util.stream.IntStream.range(0, f.size()).mapToDouble(f::max).toArray();
    }

    private static double[] lasts(LossHistory.Frozen f) {
        return java.util.stream.IntStream.range(0, f.size()).mapToDouble(f::last).toArray();
    }

    @Test
    void aFrozenCopyStaysAsItWasWhileTheHistoryGoesOnAndIsCleared() {
        LossHistory history = new LossHistory();
        for (long k = 0; k <= 2049; k++) { // the last bucket, 2048 to 2051, holds two values so far
            history.add(k, 10.0 - k / 1000.0);
        }
        LossHistory.Frozen before = history.freeze();
        int size = before.size();
        double lastMin = before.min(size - 1);
        double lastMax = before.max(size - 1);
        double lastLast = before.last(size - 1);
        LossHistory.Frozen copy = LossHistory.Frozen.of(bucketFirsts(before), mins(before), maxs(before),
                lasts(before));

        history.add(2050, 99.0); // joins the last bucket: its maximum and last value change
        history.add(2051, -1.0); // and its minimum
        history.add(2052, 1.0);
        history.clear();
        history.add(0, 42.0);

        assertEquals(size, before.size());
        assertEquals(lastMin, before.min(size - 1));
        assertEquals(lastMax, before.max(size - 1));
        assertEquals(lastLast, before.last(size - 1));
        assertEquals(copy, before);
        assertEquals(42.0, history.freeze().last(0));
    }
}
