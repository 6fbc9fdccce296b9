package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Network;
import studio.backprop.io.Columns;
import studio.backprop.io.DataFile;
import studio.backprop.io.InputException;
import studio.backprop.io.NetworkFile;

/**
 * {@code --network} and {@code --data}, each defaulting to the chapter's example; apart from the
 * learning rate so that a command with no use for one (gradcheck) does not accept it.
 */
final class ModelFiles {
    @Option(names = "--network", paramLabel = "FILE",
            description = "Initial weights as JSON (default: the chapter's 1-4-2-1 network).")
    private Path network;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Training points as CSV, one column per input then one per output: x,y for one of each,"
                    + " x1,x2,y for two inputs (default: the chapter's five points).")
    private Path data;

    /** True when a network or data file replaces the chapter's. */
    boolean custom() {
        return network != null || data != null;
    }

    /** The option given, for messages: "--network" or "--data" (null when neither). */
    String given() {
        return network != null ? "--network" : data != null ? "--data" : null;
    }

    private String dataRead;

    /** "chapter example" or the files' names. */
    String describe() {
        if (!custom()) {
            return "chapter example";
        }
        return (network == null ? "chapter network" : network.getFileName().toString()) + ", "
                + (data == null ? "chapter data" : data.getFileName().toString());
    }

    /** @throws InputException the file is missing or malformed */
    Network network() throws InputException {
        return network == null ? ChapterExample.network() : NetworkFile.read(network);
    }

    /**
     * The points, read in the network's columns: {@code x,y} for the chapter's, {@code x1,x2,y} for two
     * inputs.
     *
     * @throws InputException the file is missing or malformed, or its columns do not fit the network
     */
    DataSet data(Network network) throws InputException {
        return data(new Columns(network.architecture().inputs(), network.architecture().outputs()));
    }

    /** The points, read in these columns. */
    DataSet data(Columns columns) throws InputException {
        if (data == null) {
            if (!columns.equals(Columns.CHAPTER)) {
                throw new UsageException("--data", "is needed: the network reads " + columns.describe()
                        + ", the chapter's points 1 input and 1 output (give a CSV file of columns "
                        + columns.header(",") + ")");
            }
            return ChapterExample.data();
        }
        DataFile.Imported read = DataFile.readDescribed(data, columns);
        dataRead = read.describe(data);
        return read.data();
    }

    /** How the data file was read, once it was; empty for the chapter's data. */
    java.util.Optional<String> dataRead() {
        return java.util.Optional.ofNullable(dataRead);
    }
}
