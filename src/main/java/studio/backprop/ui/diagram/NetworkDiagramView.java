package studio.backprop.ui.diagram;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.SnapshotCanvasPane;

/**
 * The network as a diagram: layers from input to output, each edge coloured by the sign of its
 * weight and as wide as its magnitude, each neuron showing its output h for the selected point.
 * Hovering an edge or a neuron reads out its value, gradient and last change.
 */
public final class NetworkDiagramView extends SnapshotCanvasPane {
    private final IntegerProperty selectedPoint;
    private final BooleanProperty showWeights = new SimpleBooleanProperty(this, "showWeights", true);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final EdgeStyle style = EdgeStyle.WEIGHT;
    private Layout layout;
    /** How many times the geometry was computed: tests check that training alone never re-lays out. */
    int layoutComputations;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private Layout.Hit hover;
    private List<String> hoverLines = List.of();

    public NetworkDiagramView(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint) {
        super(snapshot);
        this.selectedPoint = selectedPoint;
        getStyleClass().add("network-diagram");
        snapshot.addListener((obs, old, now) -> updateHover());
        selectedPoint.addListener((obs, old, now) -> refresh());
        showWeights.addListener((obs, old, now) -> refresh());
        presentation.addListener((obs, old, now) -> updateHover());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(Double.NaN, Double.NaN));
    }

    /** Weight values written on the edges; big networks show them only on hover whatever this says. */
    public BooleanProperty showWeightsProperty() {
        return showWeights;
    }

    public boolean isShowWeights() {
        return showWeights.get();
    }

    public void setShowWeights(boolean show) {
        showWeights.set(show);
    }

    /** The read-out of what the pointer is over, its lines joined by three spaces; empty when nothing. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public String hoverText() {
        return hoverText.get();
    }

    private void pointAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        refresh();
    }

    private void refresh() {
        updateHover();
        invalidate();
    }

    /** Re-hit-tests at once (not at the next pulse) so the read-out is current as soon as the pointer moves. */
    private void updateHover() {
        TrainingSnapshot s = snapshot.getValue();
        Layout lay = s == null || Double.isNaN(mouseX) ? null : layoutFor(s, Math.floor(getWidth()), Math.floor(getHeight()));
        hover = lay == null ? null : lay.hitTest(mouseX, mouseY, labelsShown(lay));
        hoverLines = hover == null ? List.of() : Readout.lines(hover, s, predictor(s), point(s));
        hoverText.set(String.join("   ", hoverLines));
    }

    private boolean labelsShown(Layout lay) {
        return showWeights.get() && lay.labelsFit();
    }

    /** The current layout, recomputed only when the architecture, the size or the scale changed. */
    private Layout layoutFor(TrainingSnapshot s, double w, double h) {
        if (w <= 0 || h <= 0) {
            return null;
        }
        if (layout == null || !layout.fits(s.network().architecture(), w, h, scale())) {
            layout = new Layout(s.network().architecture(), w, h, scale());
            layoutComputations++;
        }
        return layout;
    }

    /** The layout last drawn, for tests. */
    Layout diagramLayout() {
        return layout;
    }

    /** The text drawn in neuron i of layer l, for tests. */
    String neuronText(int l, int i) {
        TrainingSnapshot s = snapshot.getValue();
        return Painter.valueText(predictor(s), layout.neuron(l, i));
    }

    private int point(TrainingSnapshot s) {
        return Math.max(0, Math.min(selectedPoint.get(), s.data().size() - 1));
    }

    private Predictor predictor(TrainingSnapshot s) {
        return new Predictor(s.network()).at(s.data().x(point(s)));
    }

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        Layout before = layout;
        Layout lay = layoutFor(s, width, height);
        if (lay != before) {
            updateHover(); // the old hit belongs to the old geometry
        }
        int p = point(s);
        Predictor at = predictor(s);
        Painter painter = new Painter(g, lay, s, style, at, hover);
        painter.edges();
        painter.nodes();
        painter.labels(labelsShown(lay));
        painter.captions();
        String caption = "values for point " + (p + 1) + ":  x = " + Numbers.precise(s.data().x(p))
                + ",  y = " + Numbers.precise(s.data().y(p)) + ",  f(x) = " + Numbers.output(at.output());
        String hint = showWeights.get() && !lay.labelsFit() ? "hover an edge to see its " + style.noun : null;
        Legend.drawPointCaption(g, lay, caption, hint);
        Legend.draw(g, lay, style);
        Readout.draw(g, lay, hover, hoverLines, mouseX, mouseY);
    }
}
