package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The experiments the app offers ready-made. Every target lies in [0, 1], so a sigmoid output can reach
 * it; one-input data lie on [0, 1], two-input data in [-1, 1]^2 (tanh's range, as {@link PlaneShapes}
 * says), and every one is the same on every run: noise and weights come from seeds.
 */
public final class Presets {
    /**
     * The seed Exercise 2 starts with; the UI shows it and lets the user change it. Most seeds sit on a
     * plateau near RSS 1 for thousands of iterations; this one leaves it within 50,000.
     */
    public static final long EXERCISE2_SEED = 6;

    private static final List<Preset> ONE_INPUT = List.of(
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

    /** TF Playground's four, and a surface. */
    private static final List<Preset> TWO_INPUTS = List.of(
        new Preset("circle", "Two inputs: a circle",
            "no straight line parts a disc from its ring: three or more hidden lines close around it (95%+ right)",
            plane(4), WeightInit.xavier(1), new Sampling(PlaneShapes::circle, 100, 0.05, 1), 0.05, 0.95),
        new Preset("xor", "Two inputs: XOR",
            "the classic no single neuron can learn: two hidden lines cut the square into four (95%+ right)",
            plane(4), WeightInit.xavier(2), new Sampling(PlaneShapes::xor, 100, 0.03, 2), 0.05, 0.95),
        new Preset("gauss", "Two inputs: two clusters",
            "two clouds a single straight line parts: the boundary settles between them (100% right)",
            plane(2), WeightInit.xavier(3), new Sampling(PlaneShapes::gauss, 100, 0, 3), 0.05, 1.0),
        new Preset("spiral", "Two inputs: a spiral",
            "two arms wound round each other: only a deeper network bends its boundary that far (90%+ right)",
            plane(8, 8), WeightInit.xavier(4), new Sampling(PlaneShapes::spiral, 200, 0.02, 4), 0.01, 0.9),
        new Preset("saddle", "Two inputs: a saddle surface",
            "not classes but a height over the square: the output map becomes a smooth surface, 0.5 + 0.4 x1 x2",
            plane(4), WeightInit.xavier(5), new Sampling(PlaneShapes::saddle, 100, 0.02, 5), 0.05, Double.NaN));

    private static final List<Preset> ALL = Stream.concat(ONE_INPUT.stream(), TWO_INPUTS.stream()).toList();

    private Presets() {
    }

    /** Two inputs, tanh hidden layers of these sizes, one sigmoid output. */
    private static Architecture plane(int... hidden) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = 2;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 1;
        List<Activation> activations = new ArrayList<>(Collections.nCopies(hidden.length, Activation.TANH));
        activations.add(Activation.SIGMOID);
        return new Architecture(sizes, activations);
    }

    /** The one-input presets, the chapter's first. */
    public static List<Preset> oneInput() {
        return ONE_INPUT;
    }

    /** The two-input presets. */
    public static List<Preset> twoInputs() {
        return TWO_INPUTS;
    }

    /** Every preset, the chapter's (the default) first, then the rest of one input, then those of two. */
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
