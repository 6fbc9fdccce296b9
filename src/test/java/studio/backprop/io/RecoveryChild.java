package studio.backprop.io;

import java.nio.file.Path;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.model.SavedExperiment;
import studio.backprop.engine.WeightInit;
import studio.backprop.training.LossRecord;

/** A session in a JVM of its own that writes its copy and then waits to be killed, as a crash would end it. */
public final class RecoveryChild {
    private RecoveryChild() {
    }

    /** The chapter's example trained 123 iterations: the work the session had not saved. */
    static SavedExperiment work() {
        Experiment e = Experiment.chapter();
        Trainer t = e.start();
        t.iterate(123);
        return new SavedExperiment(t.network(), e.initial(), e.data(), e.learningRate(), t.iteration(), "chapter",
                WeightInit.chapter(), e.optimizer(), null, LossRecord.EMPTY);
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore.Slot slot = new RecoveryStore(Path.of(args[0])).open();
        slot.write(work(), "chapter, iteration 123");
        System.out.println("written");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
