package studio.backprop.ui.experiment;

/** The answer to "Save the changes?" before they would be lost. */
public enum SaveChoice {
    /** Save first (asking for a file if there is none), then go on. */
    SAVE,
    /** Go on and lose the changes. */
    DONT_SAVE,
    /** Do nothing: keep everything as it is. */
    CANCEL
}
