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
    void theSpiralsEdgesAreHairlinesWhileTrainingRunsAndStrokedAtTheirWidthsWhenPaused() {
        int edges = new Layout(studio.backprop.engine.Presets.get("spiral").architecture(), 640, 380, 1).edges.size();

        assertTrue(edges > Painter.BATCHED_EDGES_RUNNING && edges <= Painter.BATCHED_EDGES, edges + " edges");
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
        assertFalse(new Layout(CHAPTER, 640, 380, 1).dense);
    }

    @Test
    void layersTooTallForTheirValuesAreDrawnAsSmallDiscsWithoutPlates() {
        for (Architecture wide : new Architecture[] {DEEP, Architecture.sigmoid(1, 32, 32, 32, 1),
            Architecture.sigmoid(1, 12, 12, 1)}) {
            Layout layout = new Layout(wide, 640, 380, 1);
            assertTrue(layout.dense, wide.describe());
            assertTrue(layout.neuron(1, 0).radius() <= 3.5, wide.describe() + " discs of " + layout.neuron(1, 0).radius());
        }
        assertFalse(new Layout(Architecture.sigmoid(1, 8, 8, 8, 1), 958, 381, 1).dense, "eight a column still read");
    }
}
