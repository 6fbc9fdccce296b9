package studio.backprop.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Every optimiser the app offers: a new optimiser is one class and one line here. */
public final class Optimizers {
    /** In the order the panel lists them; the first is the default, the chapter's. */
    public static final List<OptimizerKind> ALL = List.of(GradientDescent.KIND, GradientDescent.STOCHASTIC,
            Momentum.KIND, Adam.KIND);

    private Optimizers() {
    }

    /** The kind with this id, or an exception naming the known ones. */
    public static OptimizerKind kind(String id) {
        for (OptimizerKind kind : ALL) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimiser \"" + id + "\" (known: "
                + ALL.stream().map(OptimizerKind::id).collect(Collectors.joining(", ")) + ")");
    }
}
