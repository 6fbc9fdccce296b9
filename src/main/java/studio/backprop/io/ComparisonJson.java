package studio.backprop.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.model.SavedComparison;
import studio.backprop.model.SavedExperiment;
import studio.backprop.model.SavedRun;
import studio.backprop.training.LossRecord;

/**
 * Runs compared side by side, as the file spells them: the setting they differ in, each run's value of it
 * as text (run 1's first: the run of the rest of the file), and runs 2 onwards, each an object of the
 * fields of the file's own run that tell where a run got, in the same order and format:
 * <pre>
 * "comparison": {"key": "lr", "values": ["0.01", "0.001", "0.1"],
 * "runs": [
 * {"learningRate": 0.001, "iteration": 30,
 * "network": {"layers": [
 *   {"activation":"sigmoid","weights":[[5.0],[-5.0]],"biases":[-0.75,1.75]},
 *   ...
 * ]},
 * "history": {...}},
 * {"learningRate": 0.1, ...}
 * ]}
 * </pre>
 * A run's settings are not written: they are its value applied to the file's experiment. Messages name a
 * run by its number, {@code "comparison" run 2 "network" layer 1: ...}.
 *
 * @param key    lr, optimizer, batch-size, momentum, l2 or l1
 * @param values one per run, as {@code train --compare} takes them
 * @param runs   runs 2 onwards, read one by one so that messages can name them
 */
record ComparisonJson(@JsonProperty(required = true) String key, @JsonProperty(required = true) List<String> values,
                      @JsonProperty(required = true) List<JsonNode> runs) {

    ComparisonJson {
        if (key == null) {
            throw new IllegalArgumentException("\"key\": expected a setting such as \"lr\", found null");
        }
        if (values == null || values.contains(null)) {
            throw new IllegalArgumentException("\"values\": expected an array of values as text, such as [\"0.1\","
                    + " \"0.01\"], found null");
        }
        if (runs == null) {
            throw new IllegalArgumentException("\"runs\": expected an array of runs, found null");
        }
    }

    /**
     * Where a run got, as its object holds it; the others' fields are read as the file's own are.
     *
     * @param learningRate the rate in use, positive
     * @param iteration    the iterations done
     */
    record RunFields(@JsonProperty(required = true) double learningRate, @JsonProperty(required = true) long iteration,
                     JsonNode batchPosition, @JsonProperty(required = true) JsonNode network,
                     JsonNode optimizerMemory, JsonNode history, JsonNode heldOutHistory) {
        RunFields {
            if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
                throw new IllegalArgumentException("\"learningRate\": must be a positive number, got " + learningRate);
            }
            if (iteration < 0) {
                throw new IllegalArgumentException("\"iteration\": must be at least 0, got " + iteration);
            }
            batchPosition = given(batchPosition);
            optimizerMemory = given(optimizerMemory);
            history = given(history);
            heldOutHistory = given(heldOutHistory);
        }

        /** The run, its fields read and named as the file's own run's are. */
        SavedRun read(Experiment experiment, Architecture shape, String source) throws InputException {
            Network reached = NetworkFile.fromTree(network, source, "\"network\"");
            if (!reached.architecture().equals(shape)) {
                throw new InputException(source, "\"network\" is " + reached.architecture() + " but the run's"
                        + " is " + shape + ": a run has the layers and activations of its value");
            }
            BatchPosition position = PositionJson.read(batchPosition, experiment.options(), experiment.data(), source);
            Optimizer memory = MemoryJson.read(optimizerMemory, experiment.optimizer(), shape, iteration, source);
            LossRecord losses = new LossRecordJson(source).read(history, heldOutHistory, iteration);
            return new SavedRun(reached, iteration, learningRate, memory == null ? OptimizerMemory.NONE
                    : memory.memory(), position, losses);
        }

        /** A null where a field may be left out counts as left out, as it does for the file's own fields. */
        private static JsonNode given(JsonNode node) {
            return node == null || node.isNull() ? null : node;
        }
    }

    /** Readable by eye and by diff: one network layer a line, as the rest of the file. */
    static String toJson(SavedComparison c) {
        List<String> runs = new ArrayList<>();
        for (SavedRun run : c.runs()) {
            List<String> fields = new ArrayList<>();
            fields.add("\"learningRate\": " + ExperimentFile.number(run.learningRate()) + ", \"iteration\": "
                    + run.iteration());
            if (!run.position().equals(BatchPosition.START)) {
                fields.add("\"batchPosition\": " + JsonBinding.inline(PositionJson.of(run.position())));
            }
            fields.add("\"network\": " + NetworkFile.toJson(run.network()).strip());
            if (!MemoryJson.fresh(run.memory())) {
                fields.add("\"optimizerMemory\": " + MemoryJson.toJson(run.memory()));
            }
            ExperimentFile.histories(run.history(), fields);
            runs.add("{" + String.join(",\n", fields) + "}");
        }
        return "{\"key\": " + JsonBinding.inline(c.key()) + ", \"values\": " + JsonBinding.inline(c.values())
                + ",\n\"runs\": [\n" + String.join(",\n", runs) + "\n]}";
    }

    /** The comparison a file's "comparison" holds, checked against the experiment read from the rest of it. */
    static SavedComparison read(JsonNode node, SavedExperiment base, String source) throws InputException {
        if (node.isNull()) { // binding would make nothing of it
            throw new InputException(source, "\"comparison\": expected an object {\"key\": ..., \"values\": [...],"
                    + " \"runs\": [...]}, found null");
        }
        ComparisonJson c = JsonBinding.bind(node, ComparisonJson.class, source, "\"comparison\"");
        List<Variant> variants;
        try {
            variants = Variants.parse(c.key, c.values);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "\"comparison\": " + e.getMessage());
        }
        if (c.runs.size() != variants.size() - 1) {
            throw new InputException(source, "\"comparison\" \"runs\": " + c.runs.size() + (c.runs.size() == 1
                    ? " run" : " runs") + ", expected " + (variants.size() - 1) + ": one for each of \"values\""
                    + " after the first, which is the run of the rest of the file");
        }
        List<SavedRun> runs = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            String place = "\"comparison\" run " + (k + 1);
            Experiment experiment;
            try {
                experiment = variants.get(k).apply(base.experiment());
            } catch (IllegalArgumentException e) {
                throw new InputException(source, place + " (" + variants.get(k).label() + "): " + e.getMessage());
            }
            if (k == 0) {
                continue; // the run of the rest of the file
            }
            JsonNode run = c.runs.get(k - 1);
            if (run == null || !run.isObject()) {
                throw new InputException(source, place + ": expected an object {\"learningRate\": ..., \"iteration\":"
                        + " ..., \"network\": ...}, found " + (run == null ? "null" : JsonTree.kind(run)));
            }
            RunFields fields = JsonBinding.bind(run, RunFields.class, source, place);
            try {
                runs.add(fields.read(experiment, experiment.initial().architecture(), source));
            } catch (InputException e) {
                String detail = e.detail();
                throw new InputException(source, place + (detail.startsWith("\"") ? " " : ": ") + detail);
            }
        }
        return new SavedComparison(c.key, c.values, runs);
    }
}
