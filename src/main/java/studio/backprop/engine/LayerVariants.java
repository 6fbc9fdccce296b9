package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs that differ in their layers: does a wider or a deeper network fit better, or overfit? Each shape
 * draws its initial weights its own way (given with it), except the experiment's own shape, which keeps
 * the experiment's weights, so the first run of a comparison is the experiment as it was.
 */
public final class LayerVariants {
    /** The key files use. */
    public static final String KEY = "layers";

    private LayerVariants() {
    }

    /** Each of {@code shapes}, other shapes drawing their weights by {@code init}. */
    public static List<Variant> of(List<Architecture> shapes, WeightInit init) {
        return Variants.checked(read(shapes, init));
    }

    /** {@link #of} with no check of the number of runs or of repeats, as {@link Variants#read}. */
    public static List<Variant> read(List<Architecture> shapes, WeightInit init) {
        return shapes.stream().map(shape -> variant(shape, init)).toList();
    }

    /** The experiment's shape, then its hidden layers twice and four times as wide. */
    public static List<Variant> widths(Architecture shape, WeightInit init) {
        if (shape.depth() < 2) {
            throw new IllegalArgumentException("the network " + shape.describe() + " has no hidden layer to widen");
        }
        return of(List.of(shape, widened(shape, 2), widened(shape, 4)), init);
    }

    private static Architecture widened(Architecture shape, int factor) {
        int[] sizes = shape.sizes();
        for (int l = 1; l < sizes.length - 1; l++) {
            sizes[l] *= factor;
        }
        return shape.reshaped(sizes, shape.activations());
    }

    /**
     * A shape typed as the legend writes it, "1-8-8-1": its hidden layers take {@code like}'s first hidden
     * activation (its output's when it has none), its output {@code like}'s; the inputs and outputs must be
     * {@code like}'s, and the layers no more and no wider than the layers editor allows.
     */
    public static Architecture shape(Architecture like, String typed) {
        String[] widths = typed.strip().split("-", -1);
        int[] sizes = new int[widths.length];
        for (int l = 0; l < widths.length; l++) {
            try {
                sizes[l] = Integer.parseInt(widths[l].strip());
            } catch (NumberFormatException e) {
                sizes = null;
                break;
            }
        }
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("\"" + typed.strip() + "\" is not layers such as 1-8-1 or 1-4-2-1");
        }
        if (sizes[0] != like.size(0) || sizes[sizes.length - 1] != like.outputs()) {
            throw new IllegalArgumentException(typed.strip() + " has " + sizes[0] + " input(s) and "
                    + sizes[sizes.length - 1] + " output(s), the network " + like.describe() + " has "
                    + like.size(0) + " and " + like.outputs());
        }
        List<Activation> activations = new ArrayList<>(Collections.nCopies(sizes.length - 2, like.activation(1)));
        activations.add(like.activation(like.depth()));
        return like.reshaped(sizes, activations);
    }

    private static void requireEditable(Architecture shape) {
        if (ArchitectureEdit.hiddenLayers(shape) > ArchitectureEdit.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException(shape.describe() + " has more than "
                    + ArchitectureEdit.MAX_HIDDEN_LAYERS + " hidden layers");
        }
        for (int l = 1; l < shape.depth(); l++) {
            if (shape.size(l) > ArchitectureEdit.MAX_NEURONS) {
                throw new IllegalArgumentException(shape.describe() + " has a layer of more than "
                        + ArchitectureEdit.MAX_NEURONS + " neurons");
            }
        }
    }

    private static Variant variant(Architecture shape, WeightInit init) {
        requireEditable(shape);
        String activations = shape.activations().stream().map(Activation::id).collect(Collectors.joining(","));
        boolean sigmoid = shape.activations().stream().allMatch(a -> a == Activation.SIGMOID);
        return new Variant(KEY, shape.describe() + " " + activations + " " + Variants.text(init),
                sigmoid ? shape.describe() : shape.describe() + " " + activations,
                e -> {
                    Architecture seeing = seeingAs(shape, e.initial().architecture());
                    return seeing.equals(e.initial().architecture()) ? e
                            : new Experiment(init.draw(seeing), e.data(), e.learningRate(), e.optimizer(), e.options());
                },
                init);
    }

    /**
     * The shape seeing the features the experiment's network sees: a variant read back from a file names
     * its layers only, and its input layer is the experiment's.
     */
    private static Architecture seeingAs(Architecture shape, Architecture base) {
        return shape.features() == null && base.features() != null && shape.size(0) == base.size(0)
                ? shape.withFeatures(base.features()) : shape;
    }

    /** Reads back a variant's value: {@code 1-8-1 sigmoid,sigmoid chapter:1.0:0}. */
    static Variant parse(String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("\"" + value + "\" is not layers, activations and weights, such as"
                    + " \"1-8-1 sigmoid,sigmoid normal:1.0:0\"");
        }
        int[] sizes;
        try {
            sizes = Arrays.stream(parts[0].split("-", -1)).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + parts[0] + "\" is not layer sizes such as 1-8-1");
        }
        List<Activation> activations = Arrays.stream(parts[1].split(",", -1)).map(Activation::fromId).toList();
        return variant(new Architecture(sizes, activations), Variants.init(parts[2]));
    }
}
