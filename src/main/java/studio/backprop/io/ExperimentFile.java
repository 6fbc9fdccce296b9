package studio.backprop.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossRecord;

/**
 * Experiments as JSON, everything needed to continue where one left off:
 * <pre>
 * {"format": "backprop-studio-experiment", "version": 2,
 *  "preset": "chapter", "init": {"method": "chapter", "sigma": 1.0, "seed": 0},
 *  "optimizer": {"id": "adam", ...}, "learningRate": 0.01, "training": {"batchSize": 2, ...},
 *  "iteration": 250, "batchPosition": {"epoch": 125, "position": 0},
 *  "network": {"layers": [...]}, "optimizerMemory": {"updates": 250, "m": [...], "v": [...]},
 *  "initialNetwork": {"layers": [...]},
 *  "data": [[0.0, 0.0], [0.25, 1.0], ...],
 *  "history": {...}, "heldOutHistory": {...}}
 * </pre>
 * "init" says how the initial weights were drawn, and {@code "edited": true} in it that they were edited
 * since (by hand, or reshaped from trained weights), so that only "new seed" would draw them that way.
 * Networks are in {@link NetworkFile}'s format; "preset" and "init" may be left out, and so may
 * "optimizer" ({@code {"id": "momentum", "mu": 0.9}}: the id and its settings), which is then the
 * chapter's gradient descent and is written only for another; "history" is the loss chart of the training
 * so far ({@link LossRecordJson}), left out when there is none, as in files written before. Every double is
 * written in the shortest form that reads back to the same bits. Reading checks the whole file and
 * changes nothing; the first problem is reported with the file, the place and what is wrong.
 *
 * <p>Version 2 adds how training goes beyond the chapter and where it stood: "training" ({@link TrainingJson}),
 * "batchPosition" ({@link PositionJson}), "optimizerMemory" ({@link MemoryJson}) and "heldOutHistory" (see
 * {@link LossRecordJson}), each left out at its default, and "comparison" ({@link ComparisonJson}), last,
 * when runs are compared side by side. An experiment that has none of them is written as
 * version 1, byte for byte as before, so that files of the chapter's training never change; version 1 files
 * are read as they always were. Every field but "format", "version", "preset" and "data" belongs to the
 * file's own run, run 1 of a comparison; each other run is an object of the fields that say where it got.
 */
public final class ExperimentFile {
    public static final String FORMAT = "backprop-studio-experiment";
    /** The newest version, which this one writes when the experiment needs it and reads. */
    public static final int VERSION = 2;
    /** The chapter's training needs no more than this, and is written so. */
    static final int FIRST_VERSION = 1;

    private ExperimentFile() {
    }

    public static SavedExperiment read(Path path) throws InputException {
        return parse(TextFile.read(path), TextFile.name(path));
    }

    /** Atomic: a failure leaves the old file as it was. */
    public static void write(SavedExperiment experiment, Path path) throws IOException {
        AtomicWrite.write(path, toJson(experiment));
    }

    /** @param sourceName names the text in messages, usually the file name */
    public static SavedExperiment parse(String json, String sourceName) throws InputException {
        return new ExperimentReader(sourceName).experiment(
                JsonTree.parse(json, sourceName, "a JSON object with \"format\": \"" + FORMAT + "\""));
    }

    /** Readable by eye and by diff: one network layer and one data point a line. */
    public static String toJson(SavedExperiment e) {
        OptimizerMemory memory = e.memory() == null ? OptimizerMemory.NONE : e.memory().memory();
        boolean version2 = needsVersion2(e, memory);
        List<String> fields = new ArrayList<>();
        fields.add("\"format\": \"" + FORMAT + "\", \"version\": " + (version2 ? VERSION : FIRST_VERSION));
        if (e.preset() != null) {
            fields.add("\"preset\": " + JsonTree.write(JsonTree.MAPPER.getNodeFactory().textNode(e.preset())));
        }
        fields.add("\"init\": {\"method\": \"" + e.init().method().id() + "\", \"sigma\": " + number(e.init().sigma())
                + ", \"seed\": " + e.init().seed() + (e.initialEdited() ? ", \"edited\": true" : "") + "}");
        if (!e.optimizer().isChapter()) { // files of the chapter's algorithm stay as they always were
            StringBuilder optimizer = new StringBuilder("\"optimizer\": {\"id\": \"" + e.optimizer().id() + "\"");
            new TreeMap<>(e.optimizer().settings()).forEach((name, value) ->
                    optimizer.append(", \"").append(name).append("\": ").append(number(value)));
            fields.add(optimizer + "}");
        }
        fields.add("\"learningRate\": " + number(e.learningRate()));
        if (!e.options().isChapter()) {
            fields.add("\"training\": " + JsonBinding.inline(TrainingJson.of(e.options())));
        }
        fields.add("\"iteration\": " + e.iteration());
        if (version2 && !e.position().equals(BatchPosition.START)) {
            fields.add("\"batchPosition\": " + JsonBinding.inline(PositionJson.of(e.position())));
        }
        fields.add("\"network\": " + NetworkFile.toJson(e.network()).strip());
        if (!MemoryJson.fresh(memory)) {
            fields.add("\"optimizerMemory\": " + MemoryJson.toJson(memory));
        }
        fields.add("\"initialNetwork\": " + NetworkFile.toJson(e.initialNetwork()).strip());
        DataSet data = e.data();
        List<String> points = new ArrayList<>();
        for (int p = 0; p < data.size(); p++) {
            List<String> values = new ArrayList<>();
            for (int k = 0; k < data.inputs(); k++) {
                values.add(number(data.x(p, k)));
            }
            for (int k = 0; k < data.outputs(); k++) {
                values.add(number(data.y(p, k)));
            }
            points.add("[" + String.join(", ", values) + "]");
        }
        fields.add("\"data\": [\n  " + String.join(",\n  ", points) + "\n]");
        histories(e.history(), fields);
        if (e.comparison() != null) {
            fields.add("\"comparison\": " + ComparisonJson.toJson(e.comparison()));
        }
        return "{" + String.join(",\n", fields) + "}\n";
    }

    /**
     * True when the experiment holds more than a version 1 file can: options beyond the chapter's, an
     * optimiser that remembers something, batches within an epoch, a held-out loss chart, compared runs. With the
     * chapter's options every update takes every point in data order, so their epoch is the iteration and
     * says nothing a version 1 file lacks.
     */
    private static boolean needsVersion2(SavedExperiment e, OptimizerMemory memory) {
        return e.comparison() != null || !e.options().isChapter() || !MemoryJson.fresh(memory) || e.position().position() != 0
                || e.history().heldOutLosses().size() > 0;
    }

    /** "history" and "heldOutHistory", each when there is one: a run's loss chart. */
    static void histories(LossRecord record, List<String> fields) {
        String history = LossRecordJson.toJson(record);
        if (history != null) {
            fields.add("\"history\": " + history);
        }
        String heldOut = LossRecordJson.heldOutJson(record);
        if (heldOut != null) {
            fields.add("\"heldOutHistory\": " + heldOut);
        }
    }

    static String number(double value) {
        return JsonTree.write(JsonTree.MAPPER.getNodeFactory().numberNode(value));
    }
}
