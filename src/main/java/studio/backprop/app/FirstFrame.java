package studio.backprop.app;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/** Runs something at the first pulse after a stage shows: the pulse that paints its first frame. */
final class FirstFrame {
    private FirstFrame() {
    }

    static void then(Stage stage, Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage.isShowing()) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
