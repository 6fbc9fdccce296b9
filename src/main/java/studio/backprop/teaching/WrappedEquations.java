package studio.backprop.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Steps set for a screen: one aligned block, each step "lhs &= formula = numbers = result" (an update
 * "lhs &\\to formula = ...") continued on a new line ("&= ...") where it would pass a width, and a sum of
 * numbers too wide for a line of its own continued term by term ("&\\quad + ..."). A typeset image cannot
 * wrap, so the break is chosen here from the pieces' estimated widths.
 */
public final class WrappedEquations {
    /** The space around a relation, in ems. */
    private static final double RELATION = 1.5;
    /** The indent of a sum's terms continued on a new line. */
    private static final double QUAD = 1;

    private WrappedEquations() {
    }

    /** {@code steps} one under the other, aligned at their first "=", no line wider than about {@code maxEm}. */
    public static String aligned(List<WorkedExampleStep> steps, double maxEm) {
        // Every line starts where the widest left-hand side ends: that is where the alignment puts "=".
        double lhsEm = steps.stream().mapToDouble(s -> s.lhs().em()).max().orElse(0);
        List<String> equations = new ArrayList<>();
        for (WorkedExampleStep step : steps) {
            equations.add(equation(step, lhsEm, maxEm));
        }
        return "\\begin{aligned} " + String.join(" \\\\ ", equations) + " \\end{aligned}";
    }

    private static String equation(WorkedExampleStep step, double lhsEm, double maxEm) {
        Piece lhs = step.lhs();
        List<Piece> rhs = Stream.of(step.formula(), step.numbers(), step.result()).filter(p -> !p.isEmpty()).toList();
        StringBuilder tex = new StringBuilder(lhs.tex()).append(" &").append(step.relation()).append(' ');
        double line = lhsEm + RELATION;
        for (int k = 0; k < rhs.size(); k++) {
            Piece p = rhs.get(k);
            if (k > 0) {
                if (line + RELATION + p.em() > maxEm) {
                    tex.append(" \\\\ &= ");
                    line = lhsEm + RELATION;
                } else {
                    tex.append(" = ");
                    line += RELATION;
                }
            }
            if (p == step.numbers() && !step.terms().isEmpty() && line + p.em() > maxEm) {
                line = terms(tex, step.terms(), line, lhsEm, maxEm);
                continue;
            }
            tex.append(p.tex());
            line += p.em();
        }
        return tex.toString();
    }

    /** A sum too wide for its line, continued term by term on lines of their own, indented under it. */
    private static double terms(StringBuilder tex, List<Piece> terms, double start, double lhsEm, double maxEm) {
        double line = start;
        for (int k = 0; k < terms.size(); k++) {
            Piece term = terms.get(k);
            if (k > 0 && line + term.em() > maxEm) {
                tex.append(" \\\\ &\\quad ");
                line = lhsEm + RELATION + QUAD;
            } else if (k > 0) {
                tex.append(' ');
            }
            tex.append(term.tex());
            line += term.em();
        }
        return line;
    }
}
