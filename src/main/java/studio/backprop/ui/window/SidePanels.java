package studio.backprop.ui.window;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The views with the experiment panel on their left and the worked example on their right, each shown or
 * hidden. The views keep a minimum width: where both panels would squeeze them below it, opening one panel
 * closes the other. A panel keeps its width in pixels when the window is resized.
 */
final class SidePanels extends SplitPane {
    /** The views' minimum width, in em. */
    static final double VIEWS_MIN_WIDTH = 40;
    /** The experiment panel's width, in em. */
    static final double EXPERIMENT_WIDTH = 24;
    /** The worked example's share of the window's width, and its least width in em. */
    static final double DRAWER_SHARE = 0.42;
    static final double DRAWER_MIN_WIDTH = 30;

    private final Node views;
    private final Region experiment;
    private final Region drawer;
    private final BooleanProperty presentation;
    private final BooleanProperty experimentShown = new SimpleBooleanProperty(this, "experimentShown");
    private final BooleanProperty drawerShown = new SimpleBooleanProperty(this, "drawerShown");
    /** The panel opened last: the one that stays when the window becomes too narrow for both. */
    private BooleanProperty openedLast = drawerShown;

    SidePanels(Node views, Region experiment, Region drawer, BooleanProperty presentation) {
        super(views);
        this.views = views;
        this.experiment = experiment;
        this.drawer = drawer;
        this.presentation = presentation;
        setId("sidePanels");
        for (Region panel : new Region[] {experiment, drawer}) {
            panel.setMinWidth(0);
            SplitPane.setResizableWithParent(panel, false);
        }
        experimentShown.addListener((obs, was, on) -> show(on, drawerShown));
        drawerShown.addListener((obs, was, on) -> show(on, experimentShown));
        widthProperty().addListener((obs, was, now) -> placeDividers());
        presentation.addListener((obs, was, on) -> placeDividers());
    }

    BooleanProperty experimentShownProperty() {
        return experimentShown;
    }

    BooleanProperty drawerShownProperty() {
        return drawerShown;
    }

    private double em() {
        return presentation.get() ? 20 : 14; // studio.css: .root and .main-window.presentation
    }

    private double experimentWidth() {
        return EXPERIMENT_WIDTH * em();
    }

    private double drawerWidth() {
        return Math.max(DRAWER_MIN_WIDTH * em(), DRAWER_SHARE * getWidth());
    }

    /** True when both panels fit beside views of their minimum width. */
    boolean bothFit() {
        return getWidth() - experimentWidth() - drawerWidth() >= VIEWS_MIN_WIDTH * em();
    }

    /** Opening a panel closes {@code other} where both would squeeze the views. */
    private void show(boolean on, BooleanProperty other) {
        if (on) {
            openedLast = other == experimentShown ? drawerShown : experimentShown;
        }
        if (on && other.get() && getWidth() > 0 && !bothFit()) {
            other.set(false);
        }
        if (experimentShown.get() && !getItems().contains(experiment)) {
            getItems().add(0, experiment);
        } else if (!experimentShown.get()) {
            getItems().remove(experiment);
        }
        if (drawerShown.get() && !getItems().contains(drawer)) {
            getItems().add(drawer);
        } else if (!drawerShown.get()) {
            getItems().remove(drawer);
        }
        placeDividers();
    }

    private void placeDividers() {
        double width = getWidth();
        if (width <= 0) {
            return;
        }
        if (experimentShown.get() && drawerShown.get() && !bothFit()) {
            // Too narrow for both (a window made smaller, or both asked for at the start): the last one stays.
            (openedLast == drawerShown ? experimentShown : drawerShown).set(false);
            return;
        }
        int k = 0;
        if (experimentShown.get()) {
            setDividerPosition(k++, experimentWidth() / width);
        }
        if (drawerShown.get()) {
            setDividerPosition(k, 1 - drawerWidth() / width);
        }
    }

    /** The views' place, between the panels. */
    Node views() {
        return views;
    }
}
