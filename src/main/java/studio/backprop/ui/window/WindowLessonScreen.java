package studio.backprop.ui.window;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import studio.backprop.lesson.LessonPanel;
import studio.backprop.lesson.LessonView;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;
import studio.backprop.ui.diagram.DiagramMode;
import studio.backprop.ui.diagram.EdgeMode;
import studio.backprop.ui.diagram.NetworkDiagramView;
import studio.backprop.ui.lesson.LessonScreen;

/**
 * The window as a lesson's scenes arrange it: the standard views by their place (regression, network,
 * loss), the experiment panel, the teaching drawer's tabs and the diagram's edges.
 */
final class WindowLessonScreen implements LessonScreen {
    /** The drawer's tabs in order, as panels. */
    private static final LessonPanel[] TABS = {LessonPanel.WORKED, LessonPanel.GRADIENT_CHECK, LessonPanel.TABLE};

    private final ViewDeck deck;
    private final SidePanels side;
    private final TeachingDrawer drawer;
    private final NetworkDiagramView diagram;

    WindowLessonScreen(ViewDeck deck, SidePanels side, TeachingDrawer drawer, NetworkDiagramView diagram) {
        this.deck = deck;
        this.side = side;
        this.drawer = drawer;
        this.diagram = diagram;
    }

    @Override
    public void show(Set<LessonView> views, Set<LessonPanel> panels) {
        deck.showOnly(views.stream().map(Enum::ordinal).collect(Collectors.toSet()));
        side.experimentShownProperty().set(panels.contains(LessonPanel.EXPERIMENT));
        LessonPanel right = panels.stream().filter(LessonPanel::onTheRight).findFirst().orElse(null);
        side.drawerShownProperty().set(right != null);
        for (int k = 0; k < TABS.length; k++) {
            if (TABS[k] == right) {
                drawer.getSelectionModel().select(k);
            }
        }
    }

    @Override
    public void showDiagram(SceneEdges edges, SceneDiagram mode) {
        diagram.diagramModeProperty().set(mode == SceneDiagram.MATRICES ? DiagramMode.MATRICES : DiagramMode.GRAPH);
        diagram.edgeModeProperty().set(switch (edges) {
            case WEIGHTS -> EdgeMode.WEIGHT;
            case GRADIENT -> EdgeMode.GRADIENT;
            case CHANGE -> EdgeMode.CHANGE;
            case POINT -> EdgeMode.POINT_SHARE;
        });
    }

    @Override
    public Set<LessonView> shownViews() {
        Set<LessonView> views = EnumSet.noneOf(LessonView.class);
        for (int place : deck.shownPlaces()) {
            if (place < LessonView.values().length) {
                views.add(LessonView.values()[place]);
            }
        }
        return views;
    }

    @Override
    public Set<LessonPanel> openPanels() {
        Set<LessonPanel> panels = EnumSet.noneOf(LessonPanel.class);
        if (side.experimentShownProperty().get()) {
            panels.add(LessonPanel.EXPERIMENT);
        }
        int tab = drawer.getSelectionModel().getSelectedIndex();
        if (side.drawerShownProperty().get() && tab >= 0 && tab < TABS.length) {
            panels.add(TABS[tab]);
        }
        return panels;
    }

    @Override
    public SceneEdges edges() {
        EdgeMode mode = diagram.edgeModeProperty().get();
        return mode == null ? SceneEdges.WEIGHTS : switch (mode) {
            case WEIGHT -> SceneEdges.WEIGHTS;
            case GRADIENT -> SceneEdges.GRADIENT;
            case CHANGE -> SceneEdges.CHANGE;
            case POINT_SHARE -> SceneEdges.POINT;
        };
    }

    @Override
    public SceneDiagram diagram() {
        return diagram.diagramModeProperty().get() == DiagramMode.MATRICES ? SceneDiagram.MATRICES : SceneDiagram.GRAPH;
    }
}
