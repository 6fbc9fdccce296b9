package studio.backprop.ui.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.experiment.FileDialogs.Kind;
import studio.backprop.ui.model.StudioModel;

/**
 * File, Edit, View and Help. Every item only calls the session or the editor; what can be undone and
 * the recent files are read when shown, so the menus never disagree with the model.
 */
public final class AppMenuBar extends MenuBar {
    private final ExperimentSession session;
    private final StudioModel model;
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final Menu recent = new Menu("Open Recent");
    private final PictureExport pictures = new PictureExport();
    private String lastWritten = "";
    private final Menu view = new Menu("View");
    private final DataTableWindow dataTable;
    private Map<String, Node> views = Map.of();

    /** With the system's file dialogs and message boxes over the window. */
    public AppMenuBar(ExperimentSession session, StudioModel model, Supplier<Window> owner) {
        this(session, model, owner, FileDialogs.system(owner));
        Alerts.install(session, owner);
    }

    /** @param dialogs where files are asked for: tests answer with paths */
    public AppMenuBar(ExperimentSession session, StudioModel model, Supplier<Window> owner,
                      FileDialogs dialogs) {
        this.session = session;
        this.model = model;
        this.owner = owner;
        this.dialogs = dialogs;
        this.dataTable = new DataTableWindow(session, owner);
        session.setAskForFile(this::askForFile);
        getMenus().addAll(fileMenu(), editMenu(), view, helpMenu());
    }

    /** The View menu, empty: the window adds its own toggles. */
    public Menu viewMenu() {
        return view;
    }

    /** The views File ▸ Export each view PNG writes, by title; in the order given. */
    public void setViews(Map<String, Node> views) {
        this.views = new LinkedHashMap<>(views);
    }

    /** The views File ▸ Export each view PNG writes, by title, in order; read-only. */
    public Map<String, Node> views() {
        return Collections.unmodifiableMap(views);
    }

    private Menu fileMenu() {
        Menu presets = new Menu("New from preset");
        for (Preset p : Presets.all()) {
            Label title = new Label(p.title());
            Tooltip.install(title, new Tooltip(p.teaches()));
            CustomMenuItem item = new CustomMenuItem(title);
            item.setId("preset-" + p.id());
            item.setOnAction(e -> session.choosePreset(p.id()));
            if (p == Presets.twoInputs().get(0)) {
                presets.getItems().add(new SeparatorMenuItem()); // the plane's data sets apart from the curves
            }
            presets.getItems().add(item);
        }
        Menu file = new Menu("File");
        file.setOnShowing(e -> fillRecent());
        file.getItems().addAll(presets,
                item("openItem", "Open…", Command.OPEN.accelerator(), e -> dialogs.open("Open experiment",
                        Kind.EXPERIMENT).ifPresent(session::open)),
                recent, new SeparatorMenuItem(),
                item("saveItem", "Save", Command.SAVE.accelerator(), e -> save()),
                item("saveAsItem", "Save As…", Command.SAVE_AS.accelerator(), e -> saveAs()), new SeparatorMenuItem(),
                item("importDataItem", "Import data CSV…", null, e -> dialogs.open("Import data", Kind.DATA)
                        .ifPresent(session::importData)),
                item("exportDataItem", "Export data CSV…", null, e -> dialogs.save("Export data", Kind.DATA,
                        "data.csv").ifPresent(session::exportData)),
                item("exportLossItem", "Export loss history CSV…", null, e -> exportLoss()),
                item("exportWindowItem", "Export window PNG…", null, e -> exportWindow()),
                item("exportViewsItem", "Export each view PNG…", null, e -> exportViews()), pictures.sizeItem(),
                new SeparatorMenuItem(),
                item("quitItem", "Quit", Command.QUIT.accelerator(), e -> quit()));
        fillRecent();
        return file;
    }

    private Menu editMenu() {
        ExperimentEditor editor = session.editor();
        MenuItem undo = item("undoItem", "Undo", Command.UNDO.accelerator(), e -> editor.undo());
        undo.textProperty().bind(label("Undo", editor.history().undoDescriptionProperty()));
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        MenuItem redo = item("redoItem", "Redo", Command.REDO.accelerator(), e -> editor.redo());
        redo.textProperty().bind(label("Redo", editor.history().redoDescriptionProperty()));
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        // A field being typed in takes Ctrl+V for its own text first; anywhere else it pastes points.
        DataClipboard clipboard = new DataClipboard(editor, session::report);
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("pastePointsItem", "Paste points", Command.PASTE_POINTS.accelerator(), e -> clipboard.paste()),
                item("copyPointsItem", "Copy points", null, e -> clipboard.copy(new int[0])),
                item("copyViewItem", "Copy view as picture", Command.COPY_VIEW.accelerator(), e -> copyFocusedView()),
                item("editDataItem", "Edit data table…", null, e -> dataTable.show()));
        return edit;
    }

    private Menu helpMenu() {
        Menu help = new Menu("Help");
        help.getItems().add(item("shortcutsItem", "Keyboard shortcuts", Command.SHORTCUTS.accelerator(),
                e -> Alerts.shortcuts(owner.get())));
        return help;
    }

    private static StringBinding label(String verb, ObservableStringValue what) {
        return Bindings.createStringBinding(() -> what.get().isEmpty() ? verb : verb + " " + what.get(), what);
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator,
                                 EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(action);
        return item;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : session.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> session.open(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void save() {
        session.saveOrAsk();
    }

    private void saveAs() {
        askForFile().ifPresent(session::saveAs);
    }

    private Optional<Path> askForFile() {
        String suggested = Kind.EXPERIMENT.fileName(
                Optional.ofNullable(session.editor().state().preset()).orElse("experiment"));
        return dialogs.save("Save experiment", Kind.EXPERIMENT, suggested);
    }

    private void exportLoss() {
        TrainingSnapshot s = model.getSnapshot();
        if (s != null) {
            dialogs.save("Export loss history", Kind.LOSS, "loss.csv").ifPresent(p -> write(p,
                    () -> Exports.writeLossCsv(s, p)));
        }
    }

    private void exportWindow() {
        dialogs.save("Export window", Kind.PNG, "backprop-studio.png").ifPresent(p -> confirm(
                pictures.write(owner.get().getScene().getRoot(), p, session::reportWriteProblem)));
    }

    private void exportViews() {
        dialogs.folder("Export each view into").ifPresent(folder -> confirm(
                pictures.writeEach(views, folder, session::reportWriteProblem)));
    }

    /** Says what was written where; nothing when nothing was (a problem was reported instead). */
    private void confirm(String written) {
        if (!written.isEmpty()) {
            lastWritten = written;
            Alerts.info(owner.get(), "Pictures written", written);
        }
    }

    /** Copies the view that holds the focus (the one last clicked) as a picture; says which. */
    private void copyFocusedView() {
        for (Node n = owner.get().getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (views.containsValue(n)) {
                copyPicture(n);
                return;
            }
        }
        model.noticeProperty().set("Click a view first: Ctrl+Shift+C copies the view last clicked as a picture.");
    }

    /** Copies a view as a picture at the size pictures are written, and says so in the status bar. */
    public void copyPicture(Node view) {
        String title = views.entrySet().stream().filter(e -> e.getValue() == view).map(Map.Entry::getKey)
                .findFirst().orElse("chosen");
        model.noticeProperty().set(pictures.copy(view, title));
    }

    /** What the last picture export wrote where, as its confirmation said. */
    public String lastWritten() {
        return lastWritten;
    }

    /** Whether pictures are written at twice the screen size (the default) or at its size. */
    public BooleanProperty picturesAtTwiceProperty() {
        return pictures.twiceProperty();
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Path file, Write write) {
        try {
            write.run();
        } catch (IOException e) {
            session.reportWriteProblem(file, e);
        }
    }

    private void quit() {
        if (session.canClose()) {
            Platform.exit();
        }
    }
}
