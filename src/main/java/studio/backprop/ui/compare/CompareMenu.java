package studio.backprop.ui.compare;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import studio.backprop.ui.model.StudioModel;

/**
 * The Compare menu: the comparisons a class asks for first, one click each, and the end of one. A
 * comparison that cannot be made (a variant that cannot train) is said through {@code errors}.
 */
public final class CompareMenu extends Menu {

    public CompareMenu(StudioModel model, Comparing comparing, Supplier<Window> owner, Consumer<String> errors) {
        super("Compare");
        MenuItem rates = item("compareRates", "Learning rates: ÷10, as now, ×10", () -> comparing.compareRates(), errors);
        MenuItem optimizers = item("compareOptimizers", "Optimisers: gradient descent, momentum, Adam",
                comparing::compareOptimizers, errors);
        MenuItem seeds = item("compareSeeds", "Initial weights: this seed and the next two", comparing::compareSeeds,
                errors);
        MenuItem widths = item("compareWidths", "Layers: as now, twice and four times as wide", comparing::compareWidths,
                errors);
        MenuItem other = item("compareOther", "Other comparison…", () -> comparing.compareOther(owner.get()), errors);
        MenuItem keep = item("keepRunItem", "Keep the run shown, end the comparison",
                () -> comparing.keep(model.activeRun()), errors);
        setOnShowing(e -> keep.setDisable(!model.comparison().active()));
        getItems().addAll(rates, optimizers, seeds, widths, other, new SeparatorMenuItem(), keep);
    }

    private static MenuItem item(String id, String text, Runnable action, Consumer<String> errors) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            try {
                action.run();
            } catch (IllegalArgumentException refused) {
                errors.accept(refused.getMessage());
            }
        });
        return item;
    }
}
