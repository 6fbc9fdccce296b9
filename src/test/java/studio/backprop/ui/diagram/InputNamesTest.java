package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Features;

/** The diagram names its input neurons when there is more than one, by the features a network sees. */
class InputNamesTest {
    @Test
    void theChaptersSingleInputHasNoNameBesideItsCaption() {
        assertEquals(List.of(), InputNames.of(ChapterExample.network().architecture()));
    }

    @Test
    void twoInputsAreX1AndX2() {
        assertEquals(List.of("x1", "x2"), InputNames.of(Architecture.sigmoid(2, 4, 1)));
    }

    @Test
    void featuresAreNamedAsAClassWritesThem() {
        Architecture seeing = Architecture.sigmoid(7, 1).withFeatures(
                Features.parse("x1,x2,x1^2,x2^2,x1*x2,sin(pi*x1),sin(pi*x2)"));

        assertEquals(List.of("x1", "x2", "x1²", "x2²", "x1·x2", "sin πx1", "sin πx2"), InputNames.of(seeing));
    }

    @Test
    void featuresOfOneInputAreNamedToo() {
        Architecture seeing = Architecture.sigmoid(2, 1).withFeatures(Features.parse("x^3,sin(pi*x)"));

        assertEquals(List.of("x³", "sin πx"), InputNames.of(seeing));
    }
}
