package studio.backprop.ui.controls;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.model.StudioModel;

/**
 * The classroom controls: run/pause, step, step N, run until N with its progress, reset, the learning
 * rate and the speed. Each button only calls the view model; its look follows the model's properties.
 * One row that never changes height: what does not fit goes to the toolbar's overflow menu (») rather
 * than to a second row, and the progress of "Run to" takes the place of its button while it runs.
 */
public final class TrainingControls extends ToolBar {
    private final Button runPause = new Button("Run");
    private final Button step = new Button("Step");
    private final MenuButton stepN = new MenuButton("Step N");
    private final Button reset = new Button("Reset");
    private final TextField untilField = new TextField();
    private final Button runUntil = new Button("Run to");
    private final ProgressBar progress = new ProgressBar(0);
    private final StackPane runToProgress = new StackPane();
    private final FieldNote untilNote;
    private final Label timeLeft = new Label();
    private final LearningRateControl learningRate;
    private final SpeedControl speed;

    public TrainingControls(StudioModel model) {
        getStyleClass().add("training-controls");

        runPause.setId("runPause");
        runPause.getStyleClass().add("primary");
        runPause.setTooltip(new Tooltip(Command.RUN_PAUSE.tooltip()));
        runPause.setOnAction(e -> model.toggleRun());
        model.runningProperty().addListener((obs, was, running) -> runPause.setText(running ? "Pause" : "Run"));

        step.setId("step");
        step.setTooltip(new Tooltip(Command.STEP.tooltip()));
        step.setOnAction(e -> model.step());

        stepN.setId("stepN");
        stepN.setTooltip(new Tooltip("Several iterations at once, then pause"));
        for (long n : new long[] {10, 100, 1000}) {
            MenuItem item = new MenuItem(String.format("%,d iterations", n));
            item.setId("step" + n);
            item.setOnAction(e -> model.step(n));
            stepN.getItems().add(item);
        }
        TextField typed = new TextField();
        typed.setId("stepTyped");
        typed.setPromptText("n, Enter");
        typed.setPrefColumnCount(7);
        FieldNote typedNote = new FieldNote(typed, "Type a number of iterations and press Enter");
        typed.setOnAction(e -> {
            try {
                model.step(IterationCount.read(typed.getText()));
                typedNote.accept();
                stepN.hide();
            } catch (IllegalArgumentException refused) {
                typedNote.refuse(refused.getMessage());
            }
        });
        CustomMenuItem typedItem = new CustomMenuItem(typed, false);
        stepN.getItems().add(typedItem);

        reset.setId("reset");
        reset.setTooltip(new Tooltip(Command.RESET.tooltip()));
        reset.setOnAction(e -> model.reset());

        untilField.setId("untilField");
        untilField.setPromptText("iteration");
        untilField.setPrefColumnCount(5);
        untilNote = new FieldNote(untilField, "Run until this iteration, then pause");
        runUntil.setId("runUntil");
        runUntil.setTooltip(new Tooltip("Run until the iteration typed on the left, then pause"));
        runUntil.setOnAction(e -> {
            try {
                TrainingSnapshot s = model.getSnapshot();
                model.runUntil(IterationCount.target(untilField.getText(), s == null ? 0 : s.iteration()));
                untilNote.accept();
            } catch (IllegalArgumentException refused) {
                untilNote.refuse(refused.getMessage());
            }
        });
        untilField.setOnAction(e -> runUntil.fire());
        progress.setId("progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMaxHeight(Double.MAX_VALUE);
        timeLeft.setId("timeLeft");
        runToProgress.getChildren().addAll(progress, timeLeft);
        runToProgress.setVisible(false);
        runUntil.setMaxWidth(Double.MAX_VALUE);
        StackPane runToSlot = new StackPane(runUntil, runToProgress);
        runToSlot.getStyleClass().add("run-to-slot");

        learningRate = new LearningRateControl(model);
        speed = new SpeedControl(model);

        for (Control c : new Control[] {runPause, step, stepN, reset, runUntil,
                untilField}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        model.snapshotProperty().addListener((obs, old, s) -> showProgress(s));
        getItems().addAll(runPause, step, stepN, reset, new Separator(Orientation.VERTICAL),
                untilField, runToSlot, new Separator(Orientation.VERTICAL), learningRate, speed);
    }

    private void showProgress(TrainingSnapshot s) {
        boolean active = s != null && s.target() > 0;
        runToProgress.setVisible(active);
        runUntil.setVisible(!active);
        if (!active) {
            timeLeft.setText("");
            return;
        }
        progress.setProgress((double) s.iteration() / s.target());
        double rate = s.iterationsPerSecond();
        timeLeft.setText(rate > 0 ? formatSeconds((s.target() - s.iteration()) / rate) + " left" : "");
    }

    static String formatSeconds(double seconds) {
        if (seconds < 1) {
            return "< 1 s";
        }
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        return Math.round(seconds / 60) + " min";
    }

    public LearningRateControl learningRate() {
        return learningRate;
    }

    public SpeedControl speed() {
        return speed;
    }
}
