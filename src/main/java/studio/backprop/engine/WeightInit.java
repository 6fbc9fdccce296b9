package studio.backprop.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How an experiment's initial weights were made, kept so that "new seed" can draw again the same way
 * and a file can say how its weights began.
 *
 * @param sigma the standard deviation for {@link Method#NORMAL}; ignored (and 1) for the others
 * @param seed  the seed of the random draws; ignored by {@link Method#CHAPTER} where the shape is the chapter's
 */
public record WeightInit(Method method, double sigma, long seed) {
    /** The way the weights are drawn; {@link #id()} names it in files. */
    public enum Method {
        /** The chapter's hand-picked weights (1-4-2-1 only); any other shape gets N(0, 1) with the seed. */
        CHAPTER,
        /** N(0, sigma^2) for every weight and bias. */
        NORMAL,
        /** Glorot uniform, biases 0. */
        XAVIER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public WeightInit {
        Objects.requireNonNull(method, "method");
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a positive finite number, got " + sigma);
        }
    }

    public static WeightInit chapter() {
        return new WeightInit(Method.CHAPTER, 1.0, 0L);
    }

    public static WeightInit normal(double sigma, long seed) {
        return new WeightInit(Method.NORMAL, sigma, seed);
    }

    public static WeightInit xavier(long seed) {
        return new WeightInit(Method.XAVIER, 1.0, seed);
    }

    public WeightInit withSeed(long newSeed) {
        return new WeightInit(method, sigma, newSeed);
    }

    /** True when {@link Method#CHAPTER} can give the chapter's own weights for this shape. */
    public static boolean isChapterShape(Architecture architecture) {
        return Arrays.equals(architecture.sizes(), ChapterExample.network().architecture().sizes());
    }

    /**
     * Weights for the architecture. The chapter's keep their values under any activations, since the
     * issue lets a layer's activation change without asking for new weights; a chapter experiment reshaped
     * into another architecture falls back to N(0, 1), as Exercise 2 draws them.
     */
    public Network draw(Architecture architecture) {
        return switch (method) {
            case CHAPTER -> isChapterShape(architecture)
                    ? ChapterExample.network().withActivations(architecture.activations())
                    : Initialization.normal(architecture, 1.0, seed);
            case NORMAL -> Initialization.normal(architecture, sigma, seed);
            case XAVIER -> Initialization.xavier(architecture, seed);
        };
    }

    /** Looks a method up by its {@link Method#id()}, or throws naming the known ones. */
    public static Method methodOf(String id) {
        for (Method m : Method.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown weight initialization \"" + id + "\" (known: chapter, normal, xavier)");
    }
}
