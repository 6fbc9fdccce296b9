package studio.backprop.ui.lesson;

import java.util.EnumSet;
import java.util.Set;
import studio.backprop.lesson.LessonPanel;
import studio.backprop.lesson.LessonView;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;

/** A window that only remembers how a scene arranged it. */
final class FakeScreen implements LessonScreen {
    Set<LessonView> views = EnumSet.allOf(LessonView.class);
    Set<LessonPanel> panels = Set.of();
    SceneEdges edges = SceneEdges.WEIGHTS;
    SceneDiagram diagram = SceneDiagram.GRAPH;

    @Override
    public void show(Set<LessonView> views, Set<LessonPanel> panels) {
        this.views = views;
        this.panels = panels;
    }

    @Override
    public void showDiagram(SceneEdges edges, SceneDiagram diagram) {
        this.edges = edges;
        this.diagram = diagram;
    }

    @Override
    public Set<LessonView> shownViews() {
        return views;
    }

    @Override
    public Set<LessonPanel> openPanels() {
        return panels;
    }

    @Override
    public SceneEdges edges() {
        return edges;
    }

    @Override
    public SceneDiagram diagram() {
        return diagram;
    }
}
