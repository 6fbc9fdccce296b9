package studio.backprop.ui.worked;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Window;
import studio.backprop.ui.Palette;

/**
 * One typeset formula under a caption. The image is typeset off the FX thread at the window's output
 * scale, so it is as sharp as the text around it; until it arrives the previous one stays in place.
 * Deferred views typeset only when their owner asks, which lets a long panel skip what is off screen.
 */
public final class FormulaView extends VBox {
    /** Formula size in logical pixels: legible at the back of a classroom, larger for presentation. */
    public static final double NORMAL_SIZE = 18;
    public static final double PRESENTATION_SIZE = 24;

    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty latex = new SimpleStringProperty(this, "latex", "");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", NORMAL_SIZE);
    private final BooleanProperty deferred = new SimpleBooleanProperty(this, "deferred", false);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ObservableValue<Number> outputScale;
    private final Label captionLabel = new Label();
    private final ImageView imageView = new ImageView();
    private final Label errorLabel = new Label();
    private final FormulaRenderer renderer = FormulaRenderer.shared();
    private FormulaRenderer.Key shown;
    private FormulaRenderer.Key requested;
    private volatile FormulaRenderer.Key wanted;

    public FormulaView() {
        this("", "");
    }

    public FormulaView(String caption, String latex) {
        getStyleClass().add("formula-view");
        setSpacing(4);
        captionLabel.getStyleClass().add("formula-caption");
        captionLabel.textProperty().bind(this.caption);
        captionLabel.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        captionLabel.setTextFill(Palette.MUTED_TEXT);
        captionLabel.setMinWidth(0);
        errorLabel.setTextFill(Palette.NEGATIVE);
        errorLabel.setWrapText(true);
        errorLabel.setManaged(false);
        errorLabel.setVisible(false);
        imageView.setSmooth(true);
        getChildren().addAll(captionLabel, imageView, errorLabel);
        this.caption.set(caption);
        this.latex.set(latex);
        outputScale = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::outputScaleXProperty);
        Runnable changed = () -> {
            if (!deferred.get()) {
                render();
            }
        };
        this.latex.addListener((obs, old, now) -> changed.run());
        fontSize.addListener((obs, old, now) -> changed.run());
        outputScale.addListener((obs, old, now) -> changed.run());
        deferred.addListener((obs, old, now) -> changed.run());
        changed.run();
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty latexProperty() {
        return latex;
    }

    public String getLatex() {
        return latex.get();
    }

    /** The formula's font size in logical pixels. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** When true, content changes wait for {@link #render()}; when false they are typeset at once. */
    public BooleanProperty deferredProperty() {
        return deferred;
    }

    public void setDeferred(boolean value) {
        deferred.set(value);
    }

    /** The typeset formula in device pixels (null before the first, or when the LaTeX does not parse). */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public Image getImage() {
        return image.get();
    }

    /** The parse error of the LaTeX shown, or null. */
    public String getError() {
        return errorLabel.isVisible() ? errorLabel.getText() : null;
    }

    /** True when what is shown is the current LaTeX at the current size and scale. */
    public boolean isCurrent() {
        FormulaRenderer.Key key = key();
        return key == null || key.equals(shown);
    }

    /** Typesets the current LaTeX unless it is shown or on its way; a cache hit shows at once. */
    public void render() {
        FormulaRenderer.Key key = key();
        if (key != null && key.equals(requested)) {
            return;
        }
        if (key == null || key.equals(shown)) {
            forgetPending(key); // a render still on its way (A -> B -> A) must not replace this
            return;
        }
        FormulaRenderer.Result hit = renderer.cached(key);
        if (hit != null) {
            forgetPending(key);
            show(key, hit);
            return;
        }
        requested = key;
        wanted = key;
        renderer.render(key, () -> key.equals(wanted)).thenAccept(r -> Platform.runLater(() -> {
            if (key.equals(requested)) {
                requested = null;
                if (r != null) {
                    show(key, r);
                }
            }
        }));
    }

    /**
     * Lets go of the typeset image, keeping its place so that nothing below moves; {@link #render()} brings
     * it back (from the renderer's cache when it is still there).
     */
    public void release() {
        if (shown == null || imageView.getImage() == null) {
            return;
        }
        setMinSize(getWidth(), getHeight());
        imageView.setImage(null);
        image.set(null);
        shown = null;
        forgetPending(null);
    }

    /** The pixels of the image shown, 0 when none is. */
    long pixels() {
        Image shownImage = imageView.getImage();
        return shownImage == null ? 0 : (long) (shownImage.getWidth() * shownImage.getHeight());
    }

    private void forgetPending(FormulaRenderer.Key now) {
        requested = null;
        wanted = now;
    }

    private FormulaRenderer.Key key() {
        String tex = latex.get();
        if (tex == null || tex.isEmpty()) {
            return null;
        }
        Number scale = outputScale.getValue();
        double s = scale != null ? scale.doubleValue() : Screen.getPrimary().getOutputScaleX();
        Color ink = Palette.TEXT;
        int argb = 0xff000000 | (int) Math.round(ink.getRed() * 255) << 16
                | (int) Math.round(ink.getGreen() * 255) << 8 | (int) Math.round(ink.getBlue() * 255);
        return new FormulaRenderer.Key(tex, fontSize.get(), s, argb);
    }

    private void show(FormulaRenderer.Key key, FormulaRenderer.Result r) {
        shown = key;
        boolean failed = r.error() != null;
        errorLabel.setText(failed ? "Could not typeset: " + r.error() + "\n" + key.latex() : "");
        errorLabel.setVisible(failed);
        errorLabel.setManaged(failed);
        setMinSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        imageView.setImage(r.image());
        imageView.setFitWidth(r.width());
        imageView.setFitHeight(r.height());
        image.set(r.image());
    }
}
