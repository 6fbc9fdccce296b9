package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The types at the engine's edges take any number of inputs and outputs, as its core does. */
class InputShapeTest {
    /** 2-3-2: two inputs, two outputs, sigmoid throughout. */
    private static final Network TWO_BY_TWO = new Network(
            new Architecture(new int[] {2, 3, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 2, 0.25, -0.75, 1}, {1, -2, 0.5, -1, 0.3, 0.7}},
            new double[][] {{0.1, -0.2, 0.3}, {0.05, -0.05}});
    private static final DataSet TWO_POINTS = new DataSet(2, 2, new double[] {0, 1, -2, 4}, new double[] {1, 0, 0, 1});

    @Test
    void aPredictorGivesEachOutputOfAnInputVectorAsTrainingComputesIt() {
        Trainer trainer = new Trainer(TWO_BY_TWO, TWO_POINTS, 0.1);
        double[] f = trainer.predictions();
        Predictor at = new Predictor(TWO_BY_TWO);

        at.at(-2, 4);

        assertEquals(f[2], at.output(0), 0.0);
        assertEquals(f[3], at.output(1), 0.0);
    }

    @Test
    void aPredictorRefusesAnInputVectorOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Predictor(TWO_BY_TWO).at(1.0, 2.0, 3.0));
        assertEquals("the network takes 2 input(s), got 3", e.getMessage());
    }

    @Test
    void theInputDomainSpansEachInputsDataWithATenthToSpare() {
        InputDomain domain = InputDomain.of(TWO_POINTS);

        assertEquals(2, domain.inputs());
        assertEquals(-2.2, domain.lo(0), 1e-12);
        assertEquals(0.2, domain.hi(0), 1e-12);
        assertEquals(0.7, domain.lo(1), 1e-12);
        assertEquals(4.3, domain.hi(1), 1e-12);
        assertEquals(domain.hi(1), domain.at(1, 9, 10), 0.0);
    }

    @Test
    void anInputOnWhichAllPointsAgreeGetsHalfAUnitEachSide() {
        InputDomain domain = InputDomain.of(DataSet.of1D(new double[] {3, 3}, new double[] {0, 1}));

        assertEquals(2.5, domain.lo(0), 0.0);
        assertEquals(3.5, domain.hi(0), 0.0);
    }
}
