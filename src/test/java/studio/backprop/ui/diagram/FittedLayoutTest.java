package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Presets;

/** Presentation mode's scale, fitted to the view: the fonts are measured, so the toolkit is started. */
@ExtendWith(ApplicationExtension.class)
class FittedLayoutTest {
    private static final double PRESENTATION = 1.6;
    /** The diagram's canvas in a 1920x1080 window in presentation mode. */
    private static final double W = 958;
    private static final double H = 580;

    @Start
    void start(Stage stage) {
    }

    private static Layout fitted(Architecture a, double w, double h) {
        return FittedLayout.of(a, w, h, PRESENTATION, List.of(EdgeStyle.WEIGHT), false);
    }

    @Test
    void theChaptersDiagramInALargeViewHasTheFullScaleThroughout() {
        Layout layout = fitted(Architecture.sigmoid(1, 4, 2, 1), 1000, 650);
        assertEquals(PRESENTATION, layout.scale, 1e-9);
        assertEquals(PRESENTATION, layout.frameScale, 1e-9);
    }

    @Test
    void eightNeuronsAColumnShrinkTheValuesButTheCaptionsStayLarger() {
        Layout layout = fitted(Presets.get("spiral").architecture(), W, H);
        assertTrue(layout.valuesInside);
        assertTrue(layout.frameScale > layout.scale, layout.frameScale + " against " + layout.scale);
        assertTrue(layout.frameScale > 1.19, "captions at scale " + layout.frameScale);
    }

    @Test
    void largerCaptionsOfADeepNetworkInANarrowViewStayApart() {
        Layout layout = fitted(Architecture.sigmoid(1, 8, 8, 8, 8, 8, 1), 500, 800);
        assertTrue(layout.frameScale == layout.scale || FittedLayout.captionsApart(layout),
                "captions at " + layout.frameScale + " overlap");
        assertTrue(FittedLayout.captionsApart(fitted(Presets.get("spiral").architecture(), W, H)));
    }

    @Test
    void largerCaptionsNeverTakeTheNetworkBelowHalfTheView() {
        for (double h : new double[] {300, 400, 500, H}) {
            Layout layout = fitted(Presets.get("spiral").architecture(), W, h);
            assertTrue(layout.frameScale == layout.scale || layout.networkBottom - layout.networkTop >= h / 2,
                    "at height " + h + ": network " + (layout.networkBottom - layout.networkTop));
        }
    }
}
