package studio.backprop.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.GradientDescent;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.Trainer;
import studio.backprop.training.LossHistory;
import studio.backprop.training.TrainingSnapshot;

/**
 * The live run's values at the table's iterations, filled in as training passes each one. A snapshot
 * exactly at a checkpoint is taken as it is; a checkpoint passed between two frames is replayed from the
 * earlier frame's weights on a thread of its own, the same arithmetic the run did, so the cell is the
 * run's own value; a run loaded past some checkpoints (a lesson's scene) replays them from its start when
 * it trained from there with one rate. What cannot be known (a rate changed between two frames) stays blank.
 * FX thread, but for the replays.
 */
final class LiveCheckpoints {
    /** Iterations times weights times points a replay may cost: a few tenths of a second. */
    static final double REPLAY_BUDGET = 3e8;

    private final ReadOnlyObjectWrapper<Map<Long, Checkpoint>> values = new ReadOnlyObjectWrapper<>(this, "values",
            Map.of());
    private final ExecutorService replays = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chapter-table");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    /** The newest snapshot of the path the values belong to. */
    private TrainingSnapshot last;
    /** Counts the paths followed, so that a replay of an old path is dropped. */
    private long path;
    private final List<Long> asked = new ArrayList<>();
    private boolean active;
    /** Replays asked for and not yet in: the table is settled when none is. */
    private int pending;

    /** The values known, by iteration; read-only. */
    ReadOnlyObjectProperty<Map<Long, Checkpoint>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** Whether the table is seen: replays run only then, and catch up when it is shown. */
    void setActive(boolean on) {
        active = on;
        if (on && last != null) {
            fill(last, null);
        }
    }

    void follow(TrainingSnapshot s) {
        if (s == null) {
            return;
        }
        TrainingSnapshot before = last;
        if (before == null || !continues(before, s)) {
            path++;
            asked.clear();
            values.set(Map.of());
            before = null;
        }
        last = s;
        if (isCheckpoint(s.iteration())) {
            put(path, new Checkpoint(s.iteration(), s.rss(), s.predictions()));
        }
        if (active) {
            fill(s, before);
        }
    }

    /** Replays what is missing up to s: from the frame before when it is on the way, else from the start. */
    private void fill(TrainingSnapshot s, TrainingSnapshot before) {
        List<Long> missing = new ArrayList<>();
        for (long c : PrintedTable.CHECKPOINTS) {
            if (c < s.iteration() && !values.get().containsKey(c) && !asked.contains(c)) {
                missing.add(c);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Long> fromBefore = before == null ? List.of()
                : missing.stream().filter(c -> c > before.iteration() && steadyRate(s, before.iteration(), c)).toList();
        if (!fromBefore.isEmpty()) {
            replay(before, fromBefore);
        }
        List<Long> fromStart = missing.stream().filter(c -> !fromBefore.contains(c)).toList();
        if (!fromStart.isEmpty() && fromTheStart(s, fromStart.get(fromStart.size() - 1))) {
            replay(startOf(s), fromStart);
        }
    }

    private void replay(Replay from, List<Long> checkpoints) {
        asked.addAll(checkpoints);
        long mine = path;
        pending++;
        replays.execute(() -> {
            try {
                Trainer t = from.trainer();
                for (long c : checkpoints) {
                    t.iterate(c - t.iteration());
                    Checkpoint value = new Checkpoint(c, t.rss(), t.predictions());
                    Platform.runLater(() -> put(mine, value));
                }
            } finally {
                Platform.runLater(() -> pending--);
            }
        });
    }

    private void replay(TrainingSnapshot from, List<Long> checkpoints) {
        replay(() -> new Trainer(from.network(), from.data(), from.learningRate(), from.iteration(),
                from.optimizer(), from.beyond().options(), from.beyond().position()), checkpoints);
    }

    /** How a replay starts: a trainer where the run was. */
    private interface Replay {
        Trainer trainer();
    }

    /** The run's start: its initial weights at iteration 0 with a fresh gradient descent. */
    private static Replay startOf(TrainingSnapshot s) {
        return () -> new Trainer(s.initial(), s.data(), s.learningRate(), 0, new GradientDescent(
                s.initial().architecture()), s.beyond().options(), studio.backprop.engine.BatchPosition.START);
    }

    /**
     * True when the run trained from its initial weights at one rate, by plain gradient descent (which
     * remembers nothing), up to {@code c}, and a replay that far costs little.
     */
    private static boolean fromTheStart(TrainingSnapshot s, long c) {
        LossHistory.Frozen h = s.history();
        Optimizer o = s.optimizer();
        Architecture a = s.initial().architecture();
        return s.rateChanges().length == 0 && s.edits().length == 0 && h.size() > 0 && h.first(0) == 0
                && o.id().equals("gd") && (double) c * a.parameterCount() * s.data().size() <= REPLAY_BUDGET;
    }

    /** True when no rate change falls in [from, to): the frame before's rate held all the way. */
    private static boolean steadyRate(TrainingSnapshot s, long from, long to) {
        return Arrays.stream(s.rateChanges()).noneMatch(r -> r >= from && r < to);
    }

    /** True when {@code s} goes on from {@code before}: the same start, and the same loss history so far. */
    static boolean continues(TrainingSnapshot before, TrainingSnapshot s) {
        if (s.iteration() < before.iteration() || !s.initial().equals(before.initial())
                || !s.data().equals(before.data()) || !Arrays.equals(s.edits(), before.edits())
                || !s.beyond().options().equals(before.beyond().options())) {
            return false;
        }
        LossHistory.Frozen a = before.history();
        LossHistory.Frozen b = s.history();
        int k = a.size() - 2; // the last bucket may still have been filling
        return b.size() >= a.size() && (k < 0 || b.first(k) == a.first(k) && b.last(k) == a.last(k)
                && b.min(k) == a.min(k) && b.max(k) == a.max(k));
    }

    private static boolean isCheckpoint(long iteration) {
        return Arrays.stream(PrintedTable.CHECKPOINTS).anyMatch(c -> c == iteration);
    }

    private void put(long onPath, Checkpoint value) {
        if (onPath != path) {
            return;
        }
        Map<Long, Checkpoint> next = new TreeMap<>(values.get());
        next.put(value.iteration(), value);
        values.set(Map.copyOf(next));
    }

    /** True when no replay is on its way: every value that can be had is in. */
    boolean settled() {
        return pending == 0;
    }

    void close() {
        replays.shutdownNow();
    }
}
