package studio.backprop.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.engine.OptimizerSpec;

/** Lessons as Markdown: every set-up key written and read back, and each bad lesson refused in one line. */
class LessonTextTest {
    /** A scene that says everything a set-up can say. */
    static LessonScene everything() {
        SetUp setUp = new SetUp("exercise2", 7L, null, 0.1, List.of(new RateChange(100, 1), new RateChange(200, 0.5)),
                OptimizerSpec.parse("momentum:mu=0.5"), 2, 3L, 0.001, 0.01, List.of(2, 4), 1_000L, 3,
                EnumSet.of(LessonView.NETWORK, LessonView.LOSS), EnumSet.of(LessonPanel.EXPERIMENT, LessonPanel.TABLE),
                new ScenePhase(ScenePhase.Step.BACKWARD, 2), SceneEdges.GRADIENT, SceneDiagram.MATRICES);
        return new LessonScene("Everything", setUp,
                new SceneAction(SceneAction.Kind.RUN_TO, 5_000, List.of(new RateChange(2_000, 10))),
                "The loss $\\textrm{RSS} = \\sum (f(x) - y)^2$ costs \\$0.\n\nA second paragraph.");
    }

    static Lesson lesson() {
        return new Lesson("A test lesson", "Notes for the teacher.", List.of(everything(),
                new LessonScene("Nothing said", SetUp.DEFAULT, SceneAction.NONE, ""),
                new LessonScene("Only a caption", SetUp.DEFAULT, SceneAction.parse("step 10"), "One line.")));
    }

    @Test
    void aLessonWrittenAndReadBackIsTheSameLesson() {
        Lesson lesson = lesson();
        assertEquals(lesson, LessonText.parse(LessonText.write(lesson)));
    }

    @Test
    void aSetUpIsWrittenAsAFrontBlockOfTheKeysItSays() {
        String text = LessonText.write(lesson());
        assertEquals(true, text.contains("""
                ## Only a caption

                ```set-up
                action: step 10
                ```

                One line.
                """), text);
        assertEquals(true, text.contains("rates: 1 at 100, 0.5 at 200\n"), text);
        assertEquals(true, text.contains("views: network, loss\npanels: experiment, table\nphase: backward 2\n"), text);
    }

    @Test
    void aCaptionsLinesJoinIntoParagraphsAndThousandsMayBeSetApart() {
        Lesson read = LessonText.parse("""
                # Title

                ## First
                ```set-up
                iteration: 1,000,000
                action: run to 2,000,000, rate 0.1 at 1,500,000
                ```
                A caption
                over two lines.


                And another.
                """);
        LessonScene scene = read.scene(0);
        assertEquals("A caption over two lines.\n\nAnd another.", scene.caption());
        assertEquals(1_000_000L, scene.setUp().iteration());
        assertEquals(new SceneAction(SceneAction.Kind.RUN_TO, 2_000_000,
                List.of(new RateChange(1_500_000, 0.1))), scene.action());
    }

    @Test
    void captionsSplitIntoWordsAndInlineMath() {
        assertEquals(List.of(new CaptionText.Span("The loss ", false), new CaptionText.Span("x^2", true),
                new CaptionText.Span(" costs $1.", false)), CaptionText.runs("The loss $x^2$ costs \\$1."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rate: fast            | line 5, scene 1 ("First"): rate must be a number, got "fast"
            colour: red           | line 5, scene 1 ("First"): unknown key "colour" (known: preset, seed,
            preset: sine2         | line 5, scene 1 ("First"): preset: unknown preset "sine2" (known: chapter,
            phase: sideways 2     | line 5, scene 1 ("First"): phase: unknown phase "sideways" (known: forward,
            point: 0              | line 5, scene 1 ("First"): point must be a whole number from 1, got "0"
            views: network, table | line 5, scene 1 ("First"): views: unknown view "table" (known: regression,
            panels: worked, table | line 3, scene 1 ("First"): panels: worked, table and gradient-check take turns
            seed: 4               | line 3, scene 1 ("First"): seed: draws a preset's initial weights; give the
            action: jump          | line 5, scene 1 ("First"): action: "jump" is not run, run to N, step N or
            rates: 1 at 10        | line 3, scene 1 ("First"): rates: change the rate while training to the
            """)
    void aBadKeyIsRefusedNamingTheLineTheSceneAndTheProblem(String line, String message) {
        String text = "# Title\n\n## First\n```set-up\n" + line + "\n```\nCaption.\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LessonText.parse(text));
        assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aSceneAfterAGoodOneIsNamedByItsNumber() {
        String text = "# T\n\n## One\nFine.\n\n## Two\n```set-up\nstep: 5\n```\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LessonText.parse(text));
        assertEquals(true, e.getMessage().startsWith("line 8, scene 2 (\"Two\"): unknown key \"step\""), e.getMessage());
    }

    @Test
    void unclosedMathAndAnUnclosedBlockAndAMissingTitleAreRefused() {
        assertEquals("line 3, scene 1 (\"One\"): the caption opens math with a $ that no $ closes: \"$x^2 here\"",
                assertThrows(IllegalArgumentException.class,
                        () -> LessonText.parse("# T\n\n## One\nThe $x^2 here\n")).getMessage());
        assertEquals("line 6, scene 1 (\"One\"): the set-up block is not closed by a line ```",
                assertThrows(IllegalArgumentException.class,
                        () -> LessonText.parse("# T\n\n## One\n```set-up\nrate: 1\n")).getMessage());
        assertEquals("line 1: a lesson begins with its title, \"# Title\"",
                assertThrows(IllegalArgumentException.class, () -> LessonText.parse("## One\n")).getMessage());
        assertEquals("a lesson needs at least one scene, a heading \"## Scene title\"",
                assertThrows(IllegalArgumentException.class, () -> LessonText.parse("# T\nNotes.\n")).getMessage());
    }

    @Test
    void keysLeftOutMeanTheChaptersExampleWithEveryViewAndNoPanel() {
        SetUp none = LessonText.parse("# T\n\n## One\n").scene(0).setUp();
        assertEquals(SetUp.DEFAULT, none);
        assertEquals(EnumSet.allOf(LessonView.class), none.shownViews());
        assertEquals(Set.of(), none.openPanels());
    }
}
