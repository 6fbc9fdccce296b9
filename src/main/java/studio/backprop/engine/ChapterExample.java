package studio.backprop.engine;

/**
 * The chapter's worked example: a 1-4-2-1 sigmoid network with hand-picked initial weights, five
 * points and alpha = 0.01. The default everywhere.
 */
public final class ChapterExample {
    public static final double LEARNING_RATE = 0.01;

    private ChapterExample() {
    }

    public static Network network() {
        return new Network(Architecture.sigmoid(1, 4, 2, 1),
                new double[][] {
                    {5, -5, 5, -5},
                    {10, 10, 0, 0, 0, 0, 10, 10},
                    {10, 10}},
                new double[][] {
                    {-0.75, 1.75, -3.25, 4.25},
                    {-12.5, -12.5},
                    {-2.5}});
    }

    public static DataSet data() {
        return DataSet.of1D(new double[] {0, 0.25, 0.5, 0.75, 1}, new double[] {0, 1, 0.5, 1, 0});
    }
}
