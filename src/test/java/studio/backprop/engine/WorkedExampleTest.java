package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;

/**
 * The chapter's "Worked Example of a Single Iteration", every printed number, to its 6 decimals
 * (a printed value v stands for the interval v +- 0.5e-6). ERRATA 1: the factor printed in
 * dRSS/dA_3 of point ([0], 0) is a typo; the product, checked here, is right.
 */
class WorkedExampleTest {
    private static final double SIX_DECIMALS = 0.5e-6 + 1e-12;
    private static final IterationTrace TRACE =
            IterationTrace.of(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE, 0);

    static void assertPrinted(double[] printed, double[] actual) {
        assertArrayEquals(printed, actual, SIX_DECIMALS);
    }

    static LayerTrace layer(int point, int l) {
        return TRACE.point(point).layer(l);
    }

    @Nested
    class PointZeroZero {
        @Test
        void forwardPropagationGivesTheChaptersSigmaAndH() {
            PointTrace p = TRACE.point(0);
            assertArrayEquals(new double[] {0}, p.x());
            assertPrinted(new double[] {-0.75, 1.75, -3.25, 4.25}, p.layer(1).sigma());
            assertPrinted(new double[] {0.320821, 0.851953, 0.037327, 0.985936}, p.layer(1).h());
            assertPrinted(new double[] {-0.772259, -2.267367}, p.layer(2).sigma());
            assertPrinted(new double[] {0.315991, 0.093862}, p.layer(2).h());
            assertEquals(1.59852529, p.layer(3).sigma()[0], 0.5e-8);
            assertPrinted(new double[] {0.831812}, p.layer(3).h());
        }

        @Test
        void backpropagationGivesTheChaptersOutputGradients() {
            assertPrinted(new double[] {1.663624}, layer(0, 3).dRssDh());
            assertPrinted(new double[] {2.327422, 2.327422}, layer(0, 2).dRssDh());
            assertPrinted(new double[] {5.030502, 5.030502, 1.979515, 1.979515}, layer(0, 1).dRssDh());
        }

        @Test
        void expansionGivesTheChaptersWeightGradients() {
            assertPrinted(new double[] {0.232742}, layer(0, 3).dRssDb());
            assertPrinted(new double[] {0.073544, 0.021846}, layer(0, 3).dRssDa());
            assertPrinted(new double[] {0.503050, 0.197951}, layer(0, 2).dRssDb());
            assertPrinted(new double[] {0.161389, 0.428575, 0.018777, 0.495976,
                                        0.063507, 0.168645, 0.007389, 0.195168}, layer(0, 2).dRssDa());
            assertPrinted(new double[] {1.096121, 0.634493, 0.071131, 0.027448}, layer(0, 1).dRssDb());
            assertPrinted(new double[] {0, 0, 0, 0}, layer(0, 1).dRssDa());
        }
    }

    @Nested
    class PointQuarterOne {
        @Test
        void forwardPropagationGivesTheChaptersSigmaAndH() {
            PointTrace p = TRACE.point(1);
            assertPrinted(new double[] {0.5, 0.5, -2, 3}, p.layer(1).sigma());
            assertPrinted(new double[] {0.622459, 0.622459, 0.119203, 0.952574}, p.layer(1).h());
            assertPrinted(new double[] {-0.050813, -1.782230}, p.layer(2).sigma());
            assertPrinted(new double[] {0.487299, 0.144028}, p.layer(2).h());
            assertPrinted(new double[] {3.813274}, p.layer(3).sigma());
            assertPrinted(new double[] {0.978401}, p.layer(3).h());
        }

        @Test
        void backpropagationGivesTheChaptersOutputGradients() {
            assertPrinted(new double[] {-0.043198}, layer(1, 3).dRssDh());
            assertPrinted(new double[] {-0.009129, -0.009129}, layer(1, 2).dRssDh());
            assertPrinted(new double[] {-0.022807, -0.022807, -0.011254, -0.011254}, layer(1, 1).dRssDh());
        }

        @Test
        void expansionGivesTheChaptersWeightGradients() {
            assertPrinted(new double[] {-0.000913}, layer(1, 3).dRssDb());
            assertPrinted(new double[] {-0.000445, -0.000131}, layer(1, 3).dRssDa());
            assertPrinted(new double[] {-0.002281, -0.001125}, layer(1, 2).dRssDb());
            assertPrinted(new double[] {-0.001420, -0.001420, -0.000272, -0.002173,
                                        -0.000701, -0.000701, -0.000134, -0.001072}, layer(1, 2).dRssDa());
            assertPrinted(new double[] {-0.005360, -0.005360, -0.001182, -0.000508}, layer(1, 1).dRssDb());
            assertPrinted(new double[] {-0.001340, -0.001340, -0.000295, -0.000127}, layer(1, 1).dRssDa());
        }
    }

    @Test
    void pointHalfHalfExpandsToTheChaptersWeightGradients() {
        assertPrinted(new double[] {0.020099}, layer(2, 3).dRssDb());
        assertPrinted(new double[] {0.006351, 0.006351}, layer(2, 3).dRssDa());
        assertPrinted(new double[] {0.043443, 0.043443}, layer(2, 2).dRssDb());
        assertPrinted(new double[] {0.037011, 0.013937, 0.013937, 0.037011,
                                    0.037011, 0.013937, 0.013937, 0.037011}, layer(2, 2).dRssDa());
        assertPrinted(new double[] {0.054794, 0.094659, 0.094659, 0.054794}, layer(2, 1).dRssDb());
        assertPrinted(new double[] {0.027397, 0.047330, 0.047330, 0.027397}, layer(2, 1).dRssDa());
    }

    @Test
    void pointThreeQuartersOneExpandsToTheChaptersWeightGradients() {
        assertPrinted(new double[] {-0.000913}, layer(3, 3).dRssDb());
        assertPrinted(new double[] {-0.000131, -0.000445}, layer(3, 3).dRssDa());
        assertPrinted(new double[] {-0.001125, -0.002281}, layer(3, 2).dRssDb());
        assertPrinted(new double[] {-0.001072, -0.000134, -0.000701, -0.000701,
                                    -0.002173, -0.000272, -0.001420, -0.001420}, layer(3, 2).dRssDa());
        assertPrinted(new double[] {-0.000508, -0.001182, -0.005360, -0.005360}, layer(3, 1).dRssDb());
        assertPrinted(new double[] {-0.000381, -0.000886, -0.004020, -0.004020}, layer(3, 1).dRssDa());
    }

    @Test
    void pointOneZeroExpandsToTheChaptersWeightGradients() {
        assertPrinted(new double[] {0.232742}, layer(4, 3).dRssDb());
        assertPrinted(new double[] {0.021846, 0.073544}, layer(4, 3).dRssDa());
        assertPrinted(new double[] {0.197951, 0.503050}, layer(4, 2).dRssDb());
        assertPrinted(new double[] {0.195168, 0.007389, 0.168645, 0.063507,
                                    0.495976, 0.018777, 0.428575, 0.161389}, layer(4, 2).dRssDa());
        assertPrinted(new double[] {0.027448, 0.071131, 0.634493, 1.096121}, layer(4, 1).dRssDb());
        assertPrinted(new double[] {0.027448, 0.071131, 0.634493, 1.096121}, layer(4, 1).dRssDa());
    }

    @Test
    void theSummedGradientsAreTheChapters() {
        Gradient g = TRACE.gradient();
        assertPrinted(new double[] {0.483758}, g.db(3));
        assertPrinted(new double[] {0.101165, 0.101165}, g.dA(3));
        assertPrinted(new double[] {0.741038, 0.741038}, g.db(2));
        assertPrinted(new double[] {0.391076, 0.448347, 0.200388, 0.593621,
                                    0.593621, 0.200388, 0.448347, 0.391076}, g.dA(2));
        assertPrinted(new double[] {1.172495, 0.793742, 0.793742, 1.172495}, g.db(1));
        assertPrinted(new double[] {0.053123, 0.116235, 0.677508, 1.119371}, g.dA(1));
    }

    @Test
    void theUpdateWithAlphaOneHundredthGivesTheChaptersWeights() {
        Network n = TRACE.updated();
        assertPrinted(new double[] {4.999469, -5.001162, 4.993225, -5.011194}, n.weights(1));
        assertPrinted(new double[] {-0.761725, 1.742063, -3.257937, 4.238275}, n.biases(1));
        assertPrinted(new double[] {9.996089, 9.995517, -0.002004, -0.005936,
                                    -0.005936, -0.002004, 9.995517, 9.996089}, n.weights(2));
        assertPrinted(new double[] {-12.507410, -12.507410}, n.biases(2));
        assertPrinted(new double[] {9.998988, 9.998988}, n.weights(3));
        assertPrinted(new double[] {-2.504838}, n.biases(3));
    }

    @Test
    void theSummedGradientIsTheSumOfThePointGradients() {
        for (int l = 1; l <= 3; l++) {
            double[] sum = new double[TRACE.gradient().dA(l).length];
            for (PointTrace p : TRACE.points()) {
                double[] dA = p.layer(l).dRssDa();
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += dA[k];
                }
            }
            assertArrayEquals(sum, TRACE.gradient().dA(l), 1e-15, "layer " + l);
        }
    }
}
