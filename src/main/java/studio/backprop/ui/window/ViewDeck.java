package studio.backprop.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The live views, arranged for the room they have. With room, the first view fills the left half and the
 * others share the right half's height. Where the stacked views would be too short to read they take turns
 * as tabs on the right; where two columns would be too narrow, every view takes turns as a tab and the
 * one shown fills the place. Text never shrinks to fit: in presentation mode a view gets its place whole.
 * What counts as room is measured in the font's em, so presentation mode asks for more.
 */
final class ViewDeck extends StackPane {
    /** How the views share the place. */
    enum Arrangement { COLUMNS, COLUMNS_WITH_TABS, TABS }

    /** Below this width, in em, two columns are too narrow. */
    static final double COLUMNS_MIN_WIDTH = 60;
    /** Below this height per stacked view, in em, a stacked view is too short. */
    static final double STACKED_MIN_HEIGHT = 13;

    private final List<StudioView> entries;
    private final List<ViewPanel> panels = new ArrayList<>();
    /** The views shown, by their place in {@code entries}: all but those a lesson's scene leaves out. */
    private List<Integer> shown;
    private final BooleanProperty presentation;
    private final SplitPane columns = new SplitPane();
    private final SplitPane stack = new SplitPane();
    private final TabPane tabs = new TabPane();
    private Arrangement arrangement;
    private boolean pending;

    ViewDeck(List<StudioView> entries, BooleanProperty presentation) {
        this.entries = List.copyOf(entries);
        this.presentation = presentation;
        shown = java.util.stream.IntStream.range(0, entries.size()).boxed().toList();
        setId("viewDeck");
        for (StudioView entry : entries) {
            entry.view().presentationProperty().bind(presentation);
            panels.add(new ViewPanel(entry.title(), entry.view(), entry.options().toArray(Node[]::new)));
        }
        stack.setOrientation(Orientation.VERTICAL);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("view-tabs");
        setMinSize(0, 0);
        widthProperty().addListener((obs, was, now) -> later(false));
        heightProperty().addListener((obs, was, now) -> later(false));
        // Presentation mode changes the shares, and then (when the stylesheet applies) the em.
        presentation.addListener((obs, was, on) -> later(true));
        panels.get(0).captionFont().addListener((obs, was, now) -> later(true));
        arrange();
    }

    /**
     * Shows {@code entry} in the first view's place (the output map for two inputs, the regression plot
     * for one), with its title in a tab where the views take turns.
     */
    void showFirstAs(StudioView entry) {
        if (panels.get(0).view() == entry.view()) {
            return;
        }
        entry.view().presentationProperty().bind(presentation);
        panels.get(0).show(entry.title(), entry.view(), entry.options().toArray(Node[]::new));
        later(true);
    }

    /** What each view's "Copy picture" does. */
    void setOnCopyPicture(java.util.function.Consumer<Node> copy) {
        panels.forEach(panel -> panel.setOnCopyPicture(copy));
    }

    /** The font size the views' captions use: presentation mode's or the normal one. */
    private double em() {
        return panels.get(0).captionFont().get().getSize();
    }

    /**
     * Arranges after the pulse: the triggers fire during layout and the stylesheet's pass, which must not
     * see their scene graph change under them.
     *
     * @param afresh whether to arrange even if the arrangement stays (the shares changed)
     */
    private void later(boolean afresh) {
        if (afresh) {
            arrangement = null;
        }
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                arrange();
            });
        }
    }

    /**
     * The arrangement for a place of {@code width} by {@code height} pixels.
     *
     * @param shares the share of the right-hand height of each view after the first
     */
    static Arrangement arrangementFor(double width, double height, double em, double... shares) {
        if (shares.length > 0 && width < COLUMNS_MIN_WIDTH * em) {
            return Arrangement.TABS;
        }
        double total = 0;
        double least = Double.MAX_VALUE;
        for (double share : shares) {
            total += share;
            least = Math.min(least, share);
        }
        if (shares.length > 1 && height * least / total < STACKED_MIN_HEIGHT * em) {
            return Arrangement.COLUMNS_WITH_TABS;
        }
        return Arrangement.COLUMNS;
    }

    /** The share of the right-hand height of each view shown after the first, in the mode shown. */
    private double[] shares() {
        boolean on = presentation.get();
        return shown.subList(1, shown.size()).stream().map(entries::get)
                .mapToDouble(v -> on ? v.presentationShare() : v.share()).toArray();
    }

    /** Shows only the views at these places (at least one), in their order; the others wait out of sight. */
    void showOnly(java.util.Set<Integer> places) {
        List<Integer> next = shown(places);
        if (!next.equals(shown)) {
            shown = next;
            arrangement = null;
            arrange();
        }
    }

    private List<Integer> shown(java.util.Set<Integer> places) {
        List<Integer> next = places.stream().filter(k -> k >= 0 && k < entries.size()).sorted().toList();
        if (next.isEmpty()) {
            throw new IllegalArgumentException("at least one view is shown, not none of " + places);
        }
        return next;
    }

    /** The places of the views shown. */
    List<Integer> shownPlaces() {
        return shown;
    }

    private void arrange() {
        Arrangement next = getWidth() <= 0 ? Arrangement.COLUMNS
                : arrangementFor(getWidth(), getHeight(), em(), shares());
        if (next == arrangement) {
            return;
        }
        int selected = tabs.getSelectionModel().getSelectedIndex();
        List<ViewPanel> visible = shown.stream().map(panels::get).toList();
        arrangement = next;
        columns.getItems().clear();
        stack.getItems().clear();
        tabs.getTabs().forEach(t -> t.setContent(null));
        tabs.getTabs().clear();
        panels.forEach(p -> p.showCaption(next == Arrangement.COLUMNS));
        List<ViewPanel> rest = visible.subList(1, visible.size());
        switch (next) {
            case TABS -> {
                visible.forEach(p -> tabs.getTabs().add(tab(p)));
                getChildren().setAll(tabs);
            }
            case COLUMNS_WITH_TABS -> {
                visible.get(0).showCaption(true);
                rest.forEach(p -> tabs.getTabs().add(tab(p)));
                columns.getItems().setAll(visible.get(0), tabs);
                getChildren().setAll(columns);
            }
            case COLUMNS -> {
                if (visible.size() == 1) {
                    getChildren().setAll(visible.get(0));
                } else {
                    stack.getItems().setAll(rest);
                    stack.setDividerPositions(dividers());
                    columns.getItems().setAll(visible.get(0), stack);
                    getChildren().setAll(columns);
                }
            }
        }
        columns.setDividerPositions(0.5);
        if (selected > 0 && selected < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(selected);
        }
    }

    private Tab tab(ViewPanel panel) {
        Tab tab = new Tab(panel.caption(), panel);
        tab.setId("tab-" + panel.caption());
        return tab;
    }

    /** Where the dividers between stacked views go: after each view's share of the total. */
    private double[] dividers() {
        double[] shares = shares();
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double[] positions = new double[Math.max(0, shares.length - 1)];
        double sum = 0;
        for (int k = 0; k < positions.length; k++) {
            sum += shares[k];
            positions[k] = sum / total;
        }
        return positions;
    }

    Arrangement arrangement() {
        return arrangement;
    }

    /**
     * Shows the next view where views take turns as tabs.
     *
     * @return false when every view is shown already
     */
    boolean nextView() {
        if (arrangement == Arrangement.COLUMNS || tabs.getTabs().isEmpty()) {
            return false;
        }
        int next = (tabs.getSelectionModel().getSelectedIndex() + 1) % tabs.getTabs().size();
        tabs.getSelectionModel().select(next);
        return true;
    }
}
