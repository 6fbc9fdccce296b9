package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.Benchmark.Result;
import studio.backprop.engine.Benchmark;
import studio.backprop.engine.Experiment;
import studio.backprop.io.CaseFile;

/** Times the training loop, each configuration as {@link Benchmark} does. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"Times the training loop and prints iterations per second.",
            "Without --network and --data: the chapter's example for N iterations, then the C yardstick's"
                + " cases: 1-16-16-1 on 200 points for N/50 iterations (at least 100) and 1-64-64-64-1 on 1000"
                + " points for N/3333 (at least 10)."})
final class BenchCommand implements Callable<Integer> {
    /** The C yardstick's cases ({@code ../shared/bench}), shipped so that bench times what it times. */
    static final String SIXTEEN = "bench/big16.net";
    static final String SIXTY_FOUR = "bench/big64.net";
    private final PrintStream out;

    @Mixin
    private ExperimentOptions experiment;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000000", converter = Converters.Iterations.class,
            description = "Iterations to time (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--json", description = "One JSON object a line per configuration.")
    private boolean json;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--compare", paramLabel = "KEY=V1,V2", converter = Comparison.Parser.class,
            description = "Times two to four runs that differ in one setting (as train --compare takes them) as the"
                    + " window trains them: on one shared thread, in turn and in step, each for N iterations;"
                    + " each run's speed is set against its speed alone. Not with --threads.")
    private Comparison compare;

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
        if (compare != null) {
            if (threads.given()) {
                throw new UsageException("--threads", "not with --compare: compared runs share one thread, as in the app");
            }
            CompareBench.run(compare.runs(first), iterations, json, out);
            return 0;
        }
        List<Configuration> configurations = experiment.custom()
                ? List.of(new Configuration(first, iterations))
                : List.of(new Configuration(first, iterations),
                        new Configuration(yardstick(SIXTEEN, first), Math.max(100, iterations / 50)),
                        new Configuration(yardstick(SIXTY_FOUR, first), Math.max(10, iterations / 3333)));
        int t = threads.count();
        for (Configuration configuration : configurations) {
            Result result = Benchmark.time(configuration.experiment(), configuration.iterations(), t);
            out.println(json ? JsonFormat.line(json(result)) : text(result));
        }
        return 0;
    }

    /** A yardstick case with the optimiser and options asked for (held-out point numbers fit only the chapter's). */
    static Experiment yardstick(String resource, Experiment asked) {
        return CaseFile.resource(resource).withOptimizer(asked.optimizer())
                .withOptions(asked.options().withHeldOut(List.of()));
    }

    static String text(Result r) {
        return String.format(Locale.ROOT, "%s, %s points, %s: %s iterations in %.3f s = %s iterations/s (final RSS %.3g)",
                r.architecture().describe(), TextFormat.count(r.points()), r.threads() == 1 ? "1 thread" : r.threads() + " threads",
                TextFormat.count(r.iterations()), r.seconds(), TextFormat.count(Math.round(r.iterationsPerSecond())), r.finalRss());
    }

    static ObjectNode json(Result r) {
        ObjectNode line = JsonFormat.object();
        line.put("network", r.architecture().describe());
        line.put("points", r.points());
        line.put("iterations", r.iterations());
        line.put("seconds", r.seconds());
        line.put("iterations_per_second", r.iterationsPerSecond());
        line.put("threads", r.threads());
        return line;
    }
}
