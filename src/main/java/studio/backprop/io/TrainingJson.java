package studio.backprop.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;

/**
 * An experiment's "training" as the file spells it, each field left out at the chapter's default:
 * <pre>
 * "training": {"batchSize": 2, "shuffle": 7, "penalty": {"l1": 0.0, "l2": 0.001}, "heldOut": [3, 5]}
 * </pre>
 * The points held out are numbered from 1, as the data's messages and the command line number them.
 *
 * @param batchSize points per update, 1 or more; left out for every training point (the chapter's)
 * @param shuffle   the seed of each epoch's order; left out for data order
 * @param penalty   the weight penalty; left out for none
 * @param heldOut   the points (from 1) that never enter a gradient; left out for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrainingJson(Integer batchSize, Long shuffle, Lambdas penalty, List<Integer> heldOut) {

    TrainingJson {
        if (batchSize != null && batchSize < 1) {
            throw new IllegalArgumentException("\"batchSize\": must be 1 or more (left out, every point is in each"
                    + " update), got " + batchSize);
        }
        if (heldOut != null) {
            Set<Integer> seen = new HashSet<>();
            for (Integer point : heldOut) {
                if (point == null) {
                    throw new IllegalArgumentException("\"heldOut\": expected point numbers from 1, found null");
                }
                if (point < 1) {
                    throw new IllegalArgumentException("\"heldOut\": point numbers start at 1, got " + point);
                }
                if (!seen.add(point)) {
                    throw new IllegalArgumentException("\"heldOut\": point " + point + " is held out twice");
                }
            }
            heldOut = List.copyOf(heldOut);
        }
    }

    /**
     * lambda1 and lambda2 of the penalty, each 0 when left out.
     *
     * @param l1 lambda1, 0 or more
     * @param l2 lambda2, 0 or more
     */
    record Lambdas(double l1, double l2) {
        Lambdas {
            require("l1", l1);
            require("l2", l2);
        }

        private static void require(String name, double lambda) {
            if (!Double.isFinite(lambda)) {
                throw new IllegalArgumentException("\"" + name + "\": the number is too large to be finite (beyond"
                        + " about 1.8e308)");
            }
            if (lambda < 0) {
                throw new IllegalArgumentException("\"" + name + "\": must be 0 or more, got " + lambda);
            }
        }
    }

    static TrainingJson of(TrainingOptions options) {
        Penalty p = options.penalty();
        return new TrainingJson(options.batchSize() == 0 ? null : options.batchSize(),
                options.shuffle().isPresent() ? options.shuffle().getAsLong() : null,
                p.isSet() ? new Lambdas(p.l1(), p.l2()) : null,
                options.heldOut().isEmpty() ? null : options.heldOut().stream().map(k -> k + 1).toList());
    }

    /** The options of a file's "training", checked against its data; the chapter's when left out. */
    static TrainingOptions read(JsonNode training, DataSet data, String source) throws InputException {
        if (training == null) {
            return TrainingOptions.CHAPTER;
        }
        TrainingJson t = JsonBinding.bind(training, TrainingJson.class, source, "\"training\"");
        TrainingOptions options = new TrainingOptions(t.batchSize == null ? 0 : t.batchSize,
                t.shuffle == null ? OptionalLong.empty() : OptionalLong.of(t.shuffle),
                t.penalty == null ? Penalty.NONE : new Penalty(t.penalty.l1, t.penalty.l2),
                t.heldOut == null ? List.of() : t.heldOut.stream().map(k -> k - 1).toList());
        try {
            options.requireFits(data);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "\"training\" \"heldOut\": " + e.getMessage());
        }
        return options;
    }
}
