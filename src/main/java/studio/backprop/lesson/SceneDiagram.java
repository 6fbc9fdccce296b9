package studio.backprop.lesson;

/** How the diagram panel draws the network: as a graph of neurons and edges, or as the chapter's matrices. */
public enum SceneDiagram {
    GRAPH, MATRICES;

    /** As a set-up writes it: "matrices". */
    public String id() {
        return Named.id(this);
    }
}
