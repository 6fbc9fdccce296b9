package studio.backprop.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.GradientCheck.Entry;
import studio.backprop.engine.GradientCheck;
import studio.backprop.engine.Network;

/** Backpropagation's gradient beside a finite difference of RSS, weight by weight, the worst first. */
@Command(name = "gradcheck", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Compares every weight's backpropagated dRSS/dw with a centred finite difference of RSS.")
final class GradcheckCommand implements Callable<Integer> {
    /** Enough decimals to see where the two derivatives part: about 1e-12 apart when all is well. */
    private static final int DIGITS = 12;

    private final PrintStream out;

    @Mixin
    private ModelFiles files;

    @Option(names = "--json", description = "One JSON object, numbers in full precision.")
    private boolean json;

    @Mixin
    private TrainingFlags training;

    GradcheckCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Network network = files.network();
        Experiment setup = training.apply(new Experiment(network, files.data(network), ChapterExample.LEARNING_RATE));
        GradientCheck check = GradientCheck.of(network, setup.data(), setup.options());
        if (json) {
            out.println(JsonFormat.line(json(check)));
        } else {
            List<String> lines = text(check, network);
            if (!setup.options().isChapter()) {
                lines.add(1, "The loss is RSS over the " + setup.options().trainingPoints(setup.data())
                        + " points trained on" + (setup.options().penalty().isSet()
                        ? " plus the penalty (the biases carry none)" : "") + ".");
            }
            lines.forEach(out::println);
        }
        return 0;
    }

    static ObjectNode json(GradientCheck check) {
        ObjectNode root = JsonFormat.object();
        root.put("max_relative_error", check.maxRelativeError());
        ArrayNode weights = root.putArray("weights");
        for (Entry entry : check.entries()) {
            ObjectNode node = weights.addObject();
            node.put("layer", entry.layer());
            node.put("name", entry.name());
            node.put("backprop", entry.backprop());
            node.put("numeric", entry.numeric());
            node.put("relative_error", entry.relativeError());
        }
        return root;
    }

    static List<String> text(GradientCheck check, Network network) {
        TextFormat format = new TextFormat(DIGITS);
        List<String> names = new ArrayList<>(List.of("weight"));
        List<String> backprop = new ArrayList<>(List.of("backprop"));
        List<String> numeric = new ArrayList<>(List.of("numeric"));
        List<String> errors = new ArrayList<>(List.of("relative error"));
        for (Entry entry : check.entries()) {
            names.add(entry.name());
            backprop.add(format.number(entry.backprop()));
            numeric.add(format.number(entry.numeric()));
            errors.add(scientific(entry.relativeError()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Gradient check of the network " + network.architecture().describe()
                + ": dRSS/dw by backpropagation and by a five-point centred difference of RSS (step "
                + scientific(GradientCheck.STEP) + ")");
        lines.add("");
        lines.addAll(TextFormat.beside(names, rightAligned(backprop), rightAligned(numeric), rightAligned(errors)));
        lines.add("");
        double max = check.maxRelativeError();
        String verdict = max < GradientCheck.AGREEMENT ? "below " + scientific(GradientCheck.AGREEMENT) + ": they agree"
                : check.agrees() ? "but where it is larger both are within "
                        + scientific(GradientCheck.ABSOLUTE_AGREEMENT) + " of each other: they agree"
                : "not below " + scientific(GradientCheck.AGREEMENT) + ": they disagree";
        lines.add("Max relative error " + scientific(max)
                + (check.entries().isEmpty() ? "" : " (" + check.worst().name() + ")") + ", " + verdict);
        return lines;
    }

    /** "3.1e-11": the size is what matters in a relative error. */
    private static String scientific(double v) {
        return String.format(Locale.ROOT, "%.1e", v);
    }

    private static List<String> rightAligned(List<String> column) {
        int width = column.stream().mapToInt(String::length).max().orElse(0);
        return column.stream().map(s -> " ".repeat(width - s.length()) + s).toList();
    }
}
