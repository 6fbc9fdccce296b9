package studio.backprop.engine;

/**
 * Adam's bias correction 1 / (1 - beta^t) for a moment with decay beta, at update t (from 1).
 *
 * <p>Once beta^t falls to half an ulp of 1 or below, 1 - beta^t rounds to exactly 1 and the correction
 * is exactly 1, for that t and every later one (Math.pow is semi-monotonic, so beta^t only falls as t
 * grows, and so does what it takes from 1). That t is found once, by bisection; from it on the
 * correction costs no pow call, and every bit stays what the formula gives. With beta2 = 0.999 it is
 * t = 37,412 (and 356 for beta1 = 0.9), so a long run pays for pow only at its start.
 */
final class BiasCorrection {
    private final double beta;
    /** The first update from which the correction is exactly 1. */
    private final long exactlyOneFrom;

    BiasCorrection(double beta) {
        this.beta = beta;
        this.exactlyOneFrom = firstExactlyOne(beta);
    }

    /** 1 / (1 - beta^t), bit for bit. */
    double at(long t) {
        return t >= exactlyOneFrom ? 1.0 : 1 / (1 - Math.pow(beta, t));
    }

    /** The smallest t from which 1 - beta^t is 1.0; Long.MAX_VALUE if none is found below 2^53. */
    static long firstExactlyOne(double beta) {
        long limit = 1L << 53;
        if (!reachesOne(beta, limit)) {
            return Long.MAX_VALUE;
        }
        long low = 0;
        long high = limit;
        // reachesOne is false at low (t = 0 gives 1 - 1 = 0) and true at high, and stays true once true.
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (reachesOne(beta, middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static boolean reachesOne(double beta, long t) {
        return 1 - Math.pow(beta, t) == 1.0;
    }
}
