package studio.backprop.app;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import studio.backprop.engine.Benchmark;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.training.TrainingService;
import studio.backprop.training.TrainingThread;
import studio.backprop.ui.model.StudioModel;

/**
 * {@code --measure SECONDS}: how fast the open window trains at full speed, against what {@code bench}
 * measures, and how often its views redraw meanwhile. Rounds alternate the two: the bench loop alone
 * (window idle), then the window running unlimited, so that a machine whose speed drifts (a shared VM,
 * a laptop warming up) treats both alike. Each round's training speed is set against the mean of the
 * bench runs just before and after it. Warm-up rounds, shown but not counted, go on until the JIT is quiet
 * (it compiles the views' drawing code for the first seconds of a run, up to half a minute on two cores).
 *
 * <p>Runs on its own thread, which waits; the FX thread and the training thread never do.
 */
final class SpeedCheck {
    static final int ROUNDS = 3;
    /**
     * Warm-up rounds at most. On two cores the JIT compiles the views' drawing code for half a minute of a
     * window training flat out, on the cores training and drawing need: the measured rounds wait for it.
     */
    static final int WARM_UPS = 6;
    /** The JIT compiling for less than this share of a warm-up round ends the warm-up. */
    private static final double QUIET_JIT = 0.02;

    /**
     * Counters read on the FX thread at one moment, with the CPU time the FX thread and the renderer thread
     * have taken: what a frame costs, which unlike the frame rate does not depend on what else the machine
     * is doing. The training threads' CPU time tells whether training lost its core to the window or did
     * less with it.
     */
    record Reading(long nanos, long frames, long redraws, long iteration, long fxCpu, long renderCpu,
                   long trainingCpu) {
    }

    /**
     * One round's figures; milliseconds of CPU a frame on the FX thread and on the renderer thread, and the
     * share of one core the training threads had.
     */
    record Round(double benchRate, double appRate, double framesPerSecond, double redrawsPerSecond, double fxMillis,
                 double renderMillis, double trainingCore) {
        double share() {
            return appRate / benchRate;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "bench %,.0f it/s, window %,.0f it/s = %.0f%%, %.1f frames/s,"
                    + " %.1f redraws/s, CPU a frame: FX thread %.1f ms, renderer %.1f ms; training had %.0f%% of a"
                    + " core", benchRate, appRate, 100 * share(), framesPerSecond, redrawsPerSecond, fxMillis,
                    renderMillis, 100 * trainingCore);
        }
    }

    private final StudioModel model;
    private final Experiment experiment;
    private final long roundMillis;
    private final long settleMillis;
    /** At most what the constructor was given, at most a second's worth of the experiment at bench's speed. */
    private long benchIterations;
    private final PrintStream out;
    private final AnimationTimer frameCounter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frames++;
        }
    };
    private long frames;
    private volatile boolean finished;
    /** The renderer thread's id; none when it has another name. */
    private long[] renderer = new long[0];

    /** Rounds of {@code seconds}, each after 2 s of running; bench times up to 2,000,000 iterations, a second's worth. */
    SpeedCheck(StudioModel model, Experiment experiment, long seconds, PrintStream out) {
        this(model, experiment, seconds * 1000, 2_000, 2_000_000, out);
    }

    SpeedCheck(StudioModel model, Experiment experiment, long roundMillis, long settleMillis,
               long benchIterations, PrintStream out) {
        this.model = model;
        this.experiment = experiment;
        this.roundMillis = roundMillis;
        this.settleMillis = settleMillis;
        this.benchIterations = benchIterations;
        this.out = out;
    }

    /** Starts the check; {@code done} gets the exit code on the FX thread: 0, or 1 if the check failed. */
    void start(IntConsumer done) {
        frameCounter.start();
        Thread thread = new Thread(() -> {
            int code;
            try {
                code = measure();
            } catch (RuntimeException e) {
                out.println("speed check failed: " + e);
                code = 1;
            }
            int exit = code;
            finished = true;
            Platform.runLater(() -> {
                frameCounter.stop();
                done.accept(exit);
            });
        }, "speed check");
        thread.setDaemon(true);
        thread.start();
    }

    /** False from the start until the check has printed its summary or failed. */
    boolean finished() {
        return finished;
    }

    private int measure() {
        try {
            out.printf(Locale.ROOT, "Speed check: %s on %d points, warm-up rounds until the JIT is quiet (at most %d),"
                    + " then %d rounds of %.3g s%n", experiment.initial().architecture().describe(),
                    experiment.data().size(), WARM_UPS, ROUNDS, roundMillis / 1000.0);
            onFx(() -> model.setSpeed(TrainingService.UNLIMITED));
            renderer = threadIds(ManagementFactory.getThreadMXBean(), name -> name.startsWith("QuantumRenderer"));
            // A wide network trains a thousand times slower than the chapter's: time about a second of it.
            double probe = onTrainingThread(
                    () -> Benchmark.time(experiment, Math.min(benchIterations, 200)).iterationsPerSecond());
            benchIterations = Math.max(10, Math.min(benchIterations, Math.round(probe)));
            bench();
            double before = bench();
            List<Round> rounds = new ArrayList<>();
            boolean warming = true;
            for (int warmUps = 0; rounds.size() < ROUNDS; ) {
                long jit = jitMillis();
                long start = System.nanoTime();
                Reading[] window = runWindow();
                double compiling = (jitMillis() - jit) / ((System.nanoTime() - start) / 1e6);
                double after = bench();
                Round round = round((before + after) / 2, window[0], window[1]);
                before = after;
                if (warming) {
                    warmUps++;
                    warming = compiling > QUIET_JIT && warmUps < WARM_UPS;
                    out.printf(Locale.ROOT, "  warm-up (not counted; the JIT compiled for %.0f%% of it): %s%n",
                            100 * compiling, round);
                } else {
                    rounds.add(round);
                    out.println("  round " + rounds.size() + ": " + round);
                }
            }
            out.println(summary(rounds));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            out.println("speed check failed: " + e.getCause());
            return 1;
        }
    }

    /**
     * The bench loop on the window's own training thread while the run is paused: on a shared VM one core can
     * run at half the other's speed for seconds, so the yardstick must run where training does.
     */
    private double bench() throws InterruptedException, ExecutionException {
        return onTrainingThread(() -> Benchmark.time(experiment, benchIterations).iterationsPerSecond());
    }

    private double onTrainingThread(Supplier<Double> task) throws InterruptedException, ExecutionException {
        Supplier<CompletableFuture<Double>> send = () -> model.activeRun().onTrainingThread(task);
        return onFx(send).get();
    }

    /** Runs the window unlimited for a moment, then for the measured seconds; the readings at both ends of those. */
    private Reading[] runWindow() throws InterruptedException, ExecutionException {
        onFx(model::run);
        Thread.sleep(settleMillis);
        Reading start = onFx(this::read);
        Thread.sleep(roundMillis);
        Reading end = onFx(this::read);
        onFx(model::pause);
        Thread.sleep(300); // lets the last frames settle before the bench runs alone
        return new Reading[] {start, end};
    }

    /**
     * The iteration is the newest snapshot's, which may be a frame older than the clock reading: over a
     * round of seconds that is a few parts in a thousand, either way.
     */
    private Reading read() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] training = threadIds(threads, name -> name.equals(TrainingThread.NAME)
                || name.startsWith(Trainer.HELPER_THREADS));
        return new Reading(System.nanoTime(), frames, model.snapshotsShown(), model.getSnapshot().iteration(),
                threads.getCurrentThreadCpuTime(), cpu(threads, renderer), cpu(threads, training));
    }

    /** Milliseconds the JIT's threads have spent compiling so far, summed over them; 0 where not measured. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * The live threads whose names pass {@code named}: JavaFX's renderer, where a software pipeline draws the
     * canvases, or the threads that train (the runs' own or a shared one, and their helpers). Read from
     * their names alone, without taking every thread's stack.
     */
    private static long[] threadIds(ThreadMXBean threads, Predicate<String> named) {
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds(), 0)).filter(Objects::nonNull)
                .filter(info -> named.test(info.getThreadName())).mapToLong(ThreadInfo::getThreadId).toArray();
    }

    /** The CPU time these threads have taken; one that has ended counts 0. */
    private static long cpu(ThreadMXBean threads, long[] ids) {
        return Arrays.stream(ids).map(id -> Math.max(0, threads.getThreadCpuTime(id))).sum();
    }

    static Round round(double benchRate, Reading start, Reading end) {
        double s = (end.nanos() - start.nanos()) / 1e9;
        double frames = Math.max(1, end.frames() - start.frames());
        return new Round(benchRate, (end.iteration() - start.iteration()) / s, (end.frames() - start.frames()) / s,
                (end.redraws() - start.redraws()) / s, (end.fxCpu() - start.fxCpu()) / 1e6 / frames,
                (end.renderCpu() - start.renderCpu()) / 1e6 / frames,
                (end.trainingCpu() - start.trainingCpu()) / 1e9 / s);
    }

    /** The median round's share of bench, and the lowest frame and redraw rates of all rounds. */
    static String summary(List<Round> rounds) {
        double median = median(rounds.stream().map(Round::share).toList());
        double frames = rounds.stream().mapToDouble(Round::framesPerSecond).min().orElse(0);
        double redraws = rounds.stream().mapToDouble(Round::redrawsPerSecond).min().orElse(0);
        double fx = median(rounds.stream().map(Round::fxMillis).toList());
        double render = median(rounds.stream().map(Round::renderMillis).toList());
        double core = median(rounds.stream().map(Round::trainingCore).toList());
        return String.format(Locale.ROOT, "Training in the window: %.0f%% of bench (median of %d rounds);"
                + " at least %.1f frames/s and %.1f redraws/s in every round; CPU a frame (median): FX thread"
                + " %.1f ms, renderer %.1f ms; training had %.0f%% of a core (median)", 100 * median, rounds.size(),
                frames, redraws, fx, render, 100 * core);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void onFx(Runnable task) throws InterruptedException, ExecutionException {
        onFx(() -> {
            task.run();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> task) throws InterruptedException, ExecutionException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
