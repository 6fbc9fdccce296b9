package studio.backprop.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.TrainingOptions;

/**
 * Where the batches stood, as the file spells it: {@code "batchPosition": {"epoch": 12, "position": 2}},
 * left out at the start of training. With a shuffle, the epoch's number and the seed give its order.
 *
 * @param epoch    epochs completed, from 0
 * @param position the next batch's first point in the epoch's order, from 0
 */
record PositionJson(@JsonProperty(required = true) long epoch, @JsonProperty(required = true) int position) {

    PositionJson {
        if (epoch < 0) {
            throw new IllegalArgumentException("\"epoch\": must be 0 or more, got " + epoch);
        }
        if (position < 0) {
            throw new IllegalArgumentException("\"position\": must be 0 or more, got " + position);
        }
    }

    static PositionJson of(BatchPosition at) {
        return new PositionJson(at.epoch(), at.position());
    }

    /** The position of a file's "batchPosition", within the points trained on; the start when left out. */
    static BatchPosition read(JsonNode position, TrainingOptions options, DataSet data, String source)
            throws InputException {
        if (position == null) {
            return BatchPosition.START;
        }
        PositionJson p = JsonBinding.bind(position, PositionJson.class, source, "\"batchPosition\"");
        int points = options.trainingPoints(data);
        if (p.position >= points) {
            throw new InputException(source, "\"batchPosition\" \"position\": " + p.position + " is not a point of an"
                    + " epoch of the " + points + " training points (counted from 0)");
        }
        return new BatchPosition(p.epoch, p.position);
    }
}
