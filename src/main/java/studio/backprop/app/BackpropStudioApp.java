package studio.backprop.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import studio.backprop.ui.KeyBindings;
import studio.backprop.ui.MainWindow;
import studio.backprop.ui.TrainingViewModel;

/**
 * The desktop app. Options as for {@link AppOptions}; with {@code --screenshot} it trains, writes the
 * window to a PNG and exits.
 */
public final class BackpropStudioApp extends Application {
    private TrainingViewModel model;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        AppOptions options;
        try {
            options = AppOptions.parse(getParameters().getRaw().toArray(String[]::new));
        } catch (AppOptions.UsageException e) {
            System.err.println(e.getMessage());
            Platform.exit();
            return;
        }
        model = new TrainingViewModel(options.experiment());
        MainWindow window = new MainWindow(model);
        Scene scene = createScene(window, options.width(), options.height());
        KeyBindings.install(scene, window, stage);
        stage.setTitle(MainWindow.TITLE + " - " + options.title());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> model.close());
        stage.show();
        if (options.screenshot() != null) {
            Screenshot.takeAfterTraining(scene, model, options, code -> exit(code));
        } else if (options.iterations() > 0) {
            model.step(options.iterations());
        }
    }

    /** A scene with the app's stylesheet. */
    public static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        return scene;
    }

    private void exit(int code) {
        model.close();
        Platform.exit();
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
