package studio.backprop.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.InputException;
import studio.backprop.io.LessonFile;
import studio.backprop.lesson.Lesson;
import studio.backprop.lesson.LessonPanel;
import studio.backprop.lesson.LessonScene;
import studio.backprop.lesson.LessonView;
import studio.backprop.lesson.SceneAction;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;
import studio.backprop.lesson.SetUp;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.Phase;

/**
 * "Save current state as a scene": appends to a lesson being written a scene that shows what the class
 * sees now. The experiment, exactly where training got, goes to a file beside the lesson that the scene
 * opens; the scene's set-up says the rest (the selected point, views, panels, phase, edges).
 */
final class SceneWriter {
    private Path file;

    /** The lesson file scenes are added to, or null before the first. */
    Path file() {
        return file;
    }

    void writeTo(Path lessonFile) {
        file = lessonFile;
    }

    /**
     * Adds the scene; a lesson file that does not exist yet is begun, titled after its name.
     *
     * @return what was written where, in one sentence
     */
    String append(ExperimentSession session, LessonScreen screen) throws IOException, InputException {
        Lesson lesson = Files.exists(file) ? LessonFile.read(file).lesson() : null;
        int n = lesson == null ? 1 : lesson.size() + 1;
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        String experiment = stem + "-scene-" + n + ".bpstudio";
        ExperimentFile.write(session.editor().snapshot(), file.resolveSibling(experiment));
        LessonScene scene = new LessonScene("Scene " + n, setUp(session, screen, experiment), SceneAction.NONE,
                "What the class should see here.");
        LessonFile.write(lesson == null ? new Lesson(stem, "", List.of(scene)) : lesson.with(scene), file);
        return "Scene " + n + " added to " + file.getFileName() + "; it opens " + experiment + ".";
    }

    private static SetUp setUp(ExperimentSession session, LessonScreen screen, String experiment) {
        Phase phase = session.model().activePhaseProperty().get();
        boolean allViews = screen.shownViews().equals(EnumSet.allOf(LessonView.class));
        java.util.Set<LessonPanel> panels = screen.openPanels();
        return new SetUp(null, null, experiment, null, List.of(), null, null, null, null, null, null, null,
                session.model().selectedPointProperty().get() + 1, allViews ? null : screen.shownViews(),
                panels.isEmpty() ? null : panels, phase == null ? null : Phases.of(phase),
                screen.edges() == SceneEdges.WEIGHTS ? null : screen.edges(),
                screen.diagram() == SceneDiagram.GRAPH ? null : screen.diagram());
    }
}
