package studio.backprop.engine;

/**
 * The sums over many points, the gradient's and the loss's, split into blocks of {@link #BLOCK} points so
 * that several threads can share them without changing one bit of the result.
 *
 * <p>Order of the sums: within a block, the points in data order, tile after tile (as a
 * one-point-at-a-time loop); each block's sums start from 0; the blocks' sums are added to the total in
 * block order, whichever thread computed them. So the result depends on the data and the block size alone,
 * never on the number of threads, and data of one block (the chapter's five points) gives exactly the sums
 * of a single loop over the points.
 *
 * <p>With T threads the blocks go in rounds of T, block r*T + t to worker t; after a round the calling
 * thread adds the round's sums in block order. Each worker keeps its own buffers; nothing allocates.
 */
final class PointBlocks implements Crew.Task {
    /** Points per block: a whole number of tiles, small enough to share 200 points among a few threads. */
    static final int BLOCK = 128;

    private final Architecture architecture;
    private final int tile;
    private Backprop[] workers;
    private double[] blockLoss;
    private Crew crew;

    // The sum in progress, read by every worker of a round.
    private double[][] a;
    private double[][] b;
    private double[] x;
    private double[] y;
    private int count;
    private int round;
    private boolean gradients;

    PointBlocks(Architecture architecture, int tile) {
        this.architecture = architecture;
        this.tile = tile;
        workers = new Backprop[] {new Backprop(architecture, tile)};
        blockLoss = new double[1];
    }

    /** The buffers of worker 0, for passes that need no sums (predictions). */
    Backprop first() {
        return workers[0];
    }

    /** Spreads the sums over {@code threads} threads (1: the calling thread alone). */
    void useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads == workers.length) {
            return;
        }
        Backprop[] more = new Backprop[threads];
        for (int t = 0; t < threads; t++) {
            more[t] = t < workers.length ? workers[t] : new Backprop(architecture, tile);
        }
        workers = more;
        blockLoss = new double[threads];
        crew = threads == 1 ? null : Crew.of(threads);
    }

    int threads() {
        return workers.length;
    }

    /**
     * Steps 1 to 3 for points 0 .. n-1 of x and y, their gradient written to gradA and gradB (whatever
     * these held); returns their loss.
     */
    double gradients(double[][] a, double[][] b, double[] x, double[] y, int n, double[][] gradA, double[][] gradB) {
        return sum(a, b, x, y, n, true, gradA, gradB);
    }

    /** The loss of points 0 .. n-1 (a forward pass over them), summed in the same order as {@link #gradients}. */
    double loss(double[][] a, double[][] b, double[] x, double[] y, int n) {
        return sum(a, b, x, y, n, false, null, null);
    }

    private double sum(double[][] a, double[][] b, double[] x, double[] y, int n, boolean gradients,
                       double[][] gradA, double[][] gradB) {
        this.a = a;
        this.b = b;
        this.x = x;
        this.y = y;
        this.count = n;
        this.gradients = gradients;
        int threads = workers.length;
        int blocks = (n + BLOCK - 1) / BLOCK;
        double loss = 0.0;
        if (gradients && n == 0) {
            new WeightArrays(gradA, gradB).clear();
        }
        for (round = 0; round * threads < blocks; round++) {
            int busy = Math.min(threads, blocks - round * threads);
            if (busy == 1) {
                run(0);
            } else {
                crew.run(this);
            }
            for (int t = 0; t < busy; t++) {
                loss += blockLoss[t];
                if (gradients) {
                    workers[t].sumsInto(gradA, gradB, round + t > 0);
                }
            }
        }
        this.a = null;
        this.b = null;
        this.x = null;
        this.y = null;
        return loss;
    }

    /** Worker t's block of the current round, if there is one. */
    @Override
    public void run(int t) {
        int first = (round * workers.length + t) * BLOCK;
        if (first >= count) {
            return;
        }
        Backprop pass = workers[t];
        int end = Math.min(first + BLOCK, count);
        double loss = 0.0;
        pass.clearSums();
        for (int from = first; from < end; from += tile) {
            pass.forward(a, b, x, from, Math.min(tile, end - from));
            loss = pass.loss(y, from, loss);
            if (gradients) {
                pass.backpropagate(a, y, from);
            }
        }
        blockLoss[t] = loss;
    }
}
