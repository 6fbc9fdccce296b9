package studio.backprop.engine;

import java.util.List;
import java.util.Optional;

/**
 * The experiments the app offers ready-made. Every data set lies on [0, 1] with targets in [0, 1], so a
 * sigmoid output can reach them, and every one is the same on every run: noise and weights come from seeds.
 */
public final class Presets {
    /**
     * The seed Exercise 2 starts with; the UI shows it and lets the user change it. Most seeds sit on a
     * plateau near RSS 1 for thousands of iterations; this one leaves it within 50,000.
     */
    public static final long EXERCISE2_SEED = 6;

    private static final List<Preset> ALL = List.of(
        new Preset("chapter", "The chapter's example",
            "the worked example: four hand-picked hidden neurons fit five points",
            Architecture.sigmoid(1, 4, 2, 1), WeightInit.chapter(), ChapterExample.data(), ChapterExample.LEARNING_RATE),
        new Preset("exercise2", "Exercise 2: random initial weights",
            "the same network from N(0, 1) weights: the seed decides how well and how fast it learns",
            Architecture.sigmoid(1, 4, 2, 1), WeightInit.normal(1.0, EXERCISE2_SEED), ChapterExample.data(),
            ChapterExample.LEARNING_RATE),
        new Preset("sine", "A sine wave",
            "a smooth wave needs several sigmoids added together, one for each rise and fall",
            Architecture.sigmoid(1, 6, 1), WeightInit.xavier(11),
            new Sampling(Sampling.curve(x -> 0.5 + 0.4 * Math.sin(2 * Math.PI * x)), 16, 0, 1), 0.5),
        new Preset("step", "A step",
            "one steep sigmoid is a step: its weight sets the steepness and its bias where the step sits",
            Architecture.sigmoid(1, 1, 1), WeightInit.xavier(5), new Sampling(Sampling.curve(x -> x < 0.5 ? 0.1 : 0.9), 12, 0, 1), 1.0),
        new Preset("noisy-parabola", "A noisy parabola",
            "with noise in the data the loss stops well above 0: the network finds the trend, not every point",
            Architecture.sigmoid(1, 3, 1), WeightInit.xavier(7),
            new Sampling(Sampling.curve(x -> 0.1 + 3.2 * (x - 0.5) * (x - 0.5)), 20, 0.05, 20), 0.3),
        new Preset("bump", "A single bump",
            "a bump takes two sigmoids facing opposite ways, one rising and one falling",
            Architecture.sigmoid(1, 2, 1), WeightInit.xavier(3),
            new Sampling(Sampling.curve(x -> 0.1 + 0.8 * Math.exp(-Math.pow((x - 0.5) / 0.15, 2))), 15, 0, 1), 0.3));

    private Presets() {
    }

    /** Every preset, the chapter's (the default) first. */
    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The preset of that id, or an exception listing the known ones. */
    public static Preset get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown preset \"" + id + "\" (known: "
                + String.join(", ", ALL.stream().map(Preset::id).toList()) + ")"));
    }
}
