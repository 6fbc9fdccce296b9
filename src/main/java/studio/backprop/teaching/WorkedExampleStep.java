package studio.backprop.teaching;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One formula of the worked example, as LaTeX math without delimiters, in pieces so that a view can lay
 * it out as it likes. {@link #latex()} is the whole formula on one line, e.g. for layer 1 of the first
 * point: <pre>
 * lhs          \vec{\Sigma}_{1}
 * formula      A_{1} \vec{h}_{0} + \vec{b}_{1}
 * numbers      \begin{bmatrix} 5 \\ -5 \\ ... \end{bmatrix} \begin{bmatrix} 0 \end{bmatrix} + ...
 * result       \begin{bmatrix} -0.75 \\ 1.75 \\ ... \end{bmatrix}
 * </pre>
 * Each piece comes with a rough width in ems ({@link Piece}), so that a screen can wrap the formula.
 * Every piece is plain ASCII and uses only what amsmath and JLaTeXMath both typeset: \frac, \vec,
 * \mathrm, \sigma, \circ, \otimes, \left. \right|, \to and the bmatrix environment.
 *
 * @param phase    the part of the iteration the step belongs to
 * @param layer    the layer l the step is about: 0 for the input, 1..L+1 otherwise
 * @param point    the point (from 0) among the trace's points for the per-point phases: the data's order for
 *                 the chapter's full batch, the batch's order otherwise; {@link #NO_POINT} for {@link Phase#SUM}
 *                 and {@link Phase#UPDATE}
 * @param caption  a short plain-text description, e.g. "Outputs of layer 1"
 * @param lhs      what the step computes, e.g. {@code \vec{h}_{1}}
 * @param relation {@code =}, or {@code \to} for the update's assignment: the documents keep an assignment's
 *                 formula on the left of the alignment, a screen may break the line after it
 * @param formula  the chapter's formula for it, symbolic
 * @param numbers  the formula with this iteration's numbers filled in; empty when there is nothing to fill
 *                 in (the input, the sums, the squared error's derivative)
 * @param result   the value: a bmatrix, for the squared error a number, for its derivative a formula
 * @param wide     true when the numbers and the result side by side would be wider than a printed page:
 *                 the documents then set the result on a line of its own
 * @param terms    the numbers as the terms of a sum or the factors of a product, between which a line too narrow
 *                 for them may break ({@code 0.9 [V]}, {@code + [g]}; {@code [A_2]}, {@code [h_1]}, {@code + [b_2]} on
 *                 a screen of a given width); empty or one piece when the numbers are one block, as on a page
 */
public record WorkedExampleStep(Phase phase, int layer, int point, String caption, Piece lhs, String relation,
                                Piece formula, Piece numbers, Piece result, boolean wide, List<Piece> terms) {
    /** {@link #point} of the steps after the points: the sums and the update. */
    public static final int NO_POINT = -1;
    /** {@link #relation} of an update: the new weights are the old ones minus the step. */
    public static final String ASSIGNMENT = "\\to";

    public WorkedExampleStep {
        terms = List.copyOf(terms);
    }

    /**
     * The parts of one iteration, in the chapter's order. Per point: {@code FORWARD} for layers 0..L+1
     * (Sigma_l then h_l), {@code SQUARED_ERROR} only when asked for ({@link StepOptions#squaredError}: the
     * point's squared error and its derivative, symbolic), {@code LOSS} (dRSS/dh of the output),
     * {@code BACKWARD} for layers L..1, {@code EXPAND} for layers L+1..1 (dRSS/db_l then dRSS/dA_l); after all
     * points {@code SUM} for layers L+1..1 and {@code UPDATE} for layers 1..L+1 (A_l then b_l).
     *
     * <p>The app's stepper ({@code ui.model.Phase}) cuts the iteration differently: its LOSS is this
     * SQUARED_ERROR, and this LOSS is its BACKWARD of the output layer; see {@code ui.worked.PanelSteps}.
     */
    public enum Phase {
        FORWARD("Forward propagation"),
        SQUARED_ERROR("Backpropagation"),
        LOSS("Backpropagation"),
        BACKWARD("Backpropagation"),
        EXPAND("Expansion"),
        SUM("Summed over the points"),
        UPDATE("Update");

        private final String title;

        Phase(String title) {
            this.title = title;
        }

        /** The heading of the phase's part of the chapter; the three before EXPAND share "Backpropagation". */
        public String title() {
            return title;
        }
    }

    /** True for the steps of one data point (forward, loss, backward, expand). */
    public boolean hasPoint() {
        return point != NO_POINT;
    }

    /** The whole formula on one line: lhs relation formula = numbers = result, the empty pieces left out. */
    public String latex() {
        String rest = Stream.of(formula, numbers, result).map(Piece::tex).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" = "));
        return lhs.tex() + " " + relation + " " + rest;
    }

    /**
     * What a document sets left of its alignment: the lhs, and for an assignment its formula too
     * ({@code A_{1} \to A_{1} - \alpha ...}), so that the numbers line up under each other.
     */
    public String left() {
        return isAssignment() ? lhs.tex() + " " + relation + " " + formula.tex() : lhs.tex();
    }

    public boolean isAssignment() {
        return relation.equals(ASSIGNMENT);
    }
}
