package studio.backprop.ui.diagram;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The diagram's fonts at one scale: 13-14 px on a laptop, 1.6 times that in presentation mode. */
record Fonts(Font caption, Font captionBold, Font label, Font value, Font bias, double lineHeight) {

    static Fonts at(double scale) {
        String family = Font.getDefault().getFamily();
        return new Fonts(Font.font(family, 13 * scale), Font.font(family, FontWeight.BOLD, 14 * scale),
                Font.font(family, 13 * scale), Font.font(family, FontWeight.BOLD, 13 * scale),
                Font.font(family, FontWeight.BOLD, 12 * scale), Math.ceil(14 * scale * 1.35));
    }
}
