package studio.backprop.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import studio.backprop.cli.Cli;
import studio.backprop.cli.WindowOptions;
import studio.backprop.ui.KeyBindings;
import studio.backprop.ui.MainWindow;
import studio.backprop.ui.TrainingViewModel;

/**
 * The desktop app. Options as for {@link WindowOptions}; with {@code --screenshot} it trains, writes the
 * window to a PNG and exits.
 */
public final class BackpropStudioApp extends Application {
    /** Set by the launcher, which has parsed the options before JavaFX started. */
    private static volatile WindowOptions launchOptions;
    private static volatile int exitCode;
    private TrainingViewModel model;

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
        WindowOptions options = launchOptions;
        if (options == null) {
            int[] exit = new int[1];
            java.util.Optional<WindowOptions> parsed = Cli.windowOptions(
                    getParameters().getRaw().toArray(String[]::new), System.out, System.err, exit);
            if (parsed.isEmpty()) {
                exitCode = exit[0];
                Platform.exit();
                return;
            }
            options = parsed.get();
        }
        model = new TrainingViewModel(options.experiment());
        MainWindow window = new MainWindow(model);
        model.presentationProperty().set(options.presentation());
        model.selectedPointProperty().set(options.point());
        if (options.worked()) {
            window.toggleDrawer();
        }
        if (options.open() != null) {
            model.resume(options.open().experiment(), options.open().network(), options.open().iteration());
        }
        Scene scene = createScene(window, options.width(), options.height());
        KeyBindings.install(scene, window, stage);
        stage.setTitle(MainWindow.TITLE + " - " + options.title());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> model.close());
        stage.show();
        if (options.screenshot() != null) {
            boolean worked = options.worked();
            Screenshot.takeAfterTraining(scene, model, options,
                    () -> !worked || window.drawer().worked().isSettled(), code -> exit(code));
        } else if (options.iterations() > 0) {
            model.step(options.iterations());
        }
    }

    /** A scene with the app's stylesheet. */
    public static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height, javafx.scene.paint.Color.web("#eef0f3"));
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        return scene;
    }

    private void exit(int code) {
        exitCode = code;
        model.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
