package studio.backprop.ui.diagram;

import java.util.function.DoubleConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.Pane;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Network;

/**
 * Typing a weight or a bias into the diagram: a double-click on an edge (a weight, or a bias edge) or on
 * a neuron (its bias) opens a {@link ValueField} there. The field starts with the value as the read-out
 * writes it, six significant digits, which is what the class compares with the chapter; Enter on it
 * unchanged sets nothing, so the exact value is never rounded by merely looking at it.
 */
final class WeightEditing {
    private final ObjectProperty<WeightEdits> edits = new SimpleObjectProperty<>(this, "weightEdits");
    private final ValueField field;
    private Layout.Hit target;
    private Architecture architecture;

    /** @param closed told when the field closes */
    WeightEditing(Pane owner, Runnable closed) {
        field = new ValueField(owner, () -> {
            target = null;
            closed.run();
        });
        edits.addListener((obs, old, now) -> {
            if (now == null) {
                field.close();
            }
        });
    }

    ObjectProperty<WeightEdits> editsProperty() {
        return edits;
    }

    /** Whether a double-click on this would open the field: edges, and neurons that have a bias. */
    boolean editable(Layout.Hit hit) {
        return edits.get() != null && hit != null
                && (hit.edge() != null || !hit.node().isBias() && hit.node().layer() > 0);
    }

    /** Opens the field at (x, y) for what was hit, unless it is nothing editable. */
    void open(Layout.Hit hit, Network network, double x, double y, Fonts fonts) {
        if (!editable(hit)) {
            return;
        }
        target = hit;
        architecture = network.architecture();
        WeightEdits to = edits.get();
        Edge e = hit.edge();
        Node n = hit.node();
        String name = e != null ? e.name() : "b_" + n.layer() + "," + (n.index() + 1);
        double value = e != null ? e.value(network) : network.bias(n.layer(), n.index());
        DoubleConsumer set;
        if (e == null) {
            set = v -> to.setBias(n.layer(), n.index(), v);
        } else if (e.isBias()) {
            set = v -> to.setBias(e.layer(), e.to(), v);
        } else {
            set = v -> to.setWeight(e.layer(), e.to(), e.from(), v);
        }
        // a neuron's field hangs below its circle rather than over the value it shows
        field.open(name, Numbers.precise(value), n == null ? x : n.x(), n == null ? y : n.y() + n.radius(), fonts, set);
    }

    /** What the open field sets, lit in the diagram; null when it is closed. */
    Layout.Hit target() {
        return target;
    }

    /** A new network: the field closes if the weight it edits may no longer exist. */
    void networkChanged(Network network) {
        if (field.isOpen() && !network.architecture().equals(architecture)) {
            field.close();
        }
    }

    void cancel() {
        field.close();
    }

    /** Lays the field out where it covers least of this layout (none yet: just below where it was opened). */
    void place(double width, double height, Layout layout) {
        field.place(width, height, layout == null ? null : (w, h, x, y) -> CalloutSpot.near(layout, target, w, h, x, y));
    }

    ValueField field() {
        return field;
    }
}
