package studio.backprop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Gradient;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Trainer;
import studio.backprop.io.AtomicWrite;
import studio.backprop.io.InputException;
import studio.backprop.teaching.WorkedExampleDocument;

/** Trains N iterations, then shows every number of the next one, as the chapter's worked example does. */
@Command(name = "explain", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Shows every number of one iteration: forward pass, backpropagation, expansion, update.")
final class ExplainCommand implements Callable<Integer> {
    private final PrintStream out;

    @Mixin
    private ExperimentOptions experiment;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "0", converter = Converters.Iterations.class,
            description = "Iterations to run first; the one after them is explained (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--json", description = "The whole iteration as one JSON object, numbers in full precision.")
    private boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ExplainFormat.Converter.class,
            description = "text, or a handout to print: markdown or latex (a complete document) (default: ${DEFAULT-VALUE}).")
    private ExplainFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Writes to FILE (replaced whole, never left half written) instead of the output stream.")
    private Path output;

    ExplainCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Experiment setup = experiment.experiment();
        Trainer descent = setup.start();
        descent.iterate(iterations);
        IterationTrace trace = IterationTrace.next(descent);
        int points = descent.data().size();
        String text = json ? JsonFormat.line(json(trace)) + "\n" : switch (format) {
            case TEXT -> String.join("\n", ExplainText.of(trace, points)) + "\n";
            case MARKDOWN -> WorkedExampleDocument.markdown(trace, WorkedExampleDocument.DIGITS, points);
            case LATEX -> WorkedExampleDocument.latex(trace, WorkedExampleDocument.DIGITS, points);
        };
        if (output == null) {
            out.print(text);
        } else {
            write(output, text);
        }
        return 0;
    }

    private void checkOptions() {
        if (json && format != ExplainFormat.TEXT) {
            throw new UsageException("--json", "cannot be combined with --format " + format.id());
        }
    }

    private static void write(Path file, String text) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), "is a folder, not a file");
        }
        try {
            AtomicWrite.write(file, text);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e.getMessage() == null ? "input/output error" : e.getMessage();
            throw new InputException(file.toString(), "cannot be written: " + reason);
        }
    }

    static ObjectNode json(IterationTrace trace) {
        Architecture arch = trace.before().architecture();
        ObjectNode root = JsonFormat.object();
        root.put("iteration", trace.iteration());
        root.put("lr", trace.learningRate());
        if (arch.features() != null) {
            ArrayNode names = root.putArray("features");
            arch.features().list().forEach(f -> names.add(f.id()));
        }
        ArrayNode points = root.putArray("points");
        for (PointTrace point : trace.points()) {
            ObjectNode p = points.addObject();
            p.set("x", scalarOrVector(point.x()));
            if (arch.features() != null) {
                // x is what the input layer holds, h_0; the point's own inputs go beside it.
                p.set("input", scalarOrVector(point.input()));
            }
            p.set("y", scalarOrVector(point.y()));
            ArrayNode layers = p.putArray("layers");
            for (int l = 1; l <= arch.depth(); l++) {
                LayerTrace layer = point.layer(l);
                ObjectNode node = layers.addObject();
                node.set("sigma", JsonFormat.vector(layer.sigma()));
                node.set("h", JsonFormat.vector(layer.h()));
                node.set("dRSS_dh", JsonFormat.vector(layer.dRssDh()));
                node.set("dRSS_db", JsonFormat.vector(layer.dRssDb()));
                node.set("dRSS_dA", JsonFormat.matrix(layer.dRssDa(), arch.size(l)));
            }
        }
        Gradient gradient = trace.gradient();
        ArrayNode summed = root.putObject("gradient").putArray("layers");
        for (int l = 1; l <= arch.depth(); l++) {
            ObjectNode node = summed.addObject();
            node.set("dRSS_db", JsonFormat.vector(gradient.db(l)));
            node.set("dRSS_dA", JsonFormat.matrix(gradient.dA(l), arch.size(l)));
        }
        root.putObject("updated").set("layers", JsonFormat.layers(trace.updated()));
        return root;
    }

    /** The chapter's data is 1-D: a point's x and y are plain numbers then. */
    private static JsonNode scalarOrVector(double[] values) {
        return values.length == 1 ? DoubleNode.valueOf(values[0]) : JsonFormat.vector(values);
    }
}
