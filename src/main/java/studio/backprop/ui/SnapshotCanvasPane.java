package studio.backprop.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import studio.backprop.training.TrainingSnapshot;

/**
 * A view that owns a {@link Canvas}, sizes it to itself on every layout and redraws it from the
 * newest snapshot. Redraws are coalesced: a burst of changes within one pulse draws once, at layout.
 * A view out of sight (in a tab not chosen) does not draw at all until it is shown: JavaFX still
 * rasterises every command sent to a hidden canvas, and a big network's diagram sent behind the worked
 * example's tab kept the renderer busy for seconds per frame.
 */
public abstract class SnapshotCanvasPane extends Pane {
    protected final Canvas canvas = new Canvas();
    protected final ObservableValue<TrainingSnapshot> snapshot;
    /** Presentation mode: larger text and thicker lines for the back of the room. */
    protected final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private boolean stale = true;
    /** The nodes whose visibility hides this view now: any of them shown again asks for a redraw. */
    private final List<Node> hiders = new ArrayList<>();
    /** Brings a frame put off by {@link #runningFrameMillis()} back at its time. */
    private final PauseTransition putOff = new PauseTransition();
    private long lastFrame = Long.MIN_VALUE / 2;
    private long framesDrawn;
    private final InvalidationListener shownAgain = obs -> {
        unwatch();
        invalidate();
    };

    protected SnapshotCanvasPane(ObservableValue<TrainingSnapshot> snapshot) {
        this.snapshot = snapshot;
        getChildren().add(canvas);
        getStyleClass().add("canvas-view");
        snapshot.addListener((obs, old, now) -> invalidate());
        presentation.addListener((obs, old, now) -> invalidate());
        setMinSize(120, 90);
        putOff.setOnFinished(e -> invalidate());
    }

    /** Asks for a redraw at the next layout pass. */
    protected final void invalidate() {
        stale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            stale = true;
        }
        if (stale && w > 0 && h > 0 && !hidden() && !putOff(snapshot.getValue())) {
            stale = false;
            lastFrame = System.nanoTime();
            framesDrawn++;
            paint(canvas.getGraphicsContext2D(), w, h);
        }
    }

    /** The newest snapshot on a cleared {@code w} by {@code h}: the screen's frame and a picture's alike. */
    private void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        TrainingSnapshot s = snapshot.getValue();
        if (s != null) {
            draw(g, s, w, h);
        }
    }

    /**
     * The least time between two frames while training runs, for a view too costly to draw at every
     * pulse: 0 (the default) draws every pulse. A paused state is drawn at once.
     */
    protected double runningFrameMillis() {
        return 0;
    }

    /** True, with a redraw booked for later, when this frame comes too soon after the last. */
    private boolean putOff(TrainingSnapshot s) {
        double wait = runningFrameMillis() - (System.nanoTime() - lastFrame) / 1e6;
        if (s == null || !s.running() || wait <= 0) {
            putOff.stop();
            return false;
        }
        if (putOff.getStatus() != PauseTransition.Status.RUNNING) {
            putOff.setDuration(Duration.millis(wait));
            putOff.playFromStart();
        }
        return true;
    }

    /** True, and watching what hides it, when this view or one of its parents is invisible. */
    private boolean hidden() {
        unwatch();
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                hiders.add(n);
                n.visibleProperty().addListener(shownAgain);
            }
        }
        return !hiders.isEmpty();
    }

    private void unwatch() {
        hiders.forEach(n -> n.visibleProperty().removeListener(shownAgain));
        hiders.clear();
    }

    /** Draws the snapshot on a cleared canvas of the given size. */
    protected abstract void draw(GraphicsContext g, TrainingSnapshot s, double width, double height);

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Scale for text sizes and line widths: 1, or 1.6 in presentation mode. */
    protected double scale() {
        return presentation.get() ? 1.6 : 1.0;
    }

    /** How many frames were drawn on screen: tests check that a view out of sight draws none. */
    public long framesDrawn() {
        return framesDrawn;
    }

    public Canvas canvas() {
        return canvas;
    }

    /**
     * The view as it is on screen, drawn afresh {@code factor} times larger: lines and text stay sharp in a
     * picture for slides, rather than the screen's pixels blown up.
     */
    public WritableImage render(double factor) {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        Canvas picture = new Canvas(Math.ceil(w * factor), Math.ceil(h * factor));
        GraphicsContext g = picture.getGraphicsContext2D();
        g.scale(factor, factor);
        paint(g, w, h);
        return picture.snapshot(null, null);
    }
}
