package studio.backprop.lesson;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Presets;

/**
 * What the window shows when a scene opens. Every part may be left out (null): the experiment is then
 * the chapter's, its settings its own, every view is shown and no panel, the stepper rests, the edges show
 * the weights and the diagram is a graph.
 *
 * @param preset     the preset to open, or null
 * @param seed       the seed a preset's initial weights are drawn from, or null for its own
 * @param experiment an experiment file, relative to the lesson's folder, or null
 * @param rate       the learning rate, or null for the experiment's own
 * @param rates      changes of the rate while training to {@code iteration}; empty for none
 * @param optimizer  the optimiser and its settings, or null for the experiment's own
 * @param batchSize  points per update, or null
 * @param shuffle    the seed of each epoch's order, or null
 * @param l1         the L1 penalty's lambda, or null
 * @param l2         the L2 penalty's lambda, or null
 * @param heldOut    the points held out, from 1; empty for none; null for the experiment's own
 * @param iteration  the iteration to train to (fast, not shown frame by frame) before showing; null: as opened
 * @param point      the selected point, from 1; null for the first
 * @param views      the views shown, or null for all
 * @param panels     the panels open, or null for none
 * @param phase      where the phase stepper stands, or null when it rests
 * @param edges      what the edges show, or null for the weights
 * @param diagram    how the diagram draws the network, or null for a graph
 */
public record SetUp(String preset, Long seed, String experiment, Double rate, List<RateChange> rates,
                    OptimizerSpec optimizer, Integer batchSize, Long shuffle, Double l1, Double l2,
                    List<Integer> heldOut, Long iteration, Integer point, Set<LessonView> views,
                    Set<LessonPanel> panels, ScenePhase phase, SceneEdges edges, SceneDiagram diagram) {

    /** Nothing said: the chapter's example at its start, as the app opens. */
    public static final SetUp DEFAULT = new SetUp(null, null, null, null, List.of(), null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public SetUp {
        rates = List.copyOf(rates);
        heldOut = heldOut == null ? null : List.copyOf(heldOut);
        views = views == null ? null : Set.copyOf(EnumSet.copyOf(views));
        panels = panels == null ? null : Set.copyOf(panels.isEmpty() ? Set.of() : EnumSet.copyOf(panels));
        if (preset != null && experiment != null) {
            throw new IllegalArgumentException("preset and experiment: a scene opens one or the other");
        }
        if (preset != null) {
            Presets.get(preset);
        }
        if (seed != null && preset == null) {
            throw new IllegalArgumentException("seed: draws a preset's initial weights; give the preset too");
        }
        if (seed != null && seed < 0) {
            throw new IllegalArgumentException("seed: must be 0 or more, got " + seed);
        }
        if (!rates.isEmpty() && iteration == null) {
            throw new IllegalArgumentException("rates: change the rate while training to the iteration; give the"
                    + " iteration too");
        }
        for (int k = 0; k < rates.size(); k++) {
            long at = rates.get(k).iteration();
            if (k > 0 && at <= rates.get(k - 1).iteration() || at >= iteration) {
                throw new IllegalArgumentException("rates: the changes must come in order before iteration "
                        + iteration + ", got one at " + at);
            }
        }
        if (rate != null && !(rate > 0) || l1 != null && !(l1 >= 0) || l2 != null && !(l2 >= 0)) {
            throw new IllegalArgumentException("rate must be above 0, l1 and l2 0 or more");
        }
        if (batchSize != null && batchSize < 1 || point != null && point < 1 || shuffle != null && shuffle < 0
                || iteration != null && iteration < 0) {
            throw new IllegalArgumentException("batch-size and point count from 1, shuffle and iteration from 0");
        }
        if (heldOut != null && heldOut.stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException("hold-out: points count from 1, got " + heldOut);
        }
        if (views != null && views.isEmpty()) {
            throw new IllegalArgumentException("views: a scene shows at least one view");
        }
        if (panels != null && panels.stream().filter(LessonPanel::onTheRight).count() > 1) {
            throw new IllegalArgumentException("panels: worked, table and gradient-check take turns on the right;"
                    + " open one of them");
        }
    }

    /** The views shown: those given, or all. */
    public Set<LessonView> shownViews() {
        return views == null ? EnumSet.allOf(LessonView.class) : views;
    }

    /** The panels open: those given, or none. */
    public Set<LessonPanel> openPanels() {
        return panels == null ? Set.of() : panels;
    }
}
