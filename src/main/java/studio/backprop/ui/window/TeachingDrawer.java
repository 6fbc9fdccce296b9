package studio.backprop.ui.window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.FileChooser;
import studio.backprop.engine.IterationTrace;
import studio.backprop.io.AtomicWrite;
import studio.backprop.teaching.WorkedExampleDocument;
import studio.backprop.ui.gradcheck.GradientCheckView;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.table.ChapterTablePanel;
import studio.backprop.ui.worked.WorkedExamplePanel;

/**
 * The teaching side of the window: the chapter's worked example for the selected point, with its
 * phase stepper, the gradient check, and the chapter's table of iterations beside the run's. Shown beside the live views on demand, and only then made:
 * neither is needed for the window's first frame, which should come as soon as it can.
 */
public final class TeachingDrawer extends TabPane {
    private final StudioModel model;
    private final Tab workedTab = new Tab("Worked example");
    private final Tab checkTab = new Tab("Gradient check");
    private final Tab tableTab = new Tab("Chapter table");
    private WorkedExamplePanel worked;
    private GradientCheckView gradientCheck;
    private ChapterTablePanel table;

    public TeachingDrawer(StudioModel model) {
        this.model = model;
        setId("teachingDrawer");
        getStyleClass().add("teaching-drawer");
        for (Tab tab : new Tab[] {workedTab, checkTab, tableTab}) {
            tab.setClosable(false);
        }
        getTabs().addAll(workedTab, checkTab, tableTab);
        setMinWidth(0);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                make();
            }
        });
    }

    private void make() {
        if (worked != null) {
            return;
        }
        worked = new WorkedExamplePanel(model);
        gradientCheck = new GradientCheckView(model);
        table = new ChapterTablePanel(model);
        table.showingProperty().bind(tableTab.selectedProperty().and(sceneProperty().isNotNull()));
        worked.setOnExport(this::exportHandout);
        workedTab.setContent(worked);
        checkTab.setContent(gradientCheck);
        tableTab.setContent(table);
    }

    /** Writes the whole iteration as a handout: Markdown or LaTeX, by the file's extension. */
    private void exportHandout(IterationTrace trace) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export worked example");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Markdown", "*.md"),
                new FileChooser.ExtensionFilter("LaTeX", "*.tex"));
        chooser.setInitialFileName("worked-example-iteration-" + trace.iteration() + ".md");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            writeHandout(trace, file.toPath());
        }
    }

    /** Writes the handout; a failure says why and leaves any earlier file as it was (atomic write). */
    public void writeHandout(IterationTrace trace, Path file) {
        boolean latex = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tex");
        try {
            int digits = worked().decimalsProperty().get(); // as the panel shows them
            AtomicWrite.write(file, latex ? WorkedExampleDocument.latex(trace, digits)
                    : WorkedExampleDocument.markdown(trace, digits));
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, file + ": cannot write the handout: " + e.getMessage()).show();
        }
    }

    public WorkedExamplePanel worked() {
        make();
        return worked;
    }

    public ChapterTablePanel table() {
        make();
        return table;
    }

    public GradientCheckView gradientCheck() {
        make();
        return gradientCheck;
    }
}
