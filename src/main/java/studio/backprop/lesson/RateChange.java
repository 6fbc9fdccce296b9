package studio.backprop.lesson;

import studio.backprop.engine.Trainer;

/**
 * The learning rate becomes {@code rate} from iteration {@code iteration} on.
 *
 * @param iteration when, 0 or more
 * @param rate      positive and finite
 */
public record RateChange(long iteration, double rate) {

    public RateChange {
        if (iteration < 0) {
            throw new IllegalArgumentException("a rate changes at an iteration from 0, got " + iteration);
        }
        Trainer.requireLearningRate(rate);
    }
}
