package studio.backprop.ui.worked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import studio.backprop.engine.IterationTrace;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Phase;
import studio.backprop.ui.TrainingViewModel;
import studio.backprop.ui.worked.WorkedExampleLatex.Step;

/**
 * The chapter's worked example of one iteration for the current weights and the selected point,
 * typeset step by step: forward, loss, backward, expansion, then the sum over all points and the
 * update. While training runs it follows a few times a second; the phase stepper lights up and scrolls
 * to the step being explained.
 */
public final class WorkedExamplePanel extends BorderPane {
    /** At most four updates a second while training runs: readable, and typesetting keeps up. */
    static final Duration LIVE_INTERVAL = Duration.millis(250);

    /** Padding and borders around a formula, in pixels: what of the viewport's width it cannot use. */
    private static final double CHROME = 72;

    private final TrainingViewModel model;
    private final PhaseStepper stepper;
    private final IntegerProperty decimals = new SimpleIntegerProperty(this, "decimals", WorkedExampleLatex.DEFAULT_DECIMALS);
    private final ObjectProperty<Consumer<IterationTrace>> onExport = new SimpleObjectProperty<>(this, "onExport");
    private final ReadOnlyObjectWrapper<List<Step>> steps = new ReadOnlyObjectWrapper<>(this, "steps", List.of());
    private final ReadOnlyObjectWrapper<IterationTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final WorkedExampleToolbar toolbar;
    private final Label heading = new Label();
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Map<Phase, StepCard> cards = new LinkedHashMap<>();
    private final TraceCache traces = new TraceCache();
    private final Throttle throttle = new Throttle(LIVE_INTERVAL, this::update);
    private double widthEm = 40;
    private int shownPoint = -1;
    private long updatesShown;

    public WorkedExamplePanel(TrainingViewModel model) {
        this.model = model;
        this.stepper = new PhaseStepper(model);
        getStyleClass().add("worked-example");
        toolbar = new WorkedExampleToolbar(model, stepper, decimals, onExport, trace.getReadOnlyProperty());
        heading.setId("workedHeading");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        content.setPadding(new Insets(12, 16, 24, 16));
        content.getChildren().add(heading);
        content.setStyle("-fx-background-color: #f4f5f7;");
        scroll.setFitToWidth(true);
        scroll.setId("workedScroll");
        setTop(toolbar);
        setCenter(scroll);

        model.snapshotProperty().addListener((obs, old, s) -> throttle.request(s == null || !s.running()));
        model.selectedPointProperty().addListener((obs, old, k) -> throttle.request(true));
        decimals.addListener((obs, old, d) -> throttle.request(true));
        model.presentationProperty().addListener((obs, old, on) -> applyFontSize());
        model.activePhaseProperty().addListener((obs, old, p) -> highlight(p));
        model.runningProperty().addListener((obs, was, on) -> renderViews());
        scroll.vvalueProperty().addListener((obs, old, v) -> renderViews());
        scroll.hvalueProperty().addListener((obs, old, v) -> renderViews());
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> viewportChanged(b));
        content.heightProperty().addListener((obs, old, h) -> followActive());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        throttle.request(true);
    }

    // ---- API ----

    public PhaseStepper stepper() {
        return stepper;
    }

    public void start() {
        stepper.start();
    }

    public void stop() {
        stepper.stop();
    }

    public void next() {
        stepper.next();
    }

    public void previous() {
        stepper.previous();
    }

    /** Decimals of computed values, 3..8 (6 as in the chapter). */
    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    /** Called with the trace shown when "Export worked example..." is pressed; the button is off while null. */
    public ObjectProperty<Consumer<IterationTrace>> onExportProperty() {
        return onExport;
    }

    public void setOnExport(Consumer<IterationTrace> handler) {
        onExport.set(handler);
    }

    /** The steps shown, in order; empty before the first snapshot. */
    public ReadOnlyObjectProperty<List<Step>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public List<Step> getSteps() {
        return steps.get();
    }

    /** The point (from 0) the steps are for; -1 before the first snapshot. */
    public int getShownPoint() {
        return shownPoint;
    }

    /** How many states the panel has shown: tests check the throttle with it. */
    public long updatesShown() {
        return updatesShown;
    }

    /** The iteration the steps are from. */
    public ReadOnlyObjectProperty<IterationTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The formula of one phase's step, or null before the first snapshot. */
    public FormulaView formulaView(Phase phase) {
        StepCard card = cards.get(phase);
        return card == null ? null : card.formula();
    }

    /** True when the active phase's step is the one lit up. */
    public boolean isHighlighted(Phase phase) {
        StepCard card = cards.get(phase);
        return card != null && card.isLit();
    }

    public WorkedExampleToolbar toolbar() {
        return toolbar;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    /** True when nothing is waiting: the newest state is shown and every formula is typeset. */
    public boolean isSettled() {
        return !throttle.isBusy() && cards.values().stream().allMatch(c -> c.formula().isCurrent());
    }

    // ---- updating ----

    /** Builds the trace and the LaTeX on the typesetting thread, then shows them here. */
    private void update(Runnable done) {
        TrainingSnapshot s = model.getSnapshot();
        if (s == null) {
            done.run();
            return;
        }
        int point = Math.max(0, Math.min(s.data().size() - 1, model.selectedPointProperty().get()));
        int d = decimals.get();
        double em = widthEm;
        FormulaRenderer.shared().thread().execute(() -> {
            try {
                IterationTrace t = traces.of(s);
                List<Step> list = WorkedExampleLatex.steps(t, point, d, em);
                Platform.runLater(() -> {
                    show(s, t, point, list);
                    done.run();
                });
            } catch (RuntimeException e) {
                Platform.runLater(done);
                throw e;
            }
        });
    }

    private void show(TrainingSnapshot s, IterationTrace t, int point, List<Step> list) {
        toolbar.setData(s.data());
        heading.setText("Iteration " + t.iteration() + "   ·   point " + (point + 1) + " of " + t.points().size()
                + ":  (x, y) = " + WorkedExampleLatex.pointLabel(t.point(point), decimals.get())
                + "   ·   α = " + TrainingSnapshot.formatRate(t.learningRate()));
        List<Phase> phases = list.stream().map(Step::phase).toList();
        if (!phases.equals(new ArrayList<>(cards.keySet()))) {
            rebuild(phases);
        }
        for (Step step : list) {
            FormulaView view = cards.get(step.phase()).formula();
            view.captionProperty().set(step.caption());
            view.latexProperty().set(step.latex());
        }
        shownPoint = point;
        updatesShown++;
        trace.set(t);
        steps.set(list);
        renderViews();
    }

    private void rebuild(List<Phase> phases) {
        cards.clear();
        content.getChildren().setAll(heading);
        String section = null;
        for (Phase p : phases) {
            String title = section(p.kind());
            if (!title.equals(section)) {
                section = title;
                Label header = new Label(title);
                header.getStyleClass().add("worked-section");
                header.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold; -fx-padding: 8 0 0 2;");
                content.getChildren().add(header);
            }
            StepCard card = new StepCard(p);
            card.formula().fontSizeProperty().set(fontSize());
            cards.put(p, card);
            content.getChildren().add(card);
        }
        highlight(model.activePhaseProperty().get());
    }

    private static String section(Phase.Kind kind) {
        return switch (kind) {
            case FORWARD -> "1. Forward propagation";
            case LOSS, BACKWARD -> "2. Backpropagation";
            case EXPAND -> "3. Expansion to weight gradients";
            case SUM, UPDATE -> "Weight updates, over all points";
        };
    }

    private double fontSize() {
        return model.presentationProperty().get() ? FormulaView.PRESENTATION_SIZE : FormulaView.NORMAL_SIZE;
    }

    private void applyFontSize() {
        cards.values().forEach(c -> c.formula().fontSizeProperty().set(fontSize()));
        viewportChanged(scroll.getViewportBounds());
        renderViews();
    }

    /** Equations are broken to fit the viewport, in steps of 4 ems so that resizing rarely retypesets. */
    private void viewportChanged(Bounds viewport) {
        if (viewport == null || viewport.getWidth() <= 0) {
            return;
        }
        double em = Math.max(24, Math.floor((viewport.getWidth() - CHROME) / fontSize() / 4) * 4);
        if (em != widthEm) {
            widthEm = em;
            throttle.request(true);
        }
        renderViews();
    }

    /**
     * Typesets what is on screen first; the rest only while training is paused, so that a running
     * network costs a few formulas a second and a paused one scrolls without waiting.
     */
    private void renderViews() {
        TrainingSnapshot s = model.getSnapshot();
        boolean running = s != null && s.running();
        List<StepCard> later = new ArrayList<>();
        for (StepCard card : cards.values()) {
            if (onScreen(card)) {
                card.formula().render();
            } else {
                later.add(card);
            }
        }
        if (!running) {
            later.forEach(c -> c.formula().render());
        }
    }

    private boolean onScreen(StepCard card) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = card.localToScene(card.getLayoutBounds());
        return b.getMaxY() >= viewport.getMinY() - 200 && b.getMinY() <= viewport.getMaxY() + 200;
    }

    // ---- stepping ----

    private void highlight(Phase active) {
        cards.values().forEach(c -> c.highlight(c.phase().equals(active)));
        followActive();
        Platform.runLater(this::followActive); // again once laid out
    }

    /** Scrolls the lit step into view unless it is already wholly visible. */
    private void followActive() {
        Phase active = model.activePhaseProperty().get();
        StepCard card = active == null ? null : cards.get(active);
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (card == null || extra <= 0) {
            return;
        }
        Bounds b = card.getBoundsInParent();
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double header = 48; // show the section title above the step too
        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - header) / extra)));
    }

    private void key(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.N || code == KeyCode.PAGE_DOWN) {
            stepper.next();
        } else if ((code == KeyCode.P || code == KeyCode.PAGE_UP) && stepper.isActive()) {
            stepper.previous();
        } else if (code == KeyCode.ESCAPE && stepper.isActive()) {
            stepper.stop();
        } else {
            return;
        }
        e.consume();
    }
}
