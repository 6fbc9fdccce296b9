package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import studio.backprop.engine.Architecture;

/** A network too big to read edge by edge is drawn cheaply, and the chapter's is drawn as before. */
class BigNetworkDrawingTest {
    private static final Architecture CHAPTER = Architecture.sigmoid(1, 4, 2, 1);
    private static final Architecture DEEP = Architecture.sigmoid(1, 32, 32, 32, 32, 32, 32, 32, 32, 1);

    @Test
    void eightHiddenLayersOf32HaveMoreEdgesThanAreStrokedOneByOne() {
        Layout deep = new Layout(DEEP, 640, 380, 1);
        assertEquals(7489, deep.edges.size());
        assertTrue(deep.edges.size() > Painter.BATCHED_EDGES);
    }

    @Test
    void theChaptersEdgesAreStrokedOneByOne() {
        assertTrue(new Layout(CHAPTER, 640, 380, 1).edges.size() <= Painter.BATCHED_EDGES);
    }

    @Test
    void thirtyTwoNeuronsAColumnShowNoValuesThatWouldPileIntoAWall() {
        assertFalse(new Layout(DEEP, 640, 380, 1).valuesApart);
    }

    @Test
    void theChaptersNeuronsShowTheirValues() {
        assertTrue(new Layout(CHAPTER, 640, 380, 1).valuesApart);
    }
}
