package studio.backprop.ui.regression;

import java.util.ArrayList;
import java.util.List;

/** Remembers each edit the plot asks for; refuses all of them while {@link #refusal} is set. */
final class RecordingPointEdits implements PointEdits {
    record Call(String kind, int k, double x, double y) {
    }

    final List<Call> calls = new ArrayList<>();
    String refusal;

    @Override
    public void add(double x, double y) {
        record(new Call("add", -1, x, y));
    }

    @Override
    public void move(int k, double x, double y) {
        record(new Call("move", k, x, y));
    }

    @Override
    public void delete(int k) {
        record(new Call("delete", k, Double.NaN, Double.NaN));
    }

    @Override
    public void toggleHeldOut(int k) {
        record(new Call("holdOut", k, Double.NaN, Double.NaN));
    }

    private void record(Call call) {
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        calls.add(call);
    }
}
