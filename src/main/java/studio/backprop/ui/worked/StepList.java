package studio.backprop.ui.worked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.worked.PanelSteps.Step;

/**
 * The steps as cards under the chapter's section titles, in a scroll pane: typesets what is on screen
 * first, lights up the active step and scrolls it into view.
 */
final class StepList extends ScrollPane {
    private final Label heading = new Label();
    private final VBox content = new VBox(10);
    private final Map<Phase, StepCard> cards = new LinkedHashMap<>();
    private final BooleanSupplier running;
    private Phase active;
    /** Images a paused list keeps, in device pixels: about 24 MB, the chapter's whole iteration many times over. */
    static final long PIXEL_BUDGET = 6_000_000;
    private final Set<StepCard> released = new HashSet<>();
    private double fontSize = FormulaView.NORMAL_SIZE;
    /** The title over the sums and the update, which names a batch when the update sums one. */
    private Label updates;
    private boolean batch;

    /** @param running whether training runs: then only what is on screen is typeset */
    StepList(BooleanSupplier running) {
        this.running = running;
        setId("workedScroll");
        setContent(content);
        setFitToWidth(true);
        heading.setId("workedHeading");
        heading.setWrapText(true);
        // Wraps within what is seen: the equations may make the content wider than the viewport.
        heading.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getViewportBounds().getWidth() - 32, viewportBoundsProperty()));
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        content.setPadding(new Insets(12, 16, 24, 16));
        content.setStyle("-fx-background-color: #f4f5f7;");
        content.getChildren().add(heading);
        vvalueProperty().addListener((obs, old, v) -> renderViews());
        hvalueProperty().addListener((obs, old, v) -> renderViews());
        content.heightProperty().addListener((obs, old, h) -> {
            followActive();
            renderViews(); // the cards have their places now: keep the near ones, let go of the far
        });
    }

    void show(String title, List<Step> steps) {
        show(title, steps, false);
    }

    /** @param batch true when the update sums a batch smaller than the data */
    void show(String title, List<Step> steps, boolean batch) {
        this.batch = batch;
        heading.setText(title);
        List<Phase> phases = steps.stream().map(Step::phase).toList();
        if (!phases.equals(new ArrayList<>(cards.keySet()))) {
            rebuild(phases);
        }
        if (updates != null) {
            updates.setText(section(Phase.Kind.UPDATE));
        }
        for (Step step : steps) {
            FormulaView view = cards.get(step.phase()).formula();
            view.captionProperty().set(step.caption());
            view.latexProperty().set(step.latex());
        }
        renderViews();
    }

    private void rebuild(List<Phase> phases) {
        cards.clear();
        updates = null;
        content.getChildren().setAll(heading);
        String section = null;
        for (Phase p : phases) {
            String title = section(p.kind());
            if (!title.equals(section)) {
                section = title;
                Label header = new Label(title);
                if (p.kind() == Phase.Kind.SUM || p.kind() == Phase.Kind.UPDATE) {
                    updates = header;
                }
                header.getStyleClass().add("worked-section");
                header.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold; -fx-padding: 8 0 0 2;");
                content.getChildren().add(header);
            }
            StepCard card = new StepCard(p);
            card.formula().fontSizeProperty().set(fontSize);
            cards.put(p, card);
            content.getChildren().add(card);
        }
        highlight(active);
    }

    /** The chapter's three steps, then its weight updates. */
    private String section(Phase.Kind kind) {
        return switch (kind) {
            case FORWARD -> "1. Forward propagation";
            case LOSS, BACKWARD -> "2. Backpropagation";
            case EXPAND -> "3. Expansion to weight gradients";
            case SUM, UPDATE -> batch ? "Weight updates, over the batch" : "Weight updates, over all points";
        };
    }

    void setFontSize(double size) {
        fontSize = size;
        cards.values().forEach(c -> c.formula().fontSizeProperty().set(size));
        renderViews();
    }

    FormulaView formulaView(Phase phase) {
        StepCard card = cards.get(phase);
        return card == null ? null : card.formula();
    }

    boolean isHighlighted(Phase phase) {
        StepCard card = cards.get(phase);
        return card != null && card.isLit();
    }

    /** True when every formula shows its current LaTeX, or was let go of to keep within the budget. */
    boolean isCurrent() {
        return cards.values().stream().allMatch(c -> c.formula().isCurrent() || released.contains(c));
    }

    /**
     * Typesets what is on screen first; the rest only while training is paused, so that a running network
     * costs a few formulas a second and a paused one scrolls without waiting. The images kept stay within
     * {@link #PIXEL_BUDGET}: a wide network's cards take tens of megabytes each, so those farthest from
     * the screen are let go of (and typeset again when scrolled near).
     */
    void renderViews() {
        double screen = getLayoutBounds().getHeight();
        List<StepCard> byDistance = new ArrayList<>(cards.values());
        byDistance.sort(Comparator.comparingDouble(this::distance));
        long kept = 0;
        released.clear();
        for (StepCard card : byDistance) {
            double away = distance(card);
            boolean near = away <= 200;
            if (!near && (running.getAsBoolean() || kept > PIXEL_BUDGET && away > screen)) {
                if (kept > PIXEL_BUDGET && away > screen) {
                    card.formula().release();
                    released.add(card);
                }
                continue;
            }
            card.formula().render();
            kept += card.formula().pixels();
        }
    }

    /** How far the card is from the viewport, in pixels: 0 when any of it is on screen. */
    private double distance(StepCard card) {
        Bounds viewport = localToScene(getLayoutBounds());
        Bounds b = card.localToScene(card.getLayoutBounds());
        return Math.max(0, Math.max(viewport.getMinY() - b.getMaxY(), b.getMinY() - viewport.getMaxY()));
    }

    void highlight(Phase phase) {
        active = phase;
        cards.values().forEach(c -> c.highlight(c.phase().equals(phase)));
        followActive();
        Platform.runLater(this::followActive); // again once laid out
    }

    /** Scrolls the lit step into view unless it is already wholly visible. */
    private void followActive() {
        StepCard card = active == null ? null : cards.get(active);
        double viewport = getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (card == null || extra <= 0) {
            return;
        }
        Bounds b = card.getBoundsInParent();
        double top = getVvalue() * extra;
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double header = 48; // show the section title above the step too
        setVvalue(Math.max(0, Math.min(1, (b.getMinY() - header) / extra)));
    }
}
