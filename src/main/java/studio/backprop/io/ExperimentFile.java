package studio.backprop.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import studio.backprop.engine.DataSet;
import studio.backprop.model.SavedExperiment;

/**
 * Experiments as JSON, everything needed to continue where one left off:
 * <pre>
 * {"format": "backprop-studio-experiment", "version": 1,
 *  "preset": "chapter", "init": {"method": "chapter", "sigma": 1.0, "seed": 0},
 *  "learningRate": 0.01, "iteration": 0,
 *  "network": {"layers": [...]}, "initialNetwork": {"layers": [...]},
 *  "data": [[0.0, 0.0], [0.25, 1.0], ...],
 *  "history": {...}}
 * </pre>
 * "init" says how the initial weights were drawn, and {@code "edited": true} in it that they were edited
 * since (by hand, or reshaped from trained weights), so that only "new seed" would draw them that way.
 * Networks are in {@link NetworkFile}'s format; "preset" and "init" may be left out, and so may
 * "optimizer" ({@code {"id": "momentum", "mu": 0.9}}: the id and its settings), which is then the
 * chapter's gradient descent and is written only for another; "history" is the loss chart of the training
 * so far ({@link LossRecordJson}), left out when there is none, as in files written before. Every double is
 * written in the shortest form that reads back to the same bits. Reading checks the whole file and
 * changes nothing; the first problem is reported with the file, the place and what is wrong.
 */
public final class ExperimentFile {
    public static final String FORMAT = "backprop-studio-experiment";
    public static final int VERSION = 1;

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
        List<String> fields = new ArrayList<>();
        fields.add("\"format\": \"" + FORMAT + "\", \"version\": " + VERSION);
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
        fields.add("\"iteration\": " + e.iteration());
        fields.add("\"network\": " + NetworkFile.toJson(e.network()).strip());
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
        String history = LossRecordJson.toJson(e.history());
        if (history != null) {
            fields.add("\"history\": " + history);
        }
        return "{" + String.join(",\n", fields) + "}\n";
    }

    private static String number(double value) {
        return JsonTree.write(JsonTree.MAPPER.getNodeFactory().numberNode(value));
    }
}
