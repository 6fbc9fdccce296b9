package studio.backprop.ui.table;

/**
 * What the live run had at one of the table's iterations: its RSS and its predictions.
 *
 * @param predictions f(x) at every point, flat as the snapshot keeps them
 */
record Checkpoint(long iteration, double rss, double[] predictions) {
}
