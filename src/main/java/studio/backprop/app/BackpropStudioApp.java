package studio.backprop.app;

import java.io.IOException;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import studio.backprop.cli.Cli;
import studio.backprop.cli.WindowOptions;
import studio.backprop.io.InputException;
import studio.backprop.io.RecoveryStore;
import studio.backprop.training.TrainingThreads;
import studio.backprop.ui.compare.Comparing;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.experiment.RecoveryCopies;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.window.KeyBindings;
import studio.backprop.ui.window.MainWindow;
import studio.backprop.ui.window.SkinWarmUp;

/**
 * The desktop app. Options as for {@link WindowOptions}; with {@code --screenshot} it trains, writes the
 * window to a PNG and exits; with {@code --measure} it checks its speed ({@link SpeedCheck}) and exits.
 */
public final class BackpropStudioApp extends Application {
    /** Set by the launcher, which has parsed the options before JavaFX started. */
    private static volatile WindowOptions launchOptions;
    private static volatile int exitCode;
    private StudioModel model;
    private Settings settings;
    private Stage stage;
    private boolean picture;
    private SpeedCheck speedCheck;
    private RecoveryCopies recovery;

    /** For {@code ./mvnw javafx:run}: parses the options here. */
    public static void main(String[] args) {
        launch(args);
    }

    static void launchWith(WindowOptions options) {
        launchOptions = options;
        launch(BackpropStudioApp.class);
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        SkinWarmUp.begin();
        WindowOptions options = launchOptions;
        if (options == null) {
            int[] exit = new int[1];
            Optional<WindowOptions> parsed = Cli.windowOptions(
                    getParameters().getRaw().toArray(String[]::new), System.out, System.err, exit);
            if (parsed.isEmpty()) {
                exitCode = exit[0];
                Platform.exit();
                return;
            }
            options = parsed.get();
        }
        model = new StudioModel(options.experiment());
        // A picture, a speed check or a start-up measure comes from the options alone, never from what an
        // earlier launch left in the preferences, and leaves none behind.
        boolean picture = options.screenshot() != null || options.measure() > 0 || options.measureStartup();
        settings = Settings.user();
        if (!picture) {
            TrainingThreads.set(Math.min(TrainingThreads.CORES, Math.max(1, settings.trainingThreads(TrainingThreads.DEFAULT))));
        }
        ExperimentEditor editor = new ExperimentEditor();
        startEditor(editor, options);
        ExperimentSession session = new ExperimentSession(editor, model, settings);
        MainWindow window = new MainWindow(model, session);
        model.presentationProperty().set(options.presentation() || (!picture && settings.presentationMode()));
        if (!picture) {
            model.presentationProperty().addListener((obs, was, on) -> settings.setPresentationMode(on));
        }
        model.selectedPointProperty().set(options.point());
        if (options.worked()) {
            window.toggleDrawer();
        }
        if (options.experimentPanel()) {
            window.toggleExperiment();
        }
        Settings.WindowSize size = picture || !isDefaultSize(options) ? new Settings.WindowSize(options.width(),
                options.height()) : settings.windowSize();
        Scene scene = createScene(window, size.width(), size.height());
        KeyBindings.install(scene, window, stage);
        DroppedFiles.install(scene, session);
        stage.titleProperty().bind(Bindings.concat(MainWindow.TITLE + " - ", session.documentTitle()));
        stage.setScene(scene);
        AppIcon.showAfterFirstFrame(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!session.canClose()) {
                e.consume();
                return;
            }
            rememberSize(stage, picture);
            closeRecovery();
            model.close();
        });
        this.stage = stage;
        this.picture = picture;
        stage.show();
        if (!picture) {
            startRecovery(session);
            // A file opened from the desktop while the app runs: asks about unsaved work, as File > Open does.
            OpenFileEvents.openWith(file -> Platform.runLater(() -> session.open(file)));
        }
        if (!options.compare().isEmpty()) {
            new Comparing(model, editor).compare(options.compare());
        }
        if (options.lesson() != null) {
            window.lessons().open(options.lesson(), options.scene(), options.screenshot() == null);
            if (options.screenshot() != null) { // the scene after its set-up, before its action
                Screenshot.takeWhen(scene, options.screenshot(), window::lessonSettled, code -> exit(code));
            }
        } else if (options.screenshot() != null) {
            boolean worked = options.worked();
            Screenshot.takeAfterTraining(scene, model, options,
                    () -> !worked || window.drawer().worked().isSettled(), code -> exit(code));
        } else if (options.iterations() > 0) {
            model.step(options.iterations());
        }
        if (options.measureStartup()) {
            StartupMeasure.afterFirstFrame(stage, System.out, this::exit);
        }
        if (options.measure() > 0) {
            speedCheck = new SpeedCheck(model, options.experiment(), options.measure(), System.out);
            speedCheck.start(this::exit);
        }
    }

    /** Keeps unsaved work where a crash cannot take it, and offers back what a crashed session left. */
    private void startRecovery(ExperimentSession session) {
        RecoveryStore.configured().ifPresent(store -> {
            try {
                recovery = new RecoveryCopies(session, store);
                Platform.runLater(() -> recovery.offerLeftBehind(RecoveryCopies::askInADialog));
            } catch (IOException e) {
                System.err.println("Unsaved work will not be kept against a crash: " + e.getMessage());
            }
        });
    }

    private void closeRecovery() {
        if (recovery != null) {
            recovery.close();
        }
    }

    /** The editor starts on what the command line asked for: a saved experiment, files, or the chapter. */
    private static void startEditor(ExperimentEditor editor, WindowOptions options) {
        if (options.openFile() != null) {
            try {
                editor.open(options.openFile());
            } catch (InputException e) {
                // Read and checked a moment ago by the options; should it have changed since, say so.
                System.err.println(e.getMessage());
            }
        } else if (options.preset() != null) {
            editor.choosePreset(options.preset());
        } else if (options.custom()) {
            editor.start(options.experiment());
        }
    }

    /** The command line's size, unless it is the default: then the size the window had last time. */
    private static boolean isDefaultSize(WindowOptions options) {
        return options.width() == Settings.DEFAULT_WINDOW.width() && options.height() == Settings.DEFAULT_WINDOW.height();
    }

    private void rememberSize(Stage stage, boolean picture) {
        if (!picture && stage.getWidth() > 0 && !stage.isFullScreen()) {
            settings.setWindowSize(new Settings.WindowSize((int) stage.getWidth(), (int) stage.getHeight()));
        }
    }

    /** A scene with the app's stylesheet. */
    public static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height, Color.web("#eef0f3"));
        scene.getStylesheets().add(MainWindow.class.getResource("/studio/backprop/ui/studio.css").toExternalForm());
        return scene;
    }

    private void exit(int code) {
        exitCode = code;
        model.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (speedCheck != null && !speedCheck.finished()) {
            System.out.println("speed check interrupted: the window closed before it ended");
            exitCode = 1;
        }
        if (stage != null) {
            rememberSize(stage, picture); // File > Quit ends here without a close request
        }
        closeRecovery();
        if (model != null) {
            model.close();
        }
    }
}
