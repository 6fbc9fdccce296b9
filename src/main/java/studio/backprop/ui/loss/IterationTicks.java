package studio.backprop.ui.loss;

import java.util.Arrays;
import studio.backprop.ui.chart.NiceTicks;

/** The loss view's iteration axis ticks, linear or logarithmic from 0. */
final class IterationTicks {
    private IterationTicks() {
    }

    /**
     * Linear: 1-2-5 steps. Log: 0 at the left end, then decades 10, 100, 1000 ...; iteration 1 gets only
     * a minor tick, as its label would crowd the 0 a third of a decade away.
     */
    static NiceTicks.Ticks of(double hi, boolean log, int maxCount) {
        if (!log) {
            return NiceTicks.linear(0, hi, maxCount);
        }
        NiceTicks.Ticks decades = NiceTicks.log(1, hi, Math.max(1, maxCount - 1));
        double[] major = new double[decades.size() + 1];
        String[] labels = new String[major.length];
        double[] minor = Arrays.copyOf(decades.minor(), decades.minor().length + 1);
        int n = 0;
        major[n] = 0;
        labels[n++] = "0";
        for (int i = 0; i < decades.size(); i++) {
            if (decades.major()[i] == 1) {
                minor[minor.length - 1] = 1;
            } else {
                major[n] = decades.major()[i];
                labels[n++] = decades.labels()[i];
            }
        }
        return new NiceTicks.Ticks(Arrays.copyOf(major, n), Arrays.copyOf(labels, n), minor);
    }
}
