package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/** The handout of the chapter's worked example and the step pieces the app typesets. */
class WorkedExampleDocumentTest {
    private static final IterationTrace CHAPTER = IterationTrace.of(ChapterExample.network(), ChapterExample.data(),
            ChapterExample.LEARNING_RATE, 0);

    @Test
    void stepsFollowTheChaptersOrderPointByPointThenSumsThenUpdate() {
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            expected.addAll(List.of("FORWARD 0", "FORWARD 1", "FORWARD 1", "FORWARD 2", "FORWARD 2", "FORWARD 3",
                    "FORWARD 3", "LOSS 3", "BACKWARD 2", "BACKWARD 1", "EXPAND 3", "EXPAND 3", "EXPAND 2", "EXPAND 2",
                    "EXPAND 1", "EXPAND 1"));
        }
        expected.addAll(List.of("SUM 3", "SUM 3", "SUM 2", "SUM 2", "SUM 1", "SUM 1",
                "UPDATE 1", "UPDATE 1", "UPDATE 2", "UPDATE 2", "UPDATE 3", "UPDATE 3"));
        List<WorkedExampleStep> steps = WorkedExampleDocument.steps(CHAPTER);
        assertEquals(expected, steps.stream().map(s -> s.phase() + " " + s.layer()).toList());
        assertEquals(1, steps.get(16).point());
        assertEquals(WorkedExampleStep.NO_POINT, steps.get(steps.size() - 1).point());
    }

    @Test
    void aStepsPiecesHoldTheFormulaAndItsNumbers() {
        WorkedExampleStep loss = WorkedExampleDocument.steps(CHAPTER).stream()
                .filter(s -> s.phase() == Phase.LOSS).findFirst().orElseThrow();
        assertEquals("\\frac{\\partial \\mathrm{RSS}}{\\partial \\vec{h}_{3}}", loss.lhs().tex());
        assertEquals("2 \\left( \\vec{h}_{3} - y \\right)", loss.formula().tex());
        assertTrue(loss.numbers().tex().contains("0.831812"), loss.numbers().tex());
        assertEquals("\\begin{bmatrix} 1.663624 \\end{bmatrix}", loss.result().tex());
        assertEquals(loss.lhs().tex() + " = " + loss.formula().tex() + " = " + loss.numbers().tex() + " = "
                + loss.result().tex(), loss.latex());
    }

    @Test
    void everyStepIsMathJLaTeXMathTypesets() {
        for (WorkedExampleStep step : WorkedExampleDocument.steps(CHAPTER)) {
            new TeXFormula(step.latex()).createTeXIcon(TeXFormula.SERIF, 12); // throws ParseException if not
        }
    }

    @Test
    void markdownShowsTheChaptersNumbersInDisplayMath() {
        String md = WorkedExampleDocument.markdown(CHAPTER);
        assertChapterNumbers(md);
        assertTrue(md.startsWith("# "), md);
        assertTrue(md.contains("$$\n\\begin{aligned}"), md);
        assertTrue(md.contains("## Point $(\\vec{x}, y) = ([0.25], 1)$"), md);
    }

    @Test
    void latexIsACompleteAsciiDocumentWithTheChaptersNumbers() {
        String tex = WorkedExampleDocument.latex(CHAPTER);
        assertChapterNumbers(tex);
        assertTrue(tex.startsWith("\\documentclass{article}\n"), tex);
        assertTrue(tex.contains("\\usepackage{amsmath}"), tex);
        assertTrue(tex.contains("\\begin{document}"), tex);
        assertTrue(tex.endsWith("\\end{document}\n"), tex);
        assertFalse(tex.contains("$$"), "display math as \\[ \\] in LaTeX");
        assertTrue(tex.chars().allMatch(c -> c < 128), "ASCII only");
    }

    @Test
    void theWideUpdateOfA2SetsItsResultOnALineOfItsOwn() {
        WorkedExampleStep a2 = WorkedExampleDocument.steps(CHAPTER).stream()
                .filter(s -> s.phase() == Phase.UPDATE && s.layer() == 2).findFirst().orElseThrow();
        assertTrue(a2.wide());
        String aligned = WorkedExampleDocument.aligned(a2);
        assertTrue(aligned.endsWith("\\\\\n&= " + a2.result().tex() + "\n\\end{aligned}"), aligned);
    }

    private static void assertChapterNumbers(String doc) {
        for (String number : List.of("0.320821", "1.663624", "-0.043198", "0.503050", "0.483758", "4.999469",
                "-12.507410", "0.073544 & 0.021846", "0.101165 & 0.101165", "\\begin{bmatrix}",
                "\\frac{\\partial \\mathrm{RSS}}{\\partial \\vec{h}_{2}}")) {
            assertTrue(doc.contains(number), number);
        }
    }
}
