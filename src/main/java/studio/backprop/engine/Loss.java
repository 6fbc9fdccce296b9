package studio.backprop.engine;

/**
 * The loss of one output at one point, written beside its derivative with respect to that output, as
 * {@link Activation} pairs sigma with sigma'. The loss of the data is the sum over points and outputs.
 *
 * <p>A {@code switch} rather than per-constant bodies keeps the calls in the training loop monomorphic.
 */
public enum Loss {
    /** The chapter's residual sum of squares: (f - y)^2 per output, so dRSS/df = 2 (f - y). */
    RSS;

    /** The loss of output f against target y. */
    public double value(double f, double y) {
        return switch (this) {
            case RSS -> {
                double r = f - y;
                yield r * r;
            }
        };
    }

    /** d loss / d f at output f and target y: the start of the backward pass, dRSS/dh_(L+1). */
    public double derivative(double f, double y) {
        return switch (this) {
            case RSS -> 2.0 * (f - y);
        };
    }
}
