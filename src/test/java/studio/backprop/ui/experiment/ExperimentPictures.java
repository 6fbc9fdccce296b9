package studio.backprop.ui.experiment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.WeightInit;

/**
 * Not a check but a look: the panel, the data table and the menu bar as PNGs, at the normal and the
 * presentation font size, with the stylesheet rules this package asks for. Runs only with
 * {@code -Dexpui.png=/tmp/expui}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "expui.png", matches = ".+")
class ExperimentPictures {
    /** The rules proposed for studio.css, previewed here. */
    static final String PROPOSED_CSS = """
            .side-panel { -fx-padding: 10 12 12 12; -fx-background-color: white; }
            .side-title { -fx-font-weight: bold; -fx-font-size: 1.15em; -fx-text-fill: #1a1a1a; }
            .section-title { -fx-font-weight: bold; -fx-text-fill: #1a1a1a; -fx-padding: 10 0 0 0;
                -fx-border-color: transparent transparent #e3e5e8 transparent; -fx-border-width: 0 0 1 0; }
            .teaches { -fx-text-fill: #5f6368; -fx-font-style: italic; }
            .edit-message { -fx-text-fill: #a33c00; }
            .cell-field { -fx-background-color: transparent; -fx-padding: 1 4 1 4; }
            .cell-field:focused { -fx-background-color: -fx-focus-color, -fx-control-inner-background;
                -fx-background-insets: 0, 1; }
            .remove-layer { -fx-padding: 2 8 2 8; }
            """;

    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void render(FxRobot robot) {
        File dir = new File(System.getProperty("expui.png"));
        dir.mkdirs();
        robot.interact(() -> {
            for (boolean presentation : new boolean[] {false, true}) {
                String tag = presentation ? "-pres" : "";
                write(new ExperimentPanel(h.session), presentation, presentation ? 460 : 340, 760,
                        new File(dir, "panel" + tag + ".png"));
                write(new DataTableEditor(h.editor, h.model.selectedPointProperty()), presentation, 360, 480,
                        new File(dir, "table" + tag + ".png"));
                MenuBar menus = new AppMenuBar(h.session, h.model, () -> null, null);
                write(new VBox(menus), presentation, 500, 60, new File(dir, "menubar" + tag + ".png"));
            }
            h.editor.addLayer(3, 3, Activation.TANH);
            ValidatedField<Long> seedField = new ValidatedField<>(ValidatedField::wholeNumber, "seed");
            seedField.setText("12x");
            write(new HBox(new ExperimentPanel(h.session), seedField), false, 520, 820,
                    new File(dir, "panel-edited.png"));
        });
    }

    /** The panel after training and an activation change: its notice and its "edited" initial weights. */
    @Test
    void renderAfterTrainingAndAnEdit(FxRobot robot) {
        File dir = new File(System.getProperty("expui.png"));
        dir.mkdirs();
        robot.interact(() -> h.model.step(40));
        h.awaitIteration(40);
        robot.interact(() -> h.editor.setActivation(2, Activation.TANH));
        h.awaitArchitecture(new Architecture(new int[] {1, 4, 2, 1},
                List.of(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID)));
        robot.interact(() -> {
            write(new ExperimentPanel(h.session), false, 340, 760, new File(dir, "panel-trained-edit.png"));
            write(new ExperimentPanel(h.session), true, 460, 900, new File(dir, "panel-trained-edit-pres.png"));
            h.answer = SaveChoice.DONT_SAVE;
            h.session.choosePreset("exercise2");
            h.editor.setInitialization(WeightInit.xavier(6));
            write(new ExperimentPanel(h.session), false, 340, 400, new File(dir, "panel-modified.png"));
            write(new ExperimentPanel(h.session), true, 460, 500, new File(dir, "panel-modified-pres.png"));
        });
    }

    static void write(Parent root, boolean presentation, double width, double height, File file) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Harness.class.getResource("/studio/backprop/ui/studio.css").toExternalForm());
        scene.getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(PROPOSED_CSS.getBytes(StandardCharsets.UTF_8)));
        if (presentation) {
            root.setStyle("-fx-font-size: 20px;");
        }
        root.applyCss();
        root.layout();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
