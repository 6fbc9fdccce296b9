package studio.backprop.ui.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.compare.CompareMenu;
import studio.backprop.ui.compare.Comparing;
import studio.backprop.ui.compare.RunsBar;
import studio.backprop.ui.controls.ThreadsMenu;
import studio.backprop.ui.controls.TrainingControls;
import studio.backprop.ui.diagram.NetworkDiagramView;
import studio.backprop.ui.experiment.AppMenuBar;
import studio.backprop.ui.experiment.ExperimentPanel;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.experiment.FileDialogs;
import studio.backprop.ui.lesson.CaptionStrip;
import studio.backprop.ui.lesson.LessonMenu;
import studio.backprop.ui.lesson.LessonPlayer;
import studio.backprop.ui.loss.LossHistoryView;
import studio.backprop.ui.map.OutputMapView;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.regression.RegressionView;
import studio.backprop.ui.status.DivergenceBanner;
import studio.backprop.ui.status.TrainingStatusBar;

/**
 * The whole window: controls on top, the live views side by side (by default the regression curve, the
 * network diagram and the loss history, from {@link StandardViews}), the status bar below. Built from
 * the studio model and the experiment session only.
 */
public final class MainWindow extends BorderPane {
    public static final String TITLE = "Backprop Studio";

    private final StudioModel model;
    private final StandardViews standard;
    private final TrainingControls controls;
    private final TrainingStatusBar status;
    private final FrameRateReadout frameRate;
    private final ToggleButton teach = new ToggleButton("Worked example");
    private final TeachingDrawer drawer;
    private final ViewDeck deck;
    private final SidePanels side;
    private final ExperimentSession session;
    private final ToggleButton experimentToggle = new ToggleButton("Experiment");
    private final AppMenuBar menus;
    private final LessonPlayer lessons;
    private final LessonMenu lessonMenu;
    private final CaptionStrip caption;

    public MainWindow(StudioModel model, ExperimentSession session) {
        this(model, session, List.of());
    }

    /** With {@code more} views after the standard ones, stacked on the right (for a view being tried out). */
    public MainWindow(StudioModel model, ExperimentSession session, List<StudioView> more) {
        this.model = model;
        this.session = session;
        getStyleClass().add("main-window");
        standard = new StandardViews(model, session.editor());
        List<StudioView> views = new ArrayList<>(standard.list());
        views.addAll(more);
        controls = new TrainingControls(model);
        status = new TrainingStatusBar(model);
        frameRate = new FrameRateReadout(model);

        deck = new ViewDeck(views, model.presentationProperty());
        // two inputs show the output map in the regression plot's place
        model.snapshotProperty().addListener((obs, old, s) -> {
            if (s != null && (old == null || old.data().inputs() != s.data().inputs())) {
                deck.showFirstAs(s.data().inputs() == 2 ? standard.mapEntry() : views.get(0));
            }
        });
        if (model.snapshotProperty().get() != null && model.snapshotProperty().get().data().inputs() == 2) {
            deck.showFirstAs(standard.mapEntry());
        }
        drawer = new TeachingDrawer(model);
        ScrollPane experimentSide = new ScrollPane();
        // Made when first shown, as the teaching drawer is: the first frame does not wait for it.
        experimentSide.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && experimentSide.getContent() == null) {
                experimentSide.setContent(new ExperimentPanel(session));
            }
        });
        experimentSide.setFitToWidth(true);
        experimentSide.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side = new SidePanels(deck, experimentSide, drawer, model.presentationProperty());
        StackPane center = new StackPane(side);
        status.getRightItems().add(0, frameRate);

        model.presentationProperty().addListener((obs, was, on) -> applyPresentation(on));

        teach.setId("teach");
        teach.setFocusTraversable(false);
        teach.setMinWidth(Region.USE_PREF_SIZE);
        teach.setTooltip(new Tooltip(Command.WORKED_EXAMPLE.tooltip("The chapter's worked example for the selected "
                + "point, its phase stepper (" + Command.NEXT_PHASE.key() + " / " + Command.PREVIOUS_PHASE.key()
                + ") and the gradient check")));
        teach.selectedProperty().bindBidirectional(side.drawerShownProperty());
        side.drawerShownProperty().addListener((obs, was, on) -> {
            if (!on) {
                drawer.worked().stop();
            }
        });
        experimentToggle.setId("experimentToggle");
        experimentToggle.setFocusTraversable(false);
        experimentToggle.setMinWidth(Region.USE_PREF_SIZE);
        experimentToggle.setTooltip(new Tooltip(Command.EXPERIMENT_PANEL.tooltip()));
        experimentToggle.selectedProperty().bindBidirectional(side.experimentShownProperty());
        // Presentation mode is in the View menu: a toggle set once per lesson needs no place in the toolbar.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        controls.getItems().addAll(gap, experimentToggle, teach);
        controls.getStyleClass().add("top-bar");
        menus = new AppMenuBar(session, model, () -> getScene().getWindow());
        Map<String, Node> exported = new LinkedHashMap<>();
        List<MenuItem> viewItems = new ArrayList<>(List.of(
                check(Command.EXPERIMENT_PANEL.tooltip("Experiment panel"), experimentToggle.selectedProperty()),
                check(Command.WORKED_EXAMPLE.tooltip("Worked example"), teach.selectedProperty()),
                check(Command.PRESENTATION.tooltip("Presentation mode"), model.presentationProperty()),
                new SeparatorMenuItem()));
        for (StudioView view : views) {
            if (exported.put(view.exportName(), view.view()) != null) {
                throw new IllegalArgumentException("two views are exported as \"" + view.exportName() + "\"");
            }
            view.toggles().forEach(t -> viewItems.add(check(t.label(), t.property())));
            if (view == views.get(0)) { // the map in its place: exported beside it
                exported.put(standard.mapEntry().exportName(), standard.map());
            }
        }
        viewItems.add(check(Command.FRAME_RATE.tooltip("Frame rate"), frameRate.visibleProperty()));
        viewItems.add(new ThreadsMenu(session.settings()::setTrainingThreads));
        menus.setViews(exported);
        deck.setOnCopyPicture(menus::copyPicture);
        menus.viewMenu().getItems().addAll(viewItems);
        Comparing comparing = new Comparing(model, session.editor());
        menus.getMenus().add(menus.getMenus().indexOf(menus.viewMenu()) + 1,
                new CompareMenu(model, comparing, () -> getScene().getWindow(),
                        message -> model.noticeProperty().set(message)));
        WindowLessonScreen screen = new WindowLessonScreen(deck, side, drawer, standard.diagram());
        lessons = new LessonPlayer(session, screen);
        lessonMenu = new LessonMenu(lessons, session, screen, FileDialogs.system(() -> getScene().getWindow()),
                message -> model.noticeProperty().set(message));
        menus.getMenus().add(menus.getMenus().indexOf(menus.viewMenu()) + 2, lessonMenu);
        setTop(new VBox(menus, controls, new RunsBar(model, comparing), new DivergenceBanner(model)));
        setCenter(center);
        caption = new CaptionStrip(lessons, model.presentationProperty());
        setBottom(new VBox(caption, status));
    }

    private static CheckMenuItem check(String text, BooleanProperty property) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.selectedProperty().bindBidirectional(property);
        return item;
    }

    /** Shows or hides the experiment panel (presets, layers, initial weights). */
    public void toggleExperiment() {
        experimentToggle.setSelected(!experimentToggle.isSelected());
    }

    /** The views and the panels beside them: where the keys go when nothing is being typed. */
    Node views() {
        return getCenter();
    }

    public ExperimentSession session() {
        return session;
    }

    public AppMenuBar menus() {
        return menus;
    }

    /** Shows or hides the worked example and gradient check beside the views. */
    public void toggleDrawer() {
        teach.setSelected(!teach.isSelected());
    }

    /** The views as they are arranged now. */
    ViewDeck deck() {
        return deck;
    }

    public TeachingDrawer drawer() {
        return drawer;
    }

    private void applyPresentation(boolean on) {
        if (on) {
            getStyleClass().add("presentation");
        } else {
            getStyleClass().remove("presentation");
        }
    }

    /** The lesson being given, if any: its scenes and the keys that turn them. */
    public LessonPlayer lessons() {
        return lessons;
    }

    /**
     * True when the lesson's scene shows whole: its set-up in every view, its caption's math and any worked
     * example typeset. For pictures of a scene.
     */
    public boolean lessonSettled() {
        return lessons.shownProperty().get() && caption.isSettled()
                && (!side.drawerShownProperty().get() || drawer.worked().isSettled() && drawer.table().isSettled());
    }

    public LessonMenu lessonMenu() {
        return lessonMenu;
    }

    public StudioModel model() {
        return model;
    }

    public RegressionView regression() {
        return standard.regression();
    }

    /** The output map, shown in the regression plot's place for two inputs. */
    public OutputMapView map() {
        return standard.map();
    }

    public NetworkDiagramView diagram() {
        return standard.diagram();
    }

    public LossHistoryView loss() {
        return standard.loss();
    }

    public TrainingControls controls() {
        return controls;
    }

    public TrainingStatusBar status() {
        return status;
    }

    public FrameRateReadout frameRate() {
        return frameRate;
    }
}
