package studio.backprop.ui.window;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Skin;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.CheckBoxSkin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.ListCellSkin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.ProgressBarSkin;
import javafx.scene.control.skin.ScrollBarSkin;
import javafx.scene.control.skin.SeparatorSkin;
import javafx.scene.control.skin.SliderSkin;
import javafx.scene.control.skin.SplitPaneSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.ToggleButtonSkin;

/**
 * Makes one skin of each kind the window's first frame shows, on a second core, while the first builds
 * the window. From a cold JVM the first skin of a kind is slow to make (its classes initialised, a
 * hundred lambdas linked for a text field's key map alone), and the first CSS pass makes them all on
 * the FX thread: about a third of the time to the first frame. Made here first, the FX thread finds that
 * work done. JavaFX lets a node be made and changed on any thread until it joins a showing scene; these
 * controls never join one, and nothing here lays out or measures text (which shares helpers across
 * threads), it only constructs. Left out: the menu bar's skin (it asks the FX thread's toolkit about a
 * system menu bar, and says so), the menu button's and the tool bar's (each makes a context menu, a
 * window of its own), and ControlsFX's status bar's (a row of labels). The text field's behaviour makes a
 * context menu too, never shown; it stays, as it is most of the gain, and JavaFX, which refuses a stage
 * made off its thread, takes a popup made there.
 */
public final class SkinWarmUp {
    private static final List<Supplier<Skin<?>>> SKINS = List.of(
            () -> new TextFieldSkin(new TextField("0.01")),
            () -> new ComboBoxListViewSkin<>(new ComboBox<>(FXCollections.observableArrayList(1.0, 2.0))),
            () -> new ListViewSkin<>(new ListView<>(FXCollections.observableArrayList(1.0, 2.0))),
            () -> new ListCellSkin<>(new ListCell<>()),
            () -> new ScrollBarSkin(new ScrollBar()),
            () -> new SliderSkin(new Slider()),
            () -> new ButtonSkin(new Button("Run")),
            () -> new ToggleButtonSkin(new ToggleButton("Experiment")),
            () -> new CheckBoxSkin(new CheckBox("Curves")),
            () -> new LabelSkin(new Label("RSS")),
            () -> new ProgressBarSkin(new ProgressBar(0)),
            () -> new SeparatorSkin(new Separator()),
            () -> new SplitPaneSkin(new SplitPane()));

    private SkinWarmUp() {
    }

    /** Starts making them; returns at once. On the FX thread, before the window's first control is made. */
    public static void begin() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the skins' warm-up begins on the FX thread");
        }
        // The first control made anywhere sets JavaFX's own stylesheet (Modena): at once on the FX thread,
        // elsewhere only queued for it. Queued, the window's first CSS pass would run without it and all
        // of it again after. So the first control is made here.
        new Separator();
        Thread thread = new Thread(() -> {
            try {
                makeAll();
            } catch (RuntimeException e) {
                // only ever a head start: the FX thread makes its own skins as it always did
            }
        }, "skin-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The kinds of skin made, for the check that they are the kinds the first frame shows. Makes them. */
    static List<Class<?>> kinds() {
        return SKINS.stream().<Class<?>>map(skin -> skin.get().getClass()).toList();
    }

    /** Makes them on the calling thread. */
    static void makeAll() {
        SKINS.forEach(Supplier::get);
    }
}
