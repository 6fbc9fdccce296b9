package studio.backprop;

import java.util.Collections;
import studio.backprop.engine.Activation;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;

/** Networks and experiments several tests share. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The chapter's weights with a linear activation on every layer. */
    public static Network linearChapterNetwork() {
        return ChapterExample.network().withActivations(Collections.nCopies(3, Activation.LINEAR));
    }

    /** The linear network at a learning rate of 10: it diverges within a few iterations. */
    public static Experiment diverging() {
        return new Experiment(linearChapterNetwork(), ChapterExample.data(), 10);
    }
}
