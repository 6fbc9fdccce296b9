package studio.backprop.ui.map;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import studio.backprop.io.NumberText;

/**
 * Asks the target of a point added on a map whose targets are not classes (a surface such as the
 * saddle): a click tells where, the class types how high. The network's output there is offered, so
 * Enter alone puts the point on the surface the network has now.
 */
final class TargetDialog {
    private TargetDialog() {
    }

    /** The target typed, or empty when the class cancels; asks again, saying why, until it is a number. */
    static Optional<Double> ask(double x1, double x2, double suggested) {
        String problem = "";
        String typed = Double.isFinite(suggested) ? String.format(Locale.ROOT, "%.3g", suggested) : "0.5";
        while (true) {
            TextInputDialog dialog = new TextInputDialog(typed);
            dialog.setTitle("New point");
            dialog.setHeaderText(String.format(Locale.ROOT, "The target y of the new point at (%.3g, %.3g)", x1, x2)
                    + (problem.isEmpty() ? "" : "\n" + problem));
            dialog.setContentText("y =");
            dialog.getEditor().setId("targetField");
            Optional<String> answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            typed = answer.get().strip();
            double y = NumberText.isDecimal(typed) ? Double.parseDouble(typed) : Double.NaN;
            if (Double.isFinite(y)) {
                return Optional.of(y);
            }
            problem = "\"" + typed + "\" is not a number: type one such as 0.75";
        }
    }
}
