package studio.backprop.engine;

/**
 * A ready-made experiment.
 *
 * @param id      names it in files and on the command line ("chapter", "sine", ...)
 * @param title   for menus
 * @param teaches one line: what the user should notice while it trains
 * @param init    how its initial weights are drawn, seed included
 * @param sampling how a function preset samples its curve (points, noise, seed), or null for fixed data
 * @param accuracy the share of points it classifies rightly after its default run ({@link #RUN} iterations),
 *                 which {@code teaches} claims; NaN when its targets are not classes
 */
public record Preset(String id, String title, String teaches, Architecture architecture, WeightInit init,
                     DataSet data, double learningRate, Sampling sampling, double accuracy) {
    /** The iterations of a preset's default run, in which it shows what it teaches. */
    public static final int RUN = 20_000;

    /** A preset of fixed data. */
    public Preset(String id, String title, String teaches, Architecture architecture, WeightInit init, DataSet data,
                  double learningRate) {
        this(id, title, teaches, architecture, init, data, learningRate, null, Double.NaN);
    }

    /** A function preset: its data is its sampling's. */
    public Preset(String id, String title, String teaches, Architecture architecture, WeightInit init,
                  Sampling sampling, double learningRate) {
        this(id, title, teaches, architecture, init, sampling.data(), learningRate, sampling, Double.NaN);
    }

    /** A preset of classes sampled: it claims an accuracy. */
    public Preset(String id, String title, String teaches, Architecture architecture, WeightInit init,
                  Sampling sampling, double learningRate, double accuracy) {
        this(id, title, teaches, architecture, init, sampling.data(), learningRate, sampling, accuracy);
    }

    /** The experiment with the preset's own seed. */
    public Experiment experiment() {
        return new Experiment(init.draw(architecture), data, learningRate);
    }

    /** The experiment with initial weights drawn from another seed (the chapter's weights take none). */
    public Experiment experiment(long seed) {
        return new Experiment(init.withSeed(seed).draw(architecture), data, learningRate);
    }
}
