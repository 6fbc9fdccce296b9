package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weight penalty's gradient, and points held out of training. */
class PenaltyAndHeldOutTest {
    private static final Network START = ChapterExample.network();
    private static final DataSet DATA = ChapterExample.data();
    private static final double ALPHA = 0.1;

    private static Trainer trainer(DataSet data, TrainingOptions options) {
        return new Experiment(START, data, ALPHA, OptimizerSpec.chapter(), options).start();
    }

    @Test
    void theL1AndL2PenaltiesAddTheirGradientToTheWeightsOnly() {
        double l1 = 0.03;
        double l2 = 0.2;
        Trainer trainer = trainer(DATA, TrainingOptions.CHAPTER.withPenalty(new Penalty(l1, l2)));
        boolean[] weight = Updates.weightMask(START.architecture());
        double[] w = Updates.flat(START);
        for (int t = 0; t < 3; t++) {
            double[] g = Updates.gradient(Updates.network(START.architecture(), w), DATA);
            for (int k = 0; k < w.length; k++) {
                double penalty = weight[k] ? 2 * l2 * w[k] + l1 * Math.signum(w[k]) : 0;
                w[k] -= ALPHA * (g[k] + penalty);
            }
            trainer.iterate();
        }
        assertArrayEquals(w, Updates.flat(trainer.network()), 1e-15);
    }

    @Test
    void thePenalisedGradientAgreesWithAFiniteDifferenceOfThePenalisedLoss() {
        Penalty penalty = new Penalty(0.05, 0.3);
        Trainer trainer = trainer(DATA, TrainingOptions.CHAPTER.withPenalty(penalty));
        trainer.iterate();
        Gradient g = trainer.gradient();
        Network net = START;
        for (int l = 1; l <= net.depth(); l++) {
            for (int i = 0; i < net.architecture().size(l); i++) {
                for (int j = 0; j < net.architecture().size(l - 1); j++) {
                    int layer = l;
                    int row = i;
                    int col = j;
                    double a = net.weight(l, i, j);
                    double numeric = GradientCheck.centredDifference(e -> {
                        Network moved = net.withWeight(layer, row, col, a + e);
                        return new Trainer(moved, DATA, ALPHA).rss() + penalty.value(moved);
                    });
                    assertTrue(GradientCheck.relativeError(g.dA(l, i, j), numeric) < 1e-6,
                            "a_" + l + (i + 1) + (j + 1) + ": " + g.dA(l, i, j) + " against " + numeric);
                }
            }
        }
    }

    @Test
    void thePenaltyIsReportedApartFromTheDataRss() {
        Penalty penalty = new Penalty(0, 0.5);
        Trainer trainer = trainer(DATA, TrainingOptions.CHAPTER.withPenalty(penalty));
        assertEquals(new Trainer(START, DATA, ALPHA).rss(), trainer.rss(), 0.0);
        assertEquals(penalty.value(START), trainer.penalty(), 0.0);
        assertTrue(trainer.penalty() > 0);
    }

    @Test
    void movingAHeldOutPointChangesNoWeight() {
        TrainingOptions holdThird = TrainingOptions.CHAPTER.withHeldOut(List.of(2));
        double[] y = DATA.ys();
        y[2] = -7;
        DataSet moved = DataSet.of1D(DATA.xs(), y);
        Trainer asGiven = trainer(DATA, holdThird);
        Trainer afterMove = trainer(moved, holdThird);

        asGiven.iterate(25);
        afterMove.iterate(25);

        assertEquals(asGiven.network(), afterMove.network());
        assertEquals(asGiven.rss(), afterMove.rss(), 0.0);
        assertTrue(afterMove.heldOutRss() > 40, "the moved point is far off: " + afterMove.heldOutRss());
    }

    @Test
    void heldOutPointsAreMeasuredButNotTrainedOn() {
        Trainer held = trainer(DATA, TrainingOptions.CHAPTER.withHeldOut(List.of(0, 4)));
        Trainer onThree = new Experiment(START, DATA.subset(new int[] {1, 2, 3}), ALPHA).start();
        held.iterate(10);
        onThree.iterate(10);

        assertEquals(onThree.network(), held.network());
        assertEquals(new Trainer(held.network(), DATA.subset(new int[] {0, 4}), ALPHA).rss(), held.heldOutRss(), 0.0);
        assertEquals(5, held.predictions().length, "every point is still predicted");
    }

    @Test
    void holdingOutEveryPointOrOneBeyondTheDataIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> trainer(DATA, TrainingOptions.CHAPTER.withHeldOut(List.of(0, 1, 2, 3, 4))))
                .getMessage().contains("every point is held out"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> trainer(DATA, TrainingOptions.CHAPTER.withHeldOut(List.of(5))))
                .getMessage().contains("point 6 is held out, but the data has 5 points"));
    }

    @Test
    void aRandomFractionHoldsOutTheSameSeededPoints() {
        List<Integer> first = TrainingOptions.randomFraction(20, 0.25, 4);
        assertEquals(5, first.size());
        assertEquals(first, TrainingOptions.randomFraction(20, 0.25, 4));
        assertTrue(!first.equals(TrainingOptions.randomFraction(20, 0.25, 5)));
    }
}
