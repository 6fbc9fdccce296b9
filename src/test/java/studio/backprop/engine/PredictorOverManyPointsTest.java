package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A curve's samples in one pass: the same bits as one point at a time, for the output and every neuron. */
class PredictorOverManyPointsTest {

    @Test
    void manyPointsAtOnceGiveExactlyWhatOnePointAtATimeGives() {
        Architecture wide = new Architecture(new int[] {1, 12, 9, 1},
                List.of(Activation.TANH, Activation.SIGMOID, Activation.LINEAR));
        Network network = Initialization.scaledNormal(wide, 4);
        double[] xs = new double[37];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = -2 + 4.0 * k / (xs.length - 1);
        }
        Predictor many = new Predictor(network).over(xs, xs.length);
        Predictor one = new Predictor(network);
        for (int k = 0; k < xs.length; k++) {
            one.at(xs[k]);
            many.select(k);
            assertEquals(one.output(), many.output(), "f at sample " + k);
            for (int l = 1; l <= 2; l++) {
                for (int i = 0; i < wide.size(l); i++) {
                    assertEquals(one.h(l, i), many.h(l, i), "h_" + l + i + " at sample " + k);
                    assertEquals(one.sigma(l, i), many.sigma(l, i), "Sigma_" + l + i + " at sample " + k);
                }
            }
        }
    }

    @Test
    void aSinglePointAfterManyReadsItsOwnPass() {
        Network network = ChapterExample.network();
        Predictor p = new Predictor(network).over(new double[] {0, 0.25, 0.5}, 3);
        double atHalf = p.select(2).output();
        assertEquals(new Predictor(network).at(0.5).output(), atHalf);
        assertEquals(new Predictor(network).at(1.0).output(), p.at(1.0).output());
    }
}
