package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;

/** Trains and prints RSS, predictions and weights at chosen iterations, as the chapter's table does. */
@Command(name = "train", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Runs gradient descent and prints RSS, predictions and weights at chosen iterations.")
final class TrainCommand implements Callable<Integer> {
    private final PrintStream out;

    @Mixin
    private ExperimentOptions experiment;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000", converter = Converters.Iterations.class,
            description = "Iterations to run (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--report", paramLabel = "I", split = ",", converter = Converters.Iterations.class,
            description = "Iterations to print, 0 (the initial weights) to N, in any order (default: N).")
    private long[] report;

    @Option(names = "--json", description = "One JSON object a line, numbers in full precision.")
    private boolean json;

    @Option(names = "--digits", paramLabel = "D", defaultValue = "3", converter = Converters.Digits.class,
            description = "Decimals of the text output, 0 to 17 (default: ${DEFAULT-VALUE}).")
    private int digits;

    @Option(names = "--compare", paramLabel = "KEY=V1,V2", converter = Comparison.Parser.class,
            description = "Two to four runs that differ in one setting, KEY one of lr, optimizer, batch-size,"
                    + " momentum, l2, l1, layers (as in lr=0.01,0.1,1 or layers=1-4-2-1,1-8-1; other layers start"
                    + " from N(0, 1) weights of seed 0); each report line names its run.")
    private Comparison compare;

    @Option(names = "--quiet", description = "Prints only the final RSS, one line a run, as the C yardstick's --quiet"
            + " does: for timing whole processes side by side.")
    private boolean quiet;

    @Option(names = "--verbose", description = "Also says on stderr how the data file was read: its points,"
            + " separator and decimal mark.")
    private boolean verbose;

    @Mixin
    private ThreadsOption threads;

    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        long[] checkpoints = report == null ? new long[] {iterations} : Arrays.stream(report).sorted().distinct().toArray();
        long last = checkpoints[checkpoints.length - 1];
        if (last > iterations) {
            throw new UsageException("--report", TextFormat.count(last) + " is beyond --iterations "
                    + TextFormat.count(iterations));
        }
        Experiment setup = experiment.experiment();
        if (verbose) {
            experiment.dataRead().ifPresent(err::println);
        }
        List<Comparison.Contender> runs = compare == null ? List.of(new Comparison.Contender(0, null, setup)) : compare.runs(setup);
        int t = threads.count();
        List<Trainer> trainers = new ArrayList<>();
        for (Comparison.Contender run : runs) {
            Trainer trainer = run.experiment().start();
            trainer.useThreads(t);
            trainers.add(trainer);
        }
        TextFormat format = new TextFormat(digits);
        if (quiet) {
            for (int r = 0; r < runs.size(); r++) {
                long diverged = advance(trainers.get(r), iterations);
                if (diverged >= 0 && compare == null) {
                    throw new UsageException("--lr", divergence(diverged, trainers.get(r)) + "; try a smaller learning rate");
                }
                out.println(diverged >= 0 ? "diverged" : format.number(trainers.get(r).rss()));
            }
            return 0;
        }
        boolean[] stopped = new boolean[runs.size()];
        boolean firstBlock = true;
        for (long checkpoint : checkpoints) {
            for (int r = 0; r < runs.size(); r++) {
                if (stopped[r]) {
                    continue;
                }
                Comparison.Contender run = runs.get(r);
                Trainer trainer = trainers.get(r);
                long diverged = advance(trainer, checkpoint - trainer.iteration());
                if (diverged >= 0 && compare == null) {
                    throw new UsageException("--lr", divergence(diverged, trainer) + "; try a smaller learning rate");
                }
                if (!firstBlock && !json) {
                    out.println();
                }
                firstBlock = false;
                stopped[r] = diverged >= 0;
                if (stopped[r]) {
                    out.println(json ? JsonFormat.line(diverged(run, diverged, trainer))
                            : "Run " + run.number() + " (" + run.label() + ") stopped: " + divergence(diverged, trainer));
                    continue;
                }
                TrainingReport report = TrainingReport.of(trainer, checkpoint);
                if (json) {
                    out.println(JsonFormat.line(report.json(run)));
                } else {
                    report.text(format, run, setup.data()).forEach(out::println);
                }
            }
        }
        return 0;
    }

    /**
     * Trains n iterations; returns the iteration that diverged (a NaN or an infinity, undone), or -1 when
     * all went well.
     */
    private static long advance(Trainer descent, long n) {
        for (long k = 0; k < n; k++) {
            long before = descent.iteration();
            if (!descent.iterateSafely()) {
                return descent.iteration() < before ? before : before + 1;
            }
        }
        return -1;
    }

    private static String divergence(long iteration, Trainer trainer) {
        return "training diverged at iteration " + TextFormat.count(iteration) + " with learning rate "
                + trainer.learningRate() + ": the loss or a weight became NaN or infinite";
    }

    private static ObjectNode diverged(Comparison.Contender run, long iteration, Trainer trainer) {
        ObjectNode line = JsonFormat.object();
        line.put("run", run.number());
        line.put("label", run.label());
        line.put("iteration", iteration);
        line.put("diverged", true);
        line.put("learningRate", trainer.learningRate());
        return line;
    }

    static ObjectNode json(long iteration, double rss, double[] predictions, Network network) {
        return new TrainingReport(iteration, rss, predictions, network, Double.NaN, Double.NaN, List.of(), -1,
                Double.NaN, Double.NaN)
                .json(new Comparison.Contender(0, null, null));
    }
}
