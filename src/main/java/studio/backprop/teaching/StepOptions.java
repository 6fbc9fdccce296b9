package studio.backprop.teaching;

/**
 * What a view asks of the worked example's steps: a document wants every point as printed; a screen
 * wants one point, its columns lined up, big matrices cut short and the point's squared error.
 *
 * @param point            the data point (from 0) whose steps to write, or {@link #ALL_POINTS}
 * @param numbers          how numbers are written
 * @param elide            true to show a matrix beyond {@link TexMath#MAX_SHOWN} rows or columns by its
 *                         ends around dots, so that it fits a screen
 * @param namedActivations true to write each layer's activation by its own name (tanh, ReLU) rather than
 *                         the chapter's sigma, for a view without the document's definition of sigma
 * @param squaredError     true to add {@link WorkedExampleStep.Phase#SQUARED_ERROR} steps before the loss
 * @param dataSize         the number of data points, or {@link #UNKNOWN_SIZE}: a batch of all of them is summed
 *                         as the chapter sums, any other batch is named
 * @param matrixEm         the widest a matrix is set, in ems: a wider one is set as blocks of columns one under the
 *                         other ({@link TexMath#blocks}); {@link #ANY_WIDTH} for a page as wide as it needs
 */
public record StepOptions(int point, NumberStyle numbers, boolean elide, boolean namedActivations,
                          boolean squaredError, int dataSize, double matrixEm) {
    /** {@link #point} of a document: every point, in data order. */
    public static final int ALL_POINTS = -1;
    /** {@link #dataSize} when the trace is all that is known: every batch is named then. */
    public static final int UNKNOWN_SIZE = 0;
    /** {@link #matrixEm} of a matrix never cut into blocks. */
    public static final double ANY_WIDTH = Double.POSITIVE_INFINITY;

    public StepOptions {
        if (point < ALL_POINTS) {
            throw new IllegalArgumentException("point must be " + ALL_POINTS + " (all) or from 0, got " + point);
        }
        if (dataSize < UNKNOWN_SIZE) {
            throw new IllegalArgumentException("the data size must be " + UNKNOWN_SIZE + " (unknown) or more, got "
                    + dataSize);
        }
        if (!(matrixEm > 0)) {
            throw new IllegalArgumentException("a matrix needs a width above 0 ems, got " + matrixEm);
        }
    }

    /** The documents' steps: every point, numbers as short as they are exactly, nothing cut. */
    public static StepOptions document() {
        return document(WorkedExampleDocument.DIGITS);
    }

    /** The documents' steps with computed values rounded to {@code digits} decimals. */
    public static StepOptions document(int digits) {
        return new StepOptions(ALL_POINTS, NumberStyle.handout(digits), false, false, false, UNKNOWN_SIZE, ANY_WIDTH);
    }

    /** One point's steps for a screen, with {@code decimals} decimals in every computed value. */
    public static StepOptions screen(int point, int decimals) {
        return new StepOptions(point, NumberStyle.aligned(decimals), true, true, true, UNKNOWN_SIZE, ANY_WIDTH);
    }

    /** The same, for data of {@code size} points. */
    public StepOptions withDataSize(int size) {
        return new StepOptions(point, numbers, elide, namedActivations, squaredError, size, matrixEm);
    }

    /** The same, a matrix wider than {@code em} ems set as blocks of columns, one under the other. */
    public StepOptions withMatrixEm(double em) {
        return new StepOptions(point, numbers, elide, namedActivations, squaredError, dataSize, em);
    }
}
