package studio.backprop.ui.lesson;

import java.util.Set;
import studio.backprop.lesson.LessonPanel;
import studio.backprop.lesson.LessonView;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;

/**
 * The parts of the window a scene arranges beyond the experiment: which views and panels show, and how
 * the diagram draws. The window implements it; the lesson asks it, so that "Save current state as a
 * scene" can write down what the class sees.
 */
public interface LessonScreen {
    /** Shows these views only, and opens these panels only. */
    void show(Set<LessonView> views, Set<LessonPanel> panels);

    /** What the diagram's edges (or cells) show, and whether it draws a graph or the matrices. */
    void showDiagram(SceneEdges edges, SceneDiagram diagram);

    Set<LessonView> shownViews();

    Set<LessonPanel> openPanels();

    SceneEdges edges();

    SceneDiagram diagram();
}
