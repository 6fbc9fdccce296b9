package studio.backprop.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** A line through many points keeps only the vertices that change its shape by more than a fifth of a pixel. */
class PolylineTest {
    /** The vertices sent, each {x, y}; a NaN pair marks where a subpath starts. */
    private final List<double[]> sent = new ArrayList<>();
    private final Polyline line = new Polyline();

    PolylineTest() {
        line.begin(new Polyline.Sink() {
            @Override
            public void moveTo(double x, double y) {
                sent.add(new double[] {Double.NaN, Double.NaN});
                sent.add(new double[] {x, y});
            }

            @Override
            public void lineTo(double x, double y) {
                sent.add(new double[] {x, y});
            }
        });
    }

    private void through(DoubleUnaryOperator f, double from, double to, double step) {
        line.moveTo(from, f.applyAsDouble(from));
        for (double x = from + step; x <= to + 1e-9; x += step) {
            line.lineTo(x, f.applyAsDouble(x));
        }
        line.flush();
    }

    /** Distance from (px, py) to the segment from a to b. */
    private static double distance(double px, double py, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - a[0] - t * dx, py - a[1] - t * dy);
    }

    @Test
    void aStraightLineOfManyPointsIsSentAsItsTwoEndsAndACutEveryTwentyFourPoints() {
        through(x -> 0.5 * x, 0, 200, 2);
        assertEquals(List.of(0.0, 46.0, 92.0, 138.0, 184.0, 200.0), sent.stream().skip(1).map(p -> p[0]).toList());
    }

    @Test
    void everyPointOfASteepSigmoidLiesWithinAFifthOfAPixelOfTheLineSent() {
        DoubleUnaryOperator sigmoid = x -> 400 / (1 + Math.exp(-(x - 300) / 8));
        through(sigmoid, 0, 600, 2);
        int vertices = sent.size() - 1;
        assertTrue(vertices < 60, "a tenth of 301 points or fewer: " + vertices);
        for (double x = 0; x <= 600; x += 2) {
            double y = sigmoid.applyAsDouble(x);
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 2; i < sent.size(); i++) {
                nearest = Math.min(nearest, distance(x, y, sent.get(i - 1), sent.get(i)));
            }
            assertTrue(nearest <= Polyline.TOLERANCE + 1e-12, "x = " + x + " is " + nearest + " px away");
        }
    }

    @Test
    void aLineThatTurnsBackKeepsItsTurn() {
        line.moveTo(0, 0);
        line.lineTo(10, 0);
        line.lineTo(20, 0);
        line.lineTo(5, 0);
        line.flush();
        assertEquals(List.of(0.0, 20.0, 5.0), sent.stream().skip(1).map(p -> p[0]).toList());
    }

    @Test
    void aBreakStartsANewSubpathAndEndsTheOneBefore() {
        line.moveTo(0, 0);
        line.lineTo(1, 1);
        line.lineTo(2, 2);
        line.moveTo(5, 0);
        line.lineTo(6, 0);
        line.flush();
        assertEquals(6, sent.size());
        assertEquals(2.0, sent.get(2)[0]);
        assertTrue(Double.isNaN(sent.get(3)[0]));
        assertEquals(6.0, sent.get(5)[0]);
    }
}
