package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;

/** Remembers each weight and bias edit the diagram asks for, written as the call. */
final class RecordingWeightEdits implements WeightEdits {
    final List<String> calls = new ArrayList<>();

    @Override
    public void setWeight(int l, int i, int j, double v) {
        calls.add("setWeight(" + l + ", " + i + ", " + j + ", " + v + ")");
    }

    @Override
    public void setBias(int l, int i, double v) {
        calls.add("setBias(" + l + ", " + i + ", " + v + ")");
    }
}
