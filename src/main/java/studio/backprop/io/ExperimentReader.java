package studio.backprop.io;

import static studio.backprop.io.JsonTree.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedComparison;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossRecord;

/** Checks an experiment file's tree field by field; see {@link ExperimentFile} for the format. */
final class ExperimentReader {
    private static final List<String> FIELDS = List.of("format", "version", "preset", "init", "optimizer",
            "learningRate", "iteration", "network", "initialNetwork", "data", "history");
    /** Version 2's, in the order it writes them. */
    private static final List<String> FIELDS_2 = List.of("format", "version", "preset", "init", "optimizer",
            "learningRate", "training", "iteration", "batchPosition", "network", "optimizerMemory", "initialNetwork",
            "data", "history", "heldOutHistory", "comparison");
    private final String source;

    ExperimentReader(String source) {
        this.source = source;
    }

    SavedExperiment experiment(JsonNode root) throws InputException {
        if (!root.isObject()) {
            throw fail("expected a JSON object {\"format\": \"" + ExperimentFile.FORMAT + "\", ...} at the top, found "
                    + kind(root));
        }
        // Format and version first: a network file or a newer experiment is better told as such than by its details.
        format(root);
        List<String> known = version(root) == ExperimentFile.FIRST_VERSION ? FIELDS : FIELDS_2;
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail("unknown field \"" + name + "\" (known: " + String.join(", ", known) + ")");
            }
        }
        Network network = NetworkFile.fromTree(required(root, "network"), source, "\"network\"");
        Network initial = NetworkFile.fromTree(required(root, "initialNetwork"), source, "\"initialNetwork\"");
        if (!initial.architecture().equals(network.architecture())) {
            throw fail("\"initialNetwork\" is " + initial.architecture() + " but \"network\" is "
                    + network.architecture() + ": both must have the same layers and activations");
        }
        DataSet data = data(required(root, "data"), network.architecture().inputs(), network.architecture().outputs());
        double rate = JsonTree.number(required(root, "learningRate"), source, "\"learningRate\"");
        if (!(rate > 0)) {
            throw fail("\"learningRate\": must be a positive number, got " + JsonTree.write(root.get("learningRate")));
        }
        long iteration = count(required(root, "iteration"), "\"iteration\"");
        String preset = preset(root.get("preset"));
        WeightInit init = init(root.get("init"));
        OptimizerSpec optimizer = optimizer(root.get("optimizer"));
        // Version 2's fields; a version 1 file has none of them, which leaves each at its default.
        TrainingOptions options = TrainingJson.read(root.get("training"), data, source);
        BatchPosition position = PositionJson.read(root.get("batchPosition"), options, data, source);
        Optimizer memory = MemoryJson.read(root.get("optimizerMemory"), optimizer, network.architecture(), iteration,
                source);
        LossRecord history = new LossRecordJson(source).read(root.get("history"), root.get("heldOutHistory"),
                iteration);
        SavedExperiment saved;
        try {
            saved = new SavedExperiment(network, initial, data, rate, iteration, preset, init, optimizer, memory,
                    history, options, position);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage()); // every part was checked above; this is a last guard
        }
        JsonNode comparison = root.get("comparison");
        if (comparison == null) {
            return saved;
        }
        SavedComparison runs = ComparisonJson.read(comparison, saved, source);
        try {
            return saved.withComparison(runs);
        } catch (IllegalArgumentException e) {
            throw fail("\"comparison\": " + e.getMessage()); // a last guard too
        }
    }

    private void format(JsonNode root) throws InputException {
        JsonNode format = root.get("format");
        if (format == null) {
            throw fail("missing \"format\": not a Backprop Studio experiment"
                    + (root.has("layers") ? " (it looks like a network file)" : ""));
        }
        if (!format.isTextual() || !format.textValue().equals(ExperimentFile.FORMAT)) {
            throw fail("\"format\" is " + kind(format) + ", expected \"" + ExperimentFile.FORMAT + "\"");
        }
    }

    private long version(JsonNode root) throws InputException {
        long version = count(required(root, "version"), "\"version\"");
        if (version > ExperimentFile.VERSION) {
            throw fail("\"version\": written by a newer Backprop Studio (version " + version
                    + "); this one reads versions up to " + ExperimentFile.VERSION);
        }
        if (version < ExperimentFile.FIRST_VERSION) {
            throw fail("\"version\": unknown version " + version + ", expected " + ExperimentFile.FIRST_VERSION
                    + " up to " + ExperimentFile.VERSION);
        }
        return version;
    }

    /** Each point is [x1, ..., xn, y1, ..., ym] for the network's n inputs and m outputs: [x, y] for the chapter's. */
    DataSet data(JsonNode points, int inputs, int outputs) throws InputException {
        if (!points.isArray()) {
            throw fail("\"data\": expected an array of points like [[0, 0.5], [1, 1]], found " + kind(points));
        }
        if (points.isEmpty()) {
            throw fail("\"data\" is empty: an experiment needs at least one point");
        }
        List<String> names = new Columns(inputs, outputs).names();
        String shape = "[" + String.join(", ", names) + "]";
        double[] x = new double[points.size() * inputs];
        double[] y = new double[points.size() * outputs];
        for (int p = 0; p < points.size(); p++) {
            String place = "\"data\" point " + (p + 1);
            JsonNode point = points.get(p);
            if (!point.isArray()) {
                throw fail(place + ": expected " + shape + ", found " + kind(point));
            }
            if (point.size() != names.size()) {
                throw fail(place + ": " + point.size() + (point.size() == 1 ? " number" : " numbers")
                        + ", expected " + names.size() + " (" + shape + ")");
            }
            for (int k = 0; k < names.size(); k++) {
                double value = JsonTree.number(point.get(k), source, place + " " + names.get(k));
                if (k < inputs) {
                    x[p * inputs + k] = value;
                } else {
                    y[p * outputs + k - inputs] = value;
                }
            }
        }
        return new DataSet(inputs, outputs, x, y);
    }

    private String preset(JsonNode preset) throws InputException {
        if (preset == null || preset.isNull()) {
            return null;
        }
        if (!preset.isTextual()) {
            throw fail("\"preset\": expected a name such as \"chapter\", found " + kind(preset));
        }
        return preset.textValue();
    }

    private WeightInit init(JsonNode init) throws InputException {
        if (init == null) {
            return WeightInit.chapter();
        }
        if (!init.isObject()) {
            throw fail("\"init\": expected an object {\"method\": ..., \"sigma\": ..., \"seed\": ...}, found "
                    + kind(init));
        }
        JsonNode method = required(init, "method", "\"init\"");
        if (!method.isTextual()) {
            throw fail("\"init\" \"method\": expected a name such as \"normal\", found " + kind(method));
        }
        try {
            double sigma = JsonTree.number(required(init, "sigma", "\"init\""), source, "\"init\" \"sigma\"");
            long seed = whole(required(init, "seed", "\"init\""), "\"init\" \"seed\"");
            return new WeightInit(WeightInit.methodOf(method.textValue()), sigma, seed);
        } catch (IllegalArgumentException e) {
            throw fail("\"init\": " + e.getMessage());
        }
    }

    /** {"id": "momentum", "mu": 0.9}: the id and any settings beside it; the chapter's when left out. */
    private OptimizerSpec optimizer(JsonNode optimizer) throws InputException {
        if (optimizer == null) {
            return OptimizerSpec.chapter();
        }
        if (!optimizer.isObject()) {
            throw fail("\"optimizer\": expected an object {\"id\": \"gd\", ...}, found " + kind(optimizer));
        }
        JsonNode id = required(optimizer, "id", "\"optimizer\"");
        if (!id.isTextual()) {
            throw fail("\"optimizer\" \"id\": expected a name such as \"gd\", found " + kind(id));
        }
        Map<String, Double> settings = new LinkedHashMap<>();
        for (Iterator<String> names = optimizer.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("id")) {
                settings.put(name, JsonTree.number(optimizer.get(name), source, "\"optimizer\" \"" + name + "\""));
            }
        }
        try {
            return OptimizerSpec.of(id.textValue(), settings);
        } catch (IllegalArgumentException e) {
            throw fail("\"optimizer\": " + e.getMessage());
        }
    }

    private long whole(JsonNode value, String place) throws InputException {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(place + ": expected a whole number, found " + kind(value));
        }
        return value.longValue();
    }

    private long count(JsonNode value, String place) throws InputException {
        long n = whole(value, place);
        if (n < 0) {
            throw fail(place + ": must be at least 0, got " + n);
        }
        return n;
    }

    private JsonNode required(JsonNode object, String name) throws InputException {
        return required(object, name, "");
    }

    private JsonNode required(JsonNode object, String name, String within) throws InputException {
        JsonNode value = object.get(name);
        if (value == null) {
            throw fail((within.isEmpty() ? "" : within + ": ") + "missing \"" + name + "\"");
        }
        return value;
    }

    private InputException fail(String message) {
        return new InputException(source, message);
    }
}
