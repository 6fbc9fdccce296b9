package studio.backprop.io;

import java.nio.file.Path;

/** Reads a data file in a JVM of its own, whose heap the test limits, and prints how many points it read. */
public final class BigCsvChild {
    private BigCsvChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(DataFile.read(Path.of(args[0])).size());
    }
}
