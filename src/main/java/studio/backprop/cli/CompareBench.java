package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import studio.backprop.engine.Benchmark.Result;
import studio.backprop.training.RaceTimer.Lap;
import studio.backprop.training.TrainingThreads;
import studio.backprop.training.RaceTimer;

/**
 * {@code bench --compare}: all the compared runs as the window trains them ({@link RaceTimer}), and each
 * alone as {@code bench} times one run, its sums shared among as many threads as the app gives a run
 * (which matters only past 128 points); a line a run with its speed in the race and its share of its speed
 * alone.
 */
final class CompareBench {
    private CompareBench() {
    }

    static void run(List<Comparison.Contender> runs, long iterations, boolean json, PrintStream out)
            throws InterruptedException, ExecutionException {
        // about a tenth of the timed iterations warms the loop up, as bench's own warm-up does
        List<Lap> laps = RaceTimer.time(runs.stream().map(Comparison.Contender::experiment).toList(),
                Math.max(1, iterations / 10), iterations);
        for (int k = 0; k < runs.size(); k++) {
            Comparison.Contender c = runs.get(k);
            Lap lap = laps.get(k);
            Result shape = new Result(c.experiment().initial().architecture(), c.experiment().data().size(),
                    lap.iterations(), lap.seconds(), Double.NaN, TrainingThreads.get());
            out.println(json ? JsonFormat.line(json(c, shape, lap, runs.size())) : text(c, shape, lap, runs.size()));
        }
    }

    static String text(Comparison.Contender c, Result r, Lap lap, int runs) {
        return String.format(Locale.ROOT, "run %d %s: %s, %s points, one of %d runs on one training thread: %s iterations%s"
                        + " in %.3f s = %s iterations/s, %.3f of its %s iterations/s alone",
                c.number(), c.label(), r.architecture().describe(), TextFormat.count(r.points()), runs,
                TextFormat.count(r.iterations()), lap.stopped() ? " (then it stopped)" : "", r.seconds(),
                TextFormat.count(Math.round(r.iterationsPerSecond())), lap.share(),
                TextFormat.count(Math.round(lap.aloneIterationsPerSecond())));
    }

    static ObjectNode json(Comparison.Contender c, Result r, Lap lap, int runs) {
        ObjectNode line = BenchCommand.json(r);
        line.put("run", c.number());
        line.put("label", c.label());
        line.put("runs", runs);
        line.put("stopped", lap.stopped());
        line.put("alone_iterations_per_second", lap.aloneIterationsPerSecond());
        line.put("share", lap.share());
        return line;
    }
}
