package studio.backprop.ui.diagram;

/** How the diagram panel draws the network: neurons and edges, or the chapter's matrices A_l and b_l. */
public enum DiagramMode {
    GRAPH, MATRICES
}
