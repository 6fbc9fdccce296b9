package studio.backprop.teaching;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * Writes the worked example's steps in order, numbers as the options ask and shaped as the network's
 * matrices: shared by the points' steps ({@link WorkedExampleSteps}) and the update's ({@link UpdateSteps}).
 */
final class StepWriter {
    /** Columns of numbers beyond which a formula's numbers and result no longer fit one printed line. */
    private static final int WIDE = 8;
    /** More decimals than this would only show the digits of a value that is as good as 0. */
    private static final int MAX_EXTRA = 8;

    private final StepOptions options;
    private final NumberStyle numbers;
    private final Architecture arch;
    private final List<WorkedExampleStep> steps = new ArrayList<>();

    StepWriter(StepOptions options, Architecture arch) {
        this.options = options;
        this.numbers = options.numbers();
        this.arch = arch;
    }

    StepOptions options() {
        return options;
    }

    NumberStyle numbers() {
        return numbers;
    }

    Architecture arch() {
        return arch;
    }

    List<WorkedExampleStep> steps() {
        return List.copyOf(steps);
    }

    /** Computed values shaped like A_l. */
    Piece matrix(double[] flat, int l) {
        return computed(flat, arch.size(l));
    }

    /** A column of computed values. */
    Piece column(double[] values) {
        return computed(values, values.length);
    }

    /** Computed values, {@code rows} rows of them. */
    Piece computed(double[] flat, int rows) {
        return shaped(numbers.computed(flat), rows);
    }

    /** A matrix of these cells, in blocks of columns when wider than the options allow. */
    private Piece shaped(String[] cells, int rows) {
        Piece whole = TexMath.matrix(cells, rows, options.elide());
        return whole.em() > options.matrixEm() ? TexMath.blocks(cells, rows, options.matrixEm(), options.elide()) : whole;
    }

    /**
     * Computed values far below 1 with as many more decimals as they have leading zeros after the point, so
     * that they keep the digits that larger values show: 0.0000480123 beside 0.113962.
     */
    Piece small(double[] flat, int rows, double largest) {
        int zeros = largest > 0 && largest < 1 ? Math.min(MAX_EXTRA, (int) -Math.floor(Math.log10(largest)) - 1) : 0;
        return shaped(numbers.finer(zeros).computed(flat), rows);
    }

    /**
     * Numbers between whose parts a narrow screen may break the line (a matrix, the vector it multiplies, the
     * bias added): one part on a page or a screen without a width, so that those stay as they were.
     */
    List<Piece> parts(Piece... parts) {
        if (options.matrixEm() != StepOptions.ANY_WIDTH) {
            return List.of(parts);
        }
        Piece joined = parts[0];
        for (int k = 1; k < parts.length; k++) {
            joined = joined.then(parts[k]);
        }
        return List.of(joined);
    }

    /** Values the iteration starts from (weights, the input), {@code rows} rows of them. */
    Piece given(double[] flat, int rows) {
        return shaped(numbers.given(flat), rows);
    }

    /** A column of given values (biases, the input). */
    Piece given(double[] values) {
        return given(values, values.length);
    }

    /** Inputs and targets as the data gives them. */
    Piece data(double[] values) {
        return TexMath.matrix(numbers.data(values), values.length, options.elide());
    }

    /** @param columns columns of numbers in {@code numbers} and {@code result} together */
    void add(Phase phase, int layer, int point, String caption, Piece lhs, Piece formula, Piece numbers,
             Piece result, int columns) {
        add(phase, layer, point, caption, lhs, "=", formula, numbers, result, columns);
    }

    void add(Phase phase, int layer, int point, String caption, Piece lhs, String relation, Piece formula,
             Piece numbers, Piece result, int columns) {
        steps.add(new WorkedExampleStep(phase, layer, point, caption, lhs, relation, formula, numbers, result,
                columns > WIDE, List.of()));
    }

    /** A step whose numbers are a sum of {@code terms}, between which a narrow line may break. */
    void add(Phase phase, int layer, String caption, Piece lhs, String relation, Piece formula, List<Piece> terms,
             Piece result, int columns) {
        add(phase, layer, WorkedExampleStep.NO_POINT, caption, lhs, relation, formula, terms, result, columns);
    }

    /** A point's step whose numbers are {@code terms} of a sum or factors of a product, between which a line may break. */
    void add(Phase phase, int layer, int point, String caption, Piece lhs, Piece formula, List<Piece> terms,
             Piece result, int columns) {
        add(phase, layer, point, caption, lhs, "=", formula, terms, result, columns);
    }

    private void add(Phase phase, int layer, int point, String caption, Piece lhs, String relation, Piece formula,
                     List<Piece> terms, Piece result, int columns) {
        Piece numbers = terms.get(0);
        for (Piece term : terms.subList(1, terms.size())) {
            numbers = numbers.then(term);
        }
        steps.add(new WorkedExampleStep(phase, layer, point, caption, lhs, relation, formula, numbers, result,
                columns > WIDE, terms));
    }
}
