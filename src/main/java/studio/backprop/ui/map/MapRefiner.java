package studio.backprop.ui.map;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Network;

/**
 * Computes a paused map's fine field off the FX thread, which meanwhile shows the coarse one: a fine
 * grid costs tens of milliseconds on a slow machine, too long for one frame. One request at a time;
 * a result for weights or data no longer shown is dropped by the view.
 */
final class MapRefiner {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "output-map-refiner");
        t.setDaemon(true);
        return t;
    });
    private Network asked;
    private DataSet askedData;

    /** Asks for the fine field of {@code network} over {@code data}, unless it is asked already; done on the FX thread. */
    void refine(Network network, DataSet data, int n, MapScale scale, Consumer<MapGrid> done) {
        if (network == asked && data.equals(askedData)) {
            return;
        }
        asked = network;
        askedData = data;
        WORKER.submit(() -> {
            MapGrid fine = MapGrid.evaluate(network, data, n, scale);
            Platform.runLater(() -> {
                asked = null; // a result dropped is asked for again at the next frame that wants it
                done.accept(fine);
            });
        });
    }
}
