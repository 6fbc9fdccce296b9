package studio.backprop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import studio.backprop.cli.WindowOptions;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.ComparedRun;
import studio.backprop.ui.model.StudioModel;

/** Trains the requested iterations, then writes the whole window to a PNG. */
final class Screenshot {
    private Screenshot() {
    }

    /** Waits for views that draw in the background (typeset formulas) to finish, at most this long. */
    private static final Duration PATIENCE = Duration.seconds(20);

    /**
     * @param ready true once every view shows the trained state (the worked example typesets its
     *              formulas on another thread)
     */
    static void takeAfterTraining(Scene scene, StudioModel model, WindowOptions options,
                                  BooleanSupplier ready, IntConsumer exit) {
        long target = (options.open() == null ? 0 : options.open().iteration()) + options.iterations();
        ChangeListener<TrainingSnapshot> whenTrained = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends TrainingSnapshot> obs,
                                TrainingSnapshot old, TrainingSnapshot s) {
                // A divergence stops short of the target: the picture then shows where it stopped.
                if (!s.running() && (s.iteration() == target || s.divergence() != null)) {
                    model.snapshotProperty().removeListener(this);
                    whenReady(() -> ready.getAsBoolean() && comparedDone(model, target), Duration.ZERO,
                            () -> exit.accept(write(scene, options.screenshot())));
                }
            }
        };
        model.snapshotProperty().addListener(whenTrained);
        if (options.iterations() > 0) {
            model.step(options.iterations());
        } else if (model.getSnapshot() != null) {
            whenTrained.changed(model.snapshotProperty(), null, model.getSnapshot());
        }
    }

    /** Writes the window once {@code ready} says every view shows what the picture is of. */
    static void takeWhen(Scene scene, Path file, BooleanSupplier ready, IntConsumer exit) {
        whenReady(ready, Duration.ZERO, () -> exit.accept(write(scene, file)));
    }

    /** True when every compared run (if any) has trained to the target too, or stopped short on a divergence. */
    private static boolean comparedDone(StudioModel model, long target) {
        return model.comparison().comparedProperty().get().stream().map(ComparedRun::snapshot).allMatch(
                s -> s != null && !s.running() && (s.iteration() == target || s.divergence() != null));
    }

    /** Polls every 100 ms; a pause first lets one more pulse lay out and draw the views. */
    private static void whenReady(BooleanSupplier ready, Duration waited, Runnable then) {
        PauseTransition settle = new PauseTransition(Duration.millis(100));
        settle.setOnFinished(e -> {
            if (waited.greaterThan(Duration.ZERO) && (ready.getAsBoolean() || waited.greaterThan(PATIENCE))) {
                then.run();
            } else {
                whenReady(ready, waited.add(Duration.millis(100)), then);
            }
        });
        settle.play();
    }

    static int write(Scene scene, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("wrote " + file);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println(file + ": cannot write the screenshot: " + e.getMessage());
            return 2;
        }
    }
}
