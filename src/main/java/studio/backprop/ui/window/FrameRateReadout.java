package studio.backprop.ui.window;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/**
 * The frame and iteration rate on screen (F12): pulses per second, snapshots drawn per second (each
 * redraws every view) and training iterations per second, over the last second. It sits in the status
 * bar, where it covers no control, and takes room there only while shown.
 */
public final class FrameRateReadout extends Label {
    private final StudioModel model;
    private final AnimationTimer timer;
    private long windowStart;
    private long frames;
    private long shownAtWindowStart;
    private double framesPerSecond;
    private double drawsPerSecond;

    public FrameRateReadout(StudioModel model) {
        this.model = model;
        setId("frameRate");
        getStyleClass().add("frame-rate");
        setMouseTransparent(true);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
        visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                windowStart = 0;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    private void tick(long now) {
        if (windowStart == 0) {
            windowStart = now;
            frames = 0;
            shownAtWindowStart = model.snapshotsShown();
            return;
        }
        frames++;
        long elapsed = now - windowStart;
        if (elapsed >= 1_000_000_000L) {
            framesPerSecond = frames * 1e9 / elapsed;
            drawsPerSecond = (model.snapshotsShown() - shownAtWindowStart) * 1e9 / elapsed;
            windowStart = now;
            frames = 0;
            shownAtWindowStart = model.snapshotsShown();
            TrainingSnapshot s = model.getSnapshot();
            setText(String.format(Locale.ROOT, "%.0f frames/s   %.0f redraws/s   %,.0f iterations/s",
                    framesPerSecond, drawsPerSecond, s == null ? 0.0 : s.iterationsPerSecond()));
        }
    }

    public double framesPerSecond() {
        return framesPerSecond;
    }

    public double drawsPerSecond() {
        return drawsPerSecond;
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
