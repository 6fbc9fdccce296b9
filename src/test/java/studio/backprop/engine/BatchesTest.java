package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Stochastic gradient descent: batches of consecutive points, in data order or shuffled each epoch. */
class BatchesTest {
    private static final Network START = ChapterExample.network();
    private static final DataSet DATA = ChapterExample.data();
    /** Forty points: more than one tile of 32, so the sums cross tiles. */
    private static final DataSet FORTY = forty();

    private static DataSet forty() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int p = 0; p < 40; p++) {
            x[p] = p / 39.0;
            y[p] = Math.sin(3 * x[p]) * 0.4 + 0.5;
        }
        return DataSet.of1D(x, y);
    }

    private static Trainer sgd(DataSet data, TrainingOptions options, double alpha) {
        return new Experiment(START, data, alpha, OptimizerSpec.of("sgd", Map.of()), options).start();
    }

    @Test
    void aBatchAsLargeAsTheDataIsTheChaptersGradientDescentBitForBit() {
        for (DataSet data : List.of(DATA, FORTY)) {
            for (int size : new int[] {data.size(), data.size() + 3}) {
                Trainer batches = sgd(data, TrainingOptions.CHAPTER.withBatchSize(size), 0.01);
                Trainer chapter = new Experiment(START, data, 0.01).start();
                batches.iterate(300);
                chapter.iterate(300);
                assertEquals(chapter.network(), batches.network(), "batch size " + size);
                assertEquals(chapter.rss(), batches.rss(), 0.0);
            }
        }
    }

    @Test
    void batchesOfOneInDataOrderUpdateOnEachPointInTurn() {
        Trainer trainer = sgd(DATA, TrainingOptions.CHAPTER.withBatchSize(1), 0.5);
        double[] w = Updates.flat(START);
        for (int t = 0; t < 12; t++) {
            double[] g = Updates.gradient(Updates.network(START.architecture(), w), Updates.point(DATA, t % 5));
            for (int k = 0; k < w.length; k++) {
                w[k] -= 0.5 * g[k];
            }
            trainer.iterate();
        }
        assertArrayEquals(w, Updates.flat(trainer.network()), 0.0);
        assertEquals(new BatchPosition(2, 2), trainer.batchPosition());
    }

    @Test
    void aTraceOfTheFirstPointsInABatchIsNotTheChaptersFullBatch() {
        Trainer batches = sgd(DATA, TrainingOptions.CHAPTER.withBatchSize(2), 0.5);
        IterationTrace first = IterationTrace.next(batches);
        assertEquals(List.of(0, 1), first.batch());
        assertEquals(5, first.dataSize());
        assertEquals(false, first.isChapters());
        assertEquals(true, IterationTrace.next(Experiment.chapter().start()).isChapters());
    }

    @Test
    void theLastBatchOfAnEpochTakesWhatIsLeft() {
        Trainer trainer = sgd(DATA, TrainingOptions.CHAPTER.withBatchSize(2), 0.5);
        trainer.iterate(2);
        assertArrayEquals(new int[] {4}, trainer.nextBatch());
        trainer.iterate();
        assertArrayEquals(new int[] {0, 1}, trainer.nextBatch());
        assertEquals(new BatchPosition(1, 0), trainer.batchPosition());
    }

    @Test
    void aShuffleGivesEachEpochItsOwnOrderAndTheSameSeedTheSameOrders() {
        TrainingOptions shuffled = TrainingOptions.CHAPTER.withBatchSize(40).withShuffle(OptionalLong.of(7));
        List<int[]> first = orders(sgd(FORTY, shuffled, 0.01));
        List<int[]> again = orders(sgd(FORTY, shuffled, 0.01));
        List<int[]> other = orders(sgd(FORTY, shuffled.withShuffle(OptionalLong.of(8)), 0.01));

        for (int e = 0; e < first.size(); e++) {
            assertArrayEquals(first.get(e), again.get(e));
            int[] sorted = first.get(e).clone();
            Arrays.sort(sorted);
            assertArrayEquals(Batches.identity(40), sorted, "every epoch takes each point once");
        }
        assertNotEquals(Arrays.toString(first.get(0)), Arrays.toString(first.get(1)));
        assertNotEquals(Arrays.toString(first.get(0)), Arrays.toString(other.get(0)));
    }

    private static List<int[]> orders(Trainer trainer) {
        int[][] orders = new int[3][];
        for (int e = 0; e < 3; e++) {
            orders[e] = trainer.nextBatch();
            trainer.iterate();
        }
        return List.of(orders);
    }

    @Test
    void resumingFromABatchPositionGoesOnBitForBitAsNeverStopping() {
        for (String id : new String[] {"sgd", "momentum", "adam"}) {
            TrainingOptions options = TrainingOptions.CHAPTER.withBatchSize(3).withShuffle(OptionalLong.of(11));
            Experiment e = new Experiment(START, FORTY, 0.05, OptimizerSpec.of(id, Map.of()), options);
            Trainer straight = e.start();
            straight.iterate(17);
            Trainer resumed = e.resume(straight.network(), 17, straight.optimizer().memory(), straight.batchPosition());

            straight.iterate(40);
            resumed.iterate(40);

            assertEquals(straight.network(), resumed.network(), id);
        }
    }

    @Test
    void anUndoneDivergenceTakesTheBatchBackWithTheWeights() {
        // A linear network, whose output overflows once its weights are huge (a sigmoid's never does).
        Architecture linear = new Architecture(new int[] {1, 1, 1}, List.of(Activation.LINEAR, Activation.LINEAR));
        Network unit = new Network(linear, new double[][] {{1}, {1}}, new double[][] {{0}, {0}});
        Experiment e = new Experiment(unit, DATA, 0.001, OptimizerSpec.of("sgd", Map.of()),
                TrainingOptions.CHAPTER.withBatchSize(2).withShuffle(OptionalLong.of(3)));
        Trainer undone = e.start();
        Trainer straight = e.start();
        undone.iterate(2);
        straight.iterate(2);
        undone.setLearningRate(1e154);
        undone.iterateSafely(); // the epoch's last batch, kept: the next epoch begins, with its own order
        assertEquals(new BatchPosition(1, 0), undone.batchPosition());
        undone.iterateSafely(); // the loss overflows: the last update is undone
        undone.setLearningRate(0.001);

        assertEquals(straight.batchPosition(), undone.batchPosition());
        undone.iterate(9);
        straight.iterate(9);
        assertEquals(straight.network(), undone.network());
    }
}
