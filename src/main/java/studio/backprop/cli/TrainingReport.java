package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Accuracies;
import studio.backprop.engine.Accuracy;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;

/**
 * What {@code train} prints at one iteration: RSS over the points trained on, the predictions and the
 * weights, as the chapter's table; with the options beyond the chapter also the penalty, the held-out
 * RSS and the epoch, each only when it applies.
 *
 * @param penalty    the penalty of the weights, NaN without one
 * @param heldOutRss RSS over the held-out points, NaN when none is held out
 * @param heldOut    the held-out points' numbers, from 1
 * @param epoch      epochs completed, -1 when every update takes every point
 * @param accuracy   the share of the points trained on that are classified rightly, NaN when the targets
 *                   are not classes; {@code heldOutAccuracy} likewise of the held-out points
 */
record TrainingReport(long iteration, double rss, double[] predictions, Network network, double penalty,
                      double heldOutRss, List<Integer> heldOut, long epoch, double accuracy,
                      double heldOutAccuracy) {

    static TrainingReport of(Trainer trainer, long iteration) {
        List<Integer> held = trainer.options().heldOut().stream().map(p -> p + 1).toList();
        double[] predictions = trainer.predictions();
        double[] accuracies = Accuracies.of(trainer.data(), predictions, trainer.options().heldOut());
        return new TrainingReport(iteration, trainer.rss(), predictions, trainer.network(),
                trainer.options().penalty().isSet() ? trainer.penalty() : Double.NaN,
                held.isEmpty() ? Double.NaN : trainer.heldOutRss(), held,
                trainer.batched() ? trainer.batchPosition().epoch() : -1, accuracies[0], accuracies[1]);
    }

    /** One JSON line; "run" and "label" lead it in a comparison (run number above 0). */
    ObjectNode json(Comparison.Contender run) {
        ObjectNode line = JsonFormat.object();
        if (run.number() > 0) {
            line.put("run", run.number());
            line.put("label", run.label());
        }
        line.put("iteration", iteration);
        if (epoch >= 0) {
            line.put("epoch", epoch);
        }
        line.put("rss", rss);
        if (!Double.isNaN(penalty)) {
            line.put("penalty", penalty);
        }
        if (!heldOut.isEmpty()) {
            line.put("validationRss", heldOutRss);
            heldOut.forEach(line.putArray("heldOut")::add);
        }
        if (!Double.isNaN(accuracy)) {
            line.put("accuracy", accuracy);
        }
        if (!Double.isNaN(heldOutAccuracy)) {
            line.put("validationAccuracy", heldOutAccuracy);
        }
        // One number a point for one output, as the chapter's table; a list a point for several.
        int outputs = network.architecture().outputs();
        line.set("predictions", outputs == 1 ? JsonFormat.vector(predictions)
                : JsonFormat.matrix(predictions, predictions.length / outputs));
        line.set("layers", JsonFormat.layers(network));
        return line;
    }

    /** One block of the chapter's "Demonstration of Many Iterations", headed by its run in a comparison. */
    List<String> text(TextFormat format, Comparison.Contender run, DataSet data) {
        List<String> lines = new ArrayList<>();
        String when = iteration == 0 ? "Initial"
                : "After " + TextFormat.count(iteration) + (iteration == 1 ? " iteration" : " iterations");
        lines.add((run.number() > 0 ? "Run " + run.number() + " (" + run.label() + "), " + when.toLowerCase() : when)
                + (epoch >= 0 ? " (" + TextFormat.count(epoch) + (epoch == 1 ? " epoch)" : " epochs)") : ""));
        lines.add("  RSS " + format.number(rss));
        if (!Double.isNaN(penalty)) {
            lines.add("  Penalty " + format.number(penalty));
        }
        if (!heldOut.isEmpty()) {
            lines.add("  Held-out RSS " + format.number(heldOutRss) + " (points " + heldOut.stream()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }
        if (!Double.isNaN(accuracy)) {
            lines.add("  Accuracy " + Accuracy.percent(accuracy) + (Double.isNaN(heldOutAccuracy) ? ""
                    : ", held out " + Accuracy.percent(heldOutAccuracy)));
        }
        int outputs = data.outputs();
        lines.add("  Predictions " + (outputs == 1 ? format.list(predictions) : format.vectors(predictions, outputs)));
        if (iteration == 0) {
            lines.add("  Targets     " + (outputs == 1 ? format.list(data.ys()) : format.vectors(data.ys(), outputs)));
        }
        lines.addAll(TextFormat.indent("  ", format.weights(network)));
        return lines;
    }
}
