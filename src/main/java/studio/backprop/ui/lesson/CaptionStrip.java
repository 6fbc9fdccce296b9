package studio.backprop.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import studio.backprop.io.OpenedLesson;
import studio.backprop.lesson.CaptionText;
import studio.backprop.lesson.LessonScene;
import studio.backprop.ui.Palette;
import studio.backprop.ui.command.Command;

/**
 * The scene's caption under the views, large enough for the back of the room in presentation mode: the
 * scene's number and title, its sentences with their math typeset, the buttons a teacher without a clicker
 * needs, and a progress bar while the scene's set-up trains. Shown only while a lesson is open.
 */
public final class CaptionStrip extends VBox {
    /** The caption's text size in logical pixels, normally and in presentation mode. */
    static final double NORMAL_SIZE = 17;
    static final double PRESENTATION_SIZE = 27;

    private final LessonPlayer player;
    private final BooleanProperty presentation;
    private final Label number = new Label();
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label preparing = new Label();
    private final TextFlow caption = new TextFlow();
    private final List<InlineMath> math = new ArrayList<>();

    public CaptionStrip(LessonPlayer player, BooleanProperty presentation) {
        this.player = player;
        this.presentation = presentation;
        setId("captionStrip");
        getStyleClass().add("caption-strip");
        visibleProperty().bind(player.lessonProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        number.getStyleClass().add("scene-number");
        title.getStyleClass().add("scene-title");
        title.setMinWidth(0);
        progress.setPrefWidth(160);
        HBox training = new HBox(8, preparing, progress);
        training.setAlignment(Pos.CENTER_LEFT);
        training.visibleProperty().bind(player.preparingProperty().greaterThanOrEqualTo(0));
        training.managedProperty().bind(training.visibleProperty());
        progress.progressProperty().bind(player.preparingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, number, title, gap, training,
                button("previousScene", "◀ Previous", Command.PREVIOUS_SCENE, player::previous),
                button("nextScene", "Next ▶", Command.NEXT_SCENE, player::next),
                button("closeLesson", "✕", null, player::close));
        header.setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add("caption-text");
        caption.setLineSpacing(4);
        getChildren().addAll(header, caption);
        player.sceneProperty().addListener((obs, was, k) -> fill());
        player.lessonProperty().addListener((obs, was, now) -> fill());
        presentation.addListener((obs, was, on) -> fill());
    }

    private static Button button(String id, String text, Command command, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(command == null ? "Close the lesson: the window stays as it is"
                : command.tooltip(command.title())));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void fill() {
        OpenedLesson opened = player.lesson();
        int k = player.sceneProperty().get();
        caption.getChildren().clear();
        math.clear();
        if (opened == null || k < 0) {
            return;
        }
        LessonScene scene = opened.lesson().scene(k);
        number.setText((k + 1) + " / " + opened.lesson().size());
        title.setText(scene.title());
        preparing.setText("Training to iteration " + String.format("%,d", scene.setUp().iteration() == null ? 0
                : scene.setUp().iteration()));
        double size = presentation.get() ? PRESENTATION_SIZE : NORMAL_SIZE;
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : Screen.getPrimary().getOutputScaleX();
        Font font = Font.font("DejaVu Sans", FontWeight.NORMAL, size);
        List<Node> nodes = new ArrayList<>();
        List<List<CaptionText.Span>> paragraphs = CaptionText.paragraphs(scene.caption());
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                nodes.add(text("\n", font));
            }
            for (CaptionText.Span span : paragraphs.get(p)) {
                if (span.math()) {
                    InlineMath m = new InlineMath(span.text(), size * 1.1, scale);
                    math.add(m);
                    nodes.add(m);
                } else {
                    nodes.add(text(span.text(), font));
                }
            }
        }
        caption.getChildren().setAll(nodes);
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Palette.TEXT);
        return t;
    }

    /** True when every piece of math of the caption shown is typeset: for pictures of a scene. */
    public boolean isSettled() {
        return math.stream().allMatch(InlineMath::isSettled);
    }

    /** The caption's words and math as shown, math between dollar signs: for tests. */
    public String captionShown() {
        StringBuilder s = new StringBuilder();
        for (Node n : caption.getChildren()) {
            s.append(n instanceof Text t ? t.getText() : "$math$");
        }
        return s.toString();
    }

    /** How many pieces of math could not be typeset: for tests. */
    public long mathFailed() {
        return math.stream().filter(InlineMath::failed).count();
    }
}
