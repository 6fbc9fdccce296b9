package studio.backprop.teaching;

import java.util.List;
import java.util.Locale;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/** The panel's steps of a trace's first point, and its matrices as the tests expect them, six decimals a value. */
final class ScreenSteps {
    private ScreenSteps() {
    }

    static List<WorkedExampleStep> of(IterationTrace trace) {
        return WorkedExampleSteps.of(trace, StepOptions.screen(0, 6));
    }

    /** The step of that phase and layer whose caption starts so. */
    static WorkedExampleStep step(List<WorkedExampleStep> steps, Phase phase, int layer, String caption) {
        return steps.stream().filter(s -> s.phase() == phase && s.layer() == layer && s.caption().startsWith(caption))
                .findFirst().orElseThrow();
    }

    /** A bmatrix of {@code rows} rows as the screen writes computed values: six decimals each. */
    static String bmatrix(int rows, double... values) {
        int cols = values.length / rows;
        StringBuilder s = new StringBuilder("\\begin{bmatrix} ");
        for (int k = 0; k < values.length; k++) {
            s.append(k == 0 ? "" : k % cols == 0 ? " \\\\ " : " & ").append(String.format(Locale.ROOT, "%.6f", values[k]));
        }
        return s.append(" \\end{bmatrix}").toString();
    }
}
