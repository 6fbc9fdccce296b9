package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Pixels;

/** The terms a_3,1,i · h_2,i(x) of the chapter's trained network, against the right-hand axis. */
@ExtendWith(ApplicationExtension.class)
class ContributionsTest {
    private final TrainingSnapshot trained = Snapshots.chapter(3000);
    private RegressionView view;

    @Start
    void start(Stage stage) {
        view = new RegressionView(new SimpleObjectProperty<>(trained), new SimpleIntegerProperty(0));
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    /** Of the x values tried, at how many neuron i's term is drawn where it should be, in its colour. */
    private int termsOnTheirLines(Image image, int i) {
        Network n = trained.network();
        Predictor p = new Predictor(n);
        Chart c = view.chart();
        int hits = 0;
        for (double x = 0; x <= 1; x += 0.1) {
            double term = n.weight(3, 0, i) * p.at(x).h(2, i);
            hits += Pixels.near(image, c.x.toPixel(x), c.y2.toPixel(term), 1, Palette.CONTRIBUTIONS.get(i)) ? 1 : 0;
        }
        return hits;
    }

    @Test
    void eachLastHiddenNeuronsTermIsDrawnInItsOwnColour(FxRobot robot) {
        robot.interact(() -> view.showContributionsProperty().set(true));
        Image image = Pixels.grab(view.canvas());
        assertTrue(termsOnTheirLines(image, 0) >= 7, "neuron 1: " + termsOnTheirLines(image, 0));
        assertTrue(termsOnTheirLines(image, 1) >= 7, "neuron 2: " + termsOnTheirLines(image, 1));
    }

    @Test
    void theTermsAreOffUntilAskedFor(FxRobot robot) {
        robot.interact(() -> view.showContributionsProperty().set(true));
        Pixels.grab(view.canvas());
        robot.interact(() -> view.showContributionsProperty().set(false));
        Image image = Pixels.grab(view.canvas());
        assertTrue(termsOnTheirLines(image, 0) + termsOnTheirLines(image, 1) <= 1);
    }

    @Test
    void theTermsGetTheirOwnAxisOnTheRight(FxRobot robot) {
        Pixels.grab(view.canvas());
        double right = view.chart().right();
        robot.interact(() -> view.showContributionsProperty().set(true));
        Pixels.grab(view.canvas());
        assertTrue(view.chart().right() < right - 30, view.chart().right() + " vs " + right);
        assertFalse(view.chart().y2.hi() < 1, "the terms reach the weights' size, not f(x)'s");
    }
}
