package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.model.Phase;

/**
 * The network as a diagram: layers from input to output, each edge coloured by the sign of its
 * weight (or gradient, or last change: {@link #edgeModeProperty()}) and as wide as its magnitude, each
 * neuron showing its output h for the selected point and, small, its whole curve h(x). While the
 * stepper is at a phase ({@link #activePhaseProperty()}) the diagram shows what that phase computes.
 * Hovering an edge or a neuron reads out its value, gradient and last change. Given {@link WeightEdits}
 * ({@link #weightEditsProperty()}) a double-click on an edge or a neuron types in its weight or bias.
 */
public final class NetworkDiagramView extends SnapshotCanvasPane {
    private final IntegerProperty selectedPoint;
    private final BooleanProperty showWeights = new SimpleBooleanProperty(this, "showWeights", true);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final BooleanProperty showNeuronCurves = new SimpleBooleanProperty(this, "showNeuronCurves", true);
    private final ObjectProperty<EdgeMode> edgeMode = new SimpleObjectProperty<>(this, "edgeMode", EdgeMode.WEIGHT);
    private final ObjectProperty<Phase> activePhase = new SimpleObjectProperty<>(this, "activePhase");
    private final ObjectProperty<DiagramMode> diagramMode = new SimpleObjectProperty<>(this, "mode", DiagramMode.GRAPH);
    private final MatrixDrawing matrices = new MatrixDrawing();
    private final ThrottledTraceCache traces = new ThrottledTraceCache();
    private final NeuronCurves curves = new NeuronCurves();
    private final WeightEditing editing = new WeightEditing(this, this::refresh);
    private Layout layout;
    private double layoutScale; // asked for when the layout was made, which may have shrunk it to fit
    int layoutComputations; // tests check that training alone never re-lays out
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private Layout.Hit hover;
    private List<String> hoverLines = List.of();

    public NetworkDiagramView(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint) {
        super(snapshot);
        this.selectedPoint = selectedPoint;
        getStyleClass().add("network-diagram");
        snapshot.addListener((obs, old, now) -> {
            if (now != null) {
                editing.networkChanged(now.network());
            }
            updateHover();
        });
        editing.editsProperty().addListener((obs, old, now) -> refresh());
        ChangeListener<Object> redraw = (obs, old, now) -> refresh();
        for (ObservableValue<?> v : List.of(selectedPoint, showWeights, showNeuronCurves, edgeMode, activePhase,
                diagramMode)) {
            v.addListener(redraw);
        }
        presentation.addListener((obs, old, now) -> updateHover());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(Double.NaN, Double.NaN));
        // the field's own focus does not move when the canvas is clicked: a click beside it cancels it
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> editing.cancel());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            TrainingSnapshot s = snapshot.getValue();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && s != null && !matrices()) {
                Layout.Hit hit = hitAt(s, e.getX(), e.getY()); // lays out first, if the size changed
                editing.open(hit, s.network(), e.getX(), e.getY(), layout == null ? Fonts.at(scale()) : layout.fonts);
                refresh();
            }
        });
    }

    /** Where typed weights and biases go; null (the default) for a diagram that only shows them. */
    public ObjectProperty<WeightEdits> weightEditsProperty() {
        return editing.editsProperty();
    }

    public BooleanProperty showWeightsProperty() { // big networks label edges only on hover whatever this says
        return showWeights;
    }

    public boolean isShowWeights() {
        return showWeights.get();
    }

    public void setShowWeights(boolean show) {
        showWeights.set(show);
    }

    /** Each hidden neuron's curve h(x) over the data's range, drawn in its circle. */
    public BooleanProperty showNeuronCurvesProperty() {
        return showNeuronCurves;
    }

    /** What the edges show; never null (null is taken as {@link EdgeMode#WEIGHT}). */
    public ObjectProperty<EdgeMode> edgeModeProperty() {
        return edgeMode;
    }

    /**
     * The stepper's phase, or null for the normal display: bind it to the view model's. The phase's
     * layer is lit and shows that phase's numbers for the selected point.
     */
    public ObjectProperty<Phase> activePhaseProperty() {
        return activePhase;
    }

    /** A graph of neurons and edges, or the chapter's matrices A_l and b_l (for wide layers above all). */
    public ObjectProperty<DiagramMode> diagramModeProperty() {
        return diagramMode;
    }

    private boolean matrices() { // the phase stepper's display is the graph's
        return diagramMode.get() == DiagramMode.MATRICES && activePhase.get() == null;
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
        hover = s == null || Double.isNaN(mouseX) || matrices() ? null : hitAt(s, mouseX, mouseY);
        if (matrices()) {
            hoverLines = s == null ? List.of() : matrices.hover(frame(s), mouseX, mouseY, Math.floor(getWidth()),
                    Math.floor(getHeight()), scale(), mode() == EdgeMode.POINT_SHARE);
        } else if (hover == null || editing.target() != null) {
            hoverLines = List.of(); // while typing, a read-out would only cover the field
        } else {
            hoverLines = Readout.lines(hover, frame(s), phase(s) == null && mode() == EdgeMode.POINT_SHARE);
            if (editing.editable(hover)) {
                hoverLines = new ArrayList<>(hoverLines);
                hoverLines.add("double-click to edit");
            }
        }
        hoverText.set(String.join("   ", hoverLines));
    }

    private Layout.Hit hitAt(TrainingSnapshot s, double x, double y) {
        Layout lay = layoutFor(s, Math.floor(getWidth()), Math.floor(getHeight()));
        return lay == null ? null : lay.hitTest(x, y, labelsShown(lay), showNeuronCurves.get() && curves.maps());
    }

    private boolean labelsShown(Layout lay) {
        return showWeights.get() && lay.labelsFit();
    }

    /**
     * The current layout, recomputed only when the architecture, the size, the scale, the edge mode or
     * whether a phase is shown changed: never while training merely changes numbers.
     */
    private Layout layoutFor(TrainingSnapshot s, double w, double h) {
        if (w <= 0 || h <= 0) {
            return null;
        }
        boolean phase = phase(s) != null;
        List<EdgeStyle> styles = phase ? EdgeStyle.PHASE_STYLES : List.of(EdgeStyle.of(mode()));
        if (layout == null || layoutScale != scale()
                || !layout.fits(s.network().architecture(), w, h, layout.scale, styles, phase)) {
            layoutScale = scale();
            layout = FittedLayout.of(s.network().architecture(), w, h, scale(), styles, phase);
            layoutComputations++;
        }
        return layout;
    }

    private EdgeMode mode() {
        return edgeMode.get() == null ? EdgeMode.WEIGHT : edgeMode.get();
    }

    /** The phase to show, or null; a phase beyond this network's layers (from another one) shows nothing. */
    private PhaseDisplay phase(TrainingSnapshot s) {
        Phase p = activePhase.get();
        return p == null || p.layer() > s.network().depth() ? null : new PhaseDisplay(p, s.network().depth());
    }

    private Frame frame(TrainingSnapshot s) {
        return new Frame(s, point(s), predictor(s), () -> traces.of(s));
    }

    /** The layout last drawn, for tests. */
    Layout diagramLayout() {
        return layout;
    }

    /** The text drawn in neuron i of layer l, its lines joined by two spaces, for tests. */
    String neuronText(int l, int i) {
        TrainingSnapshot s = snapshot.getValue();
        Frame f = frame(s);
        PhaseDisplay phase = phase(s);
        List<String> lines = phase == null ? null : phase.lines(f, layout.neuron(l, i));
        return lines == null ? neuronValue(l, i).text() : String.join("  ", lines);
    }

    /** The output of neuron i of layer l as drawn, fitted to its plate, for tests. */
    FittedText neuronValue(int l, int i) {
        return new NeuronPainter(null, layout, frame(snapshot.getValue()), null, null, null).valueText(layout.neuron(l, i));
    }

    /** The label of edge a_lij (b_li for j = {@link Node#BIAS}) as drawn, fitted to the box kept for it, for tests. */
    FittedText edgeLabel(int l, int i, int j) {
        return painter(null, snapshot.getValue(), layout).labelText(layout.edge(l, i, j));
    }

    /** What the legend says, for tests. */
    String legendText() {
        Painter p = painter(null, snapshot.getValue(), layout);
        return DiagramLegend.text(p.style(), p.largest);
    }

    ThrottledTraceCache traceCache() {
        return traces;
    }

    private Painter painter(GraphicsContext g, TrainingSnapshot s, Layout lay) {
        return new Painter(g, lay, frame(s), EdgeStyle.of(mode()), phase(s), hover);
    }

    private int point(TrainingSnapshot s) {
        return Math.max(0, Math.min(selectedPoint.get(), s.data().size() - 1));
    }

    private Predictor predictor(TrainingSnapshot s) {
        return new Predictor(s.network()).at(s.data().subset(new int[] {point(s)}).xs()); // every input of the point
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        editing.place(getWidth(), getHeight(), layout);
    }

    @Override
    protected double runningFrameMillis() { // a big network's edges: ten frames a second while training runs
        return layout != null && layout.edges.size() > Painter.BATCHED_EDGES && !matrices() ? 100 : 0;
    }

    /** The weight editor, for tests. */
    ValueField valueField() {
        return editing.field();
    }

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        if (matrices()) {
            matrices.draw(g, frame(s), EdgeStyle.of(mode()), width, height, scale(), hoverLines, mouseX, mouseY);
            return;
        }
        Layout before = layout;
        Layout lay = layoutFor(s, width, height);
        if (lay != before) {
            updateHover(); // the old hit belongs to the old geometry
        }
        int p = point(s);
        Frame f = frame(s);
        PhaseDisplay phase = phase(s);
        if (showNeuronCurves.get() && !lay.dense) { // a disc has no room for a curve
            curves.sample(s);
        }
        Layout.Hit lit = editing.target() != null ? editing.target() : hover;
        Painter painter = new Painter(g, lay, f, EdgeStyle.of(mode()), phase, lit);
        painter.edges(s.running());
        new NeuronPainter(g, lay, f, phase, showNeuronCurves.get() ? curves : null, lit).nodes();
        painter.labels(labelsShown(lay));
        painter.captions();
        InputNames.draw(g, lay);
        boolean valuesHidden = showNeuronCurves.get() && curves.valuesOnHover(lay);
        PointCaption.of(lay, s.data(), p, f.at().output(), showWeights.get() && !lay.labelsFit(), valuesHidden)
                .draw(g, lay);
        DiagramLegend.draw(g, lay, painter.style(), painter.largest);
        Readout.draw(g, lay, hover, hoverLines, mouseX, mouseY);
    }
}
