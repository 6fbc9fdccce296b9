package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Benchmark.Result;
import studio.backprop.engine.Benchmark;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;

/** Times the training loop, each configuration as {@link Benchmark} does. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Times the training loop and prints iterations per second.",
            "Without --network and --data: the chapter's example for N iterations, then a 1-64-64-64-1 network"
                + " on 1000 points for N/1000 iterations (at least 100)."})
final class BenchCommand implements Callable<Integer> {
    static final long WIDE_SEED = 20220101L;
    static final int WIDE_POINTS = 1000;

    private final PrintStream out;

    @Mixin
    private ExperimentOptions experiment;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000000", converter = Converters.Iterations.class,
            description = "Iterations to time (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--json", description = "One JSON object a line per configuration.")
    private boolean json;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    /** One thing to time. */
    record Configuration(Experiment experiment, long iterations) {
    }

    @Override
    public Integer call() throws Exception {
        if (iterations < 1) {
            throw new UsageException("--iterations", "must be at least 1 to time anything, got " + iterations);
        }
        Experiment first = experiment.experiment();
        List<Configuration> configurations = experiment.custom()
                ? List.of(new Configuration(first, iterations))
                : List.of(new Configuration(first, iterations),
                        new Configuration(wide(first.learningRate() * first.data().size() / WIDE_POINTS)
                                .withOptimizer(first.optimizer())
                                .withOptions(first.options().withHeldOut(List.of())),
                                Math.max(100, iterations / 1000)));
        for (Configuration configuration : configurations) {
            Result result = Benchmark.time(configuration.experiment(), configuration.iterations());
            out.println(json ? JsonFormat.line(json(result)) : text(result));
        }
        return 0;
    }

    /**
     * A 1-64-64-64-1 sigmoid network, scaled normal weights, on 1000 points of a smooth curve; all seeded.
     * RSS sums over the points, so the caller scales the learning rate by the number of points (the
     * chapter's 0.01 for 5 points becomes 0.00005): with 0.01 itself the wide network saturates at once.
     */
    static Experiment wide(double learningRate) {
        Random random = new Random(WIDE_SEED);
        double[] x = new double[WIDE_POINTS];
        double[] y = new double[WIDE_POINTS];
        for (int p = 0; p < WIDE_POINTS; p++) {
            x[p] = random.nextDouble();
            y[p] = 0.5 + 0.4 * Math.sin(2 * Math.PI * x[p]);
        }
        return new Experiment(Initialization.scaledNormal(Architecture.sigmoid(1, 64, 64, 64, 1), WIDE_SEED),
                DataSet.of1D(x, y), learningRate);
    }

    static String text(Result r) {
        return String.format(Locale.ROOT, "%s, %s points: %s iterations in %.3f s = %s iterations/s (final RSS %.3g)",
                r.architecture().describe(), TextFormat.count(r.points()), TextFormat.count(r.iterations()), r.seconds(),
                TextFormat.count(Math.round(r.iterationsPerSecond())), r.finalRss());
    }

    static ObjectNode json(Result r) {
        ObjectNode line = JsonFormat.object();
        line.put("network", r.architecture().describe());
        line.put("points", r.points());
        line.put("iterations", r.iterations());
        line.put("seconds", r.seconds());
        line.put("iterations_per_second", r.iterationsPerSecond());
        return line;
    }
}
