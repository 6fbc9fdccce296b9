package studio.backprop.engine;

/**
 * tanh as {@link StrictMath#tanh} computes it, bit for bit, in plain Java: fdlibm's s_tanh.c and s_expm1.c
 * (Sun Microsystems, 1993, freely granted), which Java 17 reaches through a native call that costs more than
 * the arithmetic (a tanh network of 32-neuron layers spent half its time there). {@code TanhTest} compares it
 * with StrictMath on millions of values across every branch.
 */
final class Tanh {
    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e+300;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    // exp(x)-1's rational approximation on [-0.35, 0.35], as fdlibm's expm1 has it.
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private Tanh() {
    }

    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1 at +-infinity, NaN at NaN
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /** exp(x) - 1 for the arguments tanh gives it: finite, 2^-54 <= |x| < 44. */
    static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A && negative && x + TINY < 0.0) { // x < -56 ln 2: exp(x) - 1 rounds to -1
            return TINY - 1.0;
        }
        double hi;
        double lo;
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln 2: reduce to x = k ln 2 + r
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln 2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // exp(x) - 1 is exp(x) to within the rounding
            double y = 1.0 - (e - x);
            y = withHigh(y, high(y) + (k << 20));
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double u = withHigh(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = u - (e - x);
            y = withHigh(y, high(y) + (k << 20));
        } else {
            double u = withHigh(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + u);
            y += 1.0;
            y = withHigh(y, high(y) + (k << 20));
        }
        return y;
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** x with its high 32 bits replaced (fdlibm's __HI(x) = h), its low 32 bits kept. */
    private static double withHigh(double x, int h) {
        return Double.longBitsToDouble(((long) h << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }
}
