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

    TrainCommand(PrintStream out) {
        this.out = out;
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
        Trainer descent = setup.start();
        TextFormat format = new TextFormat(digits);
        for (long checkpoint : checkpoints) {
            advance(descent, checkpoint - descent.iteration());
            Network network = descent.network();
            double rss = descent.rss();
            double[] predictions = descent.predictions();
            if (json) {
                out.println(JsonFormat.line(json(checkpoint, rss, predictions, network)));
            } else {
                if (checkpoint != checkpoints[0]) {
                    out.println();
                }
                text(format, checkpoint, rss, predictions, network, setup.data()).forEach(out::println);
            }
        }
        return 0;
    }

    /** Trains n iterations; a NaN or an infinity ends the command with one line instead of NaN tables. */
    private static void advance(Trainer descent, long n) {
        for (long k = 0; k < n; k++) {
            long before = descent.iteration();
            if (!descent.iterateSafely()) {
                long failed = descent.iteration() < before ? before : before + 1;
                throw new UsageException("--lr", "training diverged at iteration " + TextFormat.count(failed)
                        + " with learning rate " + descent.learningRate()
                        + ": the loss or a weight became NaN or infinite; try a smaller learning rate");
            }
        }
    }

    static ObjectNode json(long iteration, double rss, double[] predictions, Network network) {
        ObjectNode line = JsonFormat.object();
        line.put("iteration", iteration);
        line.put("rss", rss);
        // One number a point for one output, as the chapter's table; a list a point for several.
        int outputs = network.architecture().outputs();
        line.set("predictions", outputs == 1 ? JsonFormat.vector(predictions)
                : JsonFormat.matrix(predictions, predictions.length / outputs));
        line.set("layers", JsonFormat.layers(network));
        return line;
    }

    /** One block of the chapter's "Demonstration of Many Iterations". */
    static List<String> text(TextFormat format, long iteration, double rss, double[] predictions, Network network,
                             DataSet data) {
        List<String> lines = new ArrayList<>();
        lines.add(iteration == 0 ? "Initial"
                : "After " + TextFormat.count(iteration) + (iteration == 1 ? " iteration" : " iterations"));
        lines.add("  RSS " + format.number(rss));
        lines.add("  Predictions " + format.list(predictions));
        if (iteration == 0) {
            lines.add("  Targets     " + format.list(data.ys()));
        }
        lines.addAll(TextFormat.indent("  ", format.weights(network)));
        return lines;
    }
}
