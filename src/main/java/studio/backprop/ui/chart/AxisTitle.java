package studio.backprop.ui.chart;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An upright axis title fitted beside a short plot (presentation mode, or a panel shared with others):
 * whole if it fits, else with its remark shortened ("RSS (log scale)" to "RSS (log)"), else bare. A log
 * axis keeps saying it is one for as long as there is any room to say so.
 */
final class AxisTitle {
    private AxisTitle() {
    }

    /** The longest form of {@code title} whose width is at most {@code room}; the bare title if none is. */
    static String fitted(String title, double room, ToDoubleFunction<String> width) {
        String bare = title.replaceAll(" \\(.*\\)$", "");
        for (String form : List.of(title, title.replace(" scale)", ")"))) {
            if (width.applyAsDouble(form) <= room) {
                return form;
            }
        }
        return bare;
    }
}
