package studio.backprop.ui;

import javafx.scene.input.KeyCode;

/**
 * A view that handles some keys itself while it has the focus: the window's single-key shortcuts leave
 * those keys to it (the plot's Delete removes its selected point with a note if refused, and its Esc
 * ends a drag rather than the phase stepper).
 */
public interface ClaimsKeys {
    boolean claims(KeyCode code);
}
