package studio.backprop.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Variant;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.InputException;
import studio.backprop.io.OpenedLesson;
import studio.backprop.model.SavedExperiment;

/**
 * The options of the window itself (no subcommand): what to open, and {@code --screenshot} to render
 * it to a PNG without a display. Parsed before JavaFX starts, so bad options end with exit 2 and one
 * line, as for the subcommands.
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Opens Backprop Studio (with a subcommand train, explain, bench or gradcheck it runs headless).")
final class WindowCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})[xX](\\d{1,5})");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions files;

    @Option(names = "--compare", paramLabel = "KEY=V1,V2", converter = Comparison.Parser.class,
            description = "Opens on two to four runs side by side that differ in one setting, as train --compare.")
    private Comparison compare;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Render the window to this PNG without a display, then exit.")
    private Path screenshot;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "0", converter = Converters.Iterations.class,
            description = "Iterations to train first (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--open", paramLabel = "FILE",
            description = "Open a saved experiment and go on where it left off.")
    private Path open;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A saved experiment to open, as --open: how the installed app is given a file opened"
                    + " from the desktop.")
    private Path file;

    @Option(names = "--point", paramLabel = "K",
            description = "Select data point K (from 1) and show its worked example.")
    private Integer point;

    @Option(names = "--panel", paramLabel = "PANEL",
            description = "Open the side panels: experiment, worked (the worked example), both or none (default: "
                    + "worked with --point, otherwise none). Both need a window that leaves the views 40 em (about"
                    + " 1,550 pixels wide in normal mode, 2,210 presenting); in a narrower one the experiment panel"
                    + " stays, as when the panels are opened by hand.")
    private String panel;

    @Option(names = "--preset", paramLabel = "ID", completionCandidates = PresetIds.class,
            description = "Open a preset: ${COMPLETION-CANDIDATES}.")
    private String preset;

    @Option(names = "--lesson", paramLabel = "FILE",
            description = "Open a lesson (a Markdown file of scenes, or builtin: the chapter in twelve scenes);"
                    + " with --screenshot, a picture of the scene after its set-up.")
    private String lesson;

    @Option(names = "--scene", paramLabel = "K", description = "The lesson's scene to open at, from 1 (default 1).")
    private Integer scene;

    @Option(names = "--presentation", description = "Start in presentation mode: larger text, thicker lines.")
    private boolean presentation;

    @Option(names = "--measure", paramLabel = "SECONDS",
            description = "Check the speed in the window: rounds of the bench loop alone, then the window training"
                    + " at full speed for SECONDS; prints both rates and the frame rate, then exits.")
    private Integer measure;

    @Option(names = "--measure-startup",
            description = "Print the milliseconds from the JVM's start to the window's first frame, then exit.")
    private boolean measureStartup;

    private static final List<String> PANELS = List.of("experiment", "worked", "both", "none");

    private WindowOptions parsed;

    @Override
    public Integer call() throws InputException {
        if (file != null) {
            openFileArgument();
        }
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            throw new UsageException("--size", "\"" + size + "\" is not a size such as 1280x800");
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        if (width < 640 || height < 400 || width > 7680 || height > 4320) {
            throw new UsageException("--size", "must be between 640x400 and 7680x4320, got " + width + "x" + height);
        }
        if (open != null && files.custom()) {
            throw new UsageException("--open", "cannot be combined with --network, --data or --experiment");
        }
        if (preset != null && (open != null || files.custom())) {
            throw new UsageException("--preset", "cannot be combined with --open, --network, --data or --experiment");
        }
        if (preset != null && Presets.find(preset).isEmpty()) {
            throw new UsageException("--preset", "unknown preset \"" + preset + "\" (known: "
                    + String.join(", ", new PresetIds()) + ")");
        }
        if (measure != null && (measure < 1 || measure > 600)) {
            throw new UsageException("--measure", "must be between 1 and 600 seconds, got " + measure);
        }
        if (measure != null && screenshot != null) {
            throw new UsageException("--measure", "needs a real window and cannot be combined with --screenshot");
        }
        if (measureStartup && (screenshot != null || measure != null)) {
            throw new UsageException("--measure-startup", "times the window alone and cannot be combined with "
                    + (screenshot != null ? "--screenshot" : "--measure"));
        }
        if (measure != null && iterations > 0) {
            throw new UsageException("--measure", "times training from the start and cannot be combined with --iterations");
        }
        SavedExperiment saved = open == null ? null : ExperimentFile.read(open);
        Experiment experiment = saved != null ? saved.experiment()
                : preset != null ? Presets.get(preset).experiment() : files.experiment();
        int k = point == null ? 1 : point;
        if (k < 1 || k > experiment.data().size()) {
            throw new UsageException("--point", "must be between 1 and " + experiment.data().size()
                    + " (the number of data points), got " + k);
        }
        if (panel != null && !PANELS.contains(panel)) {
            throw new UsageException("--panel", "unknown panel \"" + panel + "\" (known: " + String.join(", ", PANELS)
                    + ")");
        }
        boolean worked = panel == null ? point != null : panel.equals("worked") || panel.equals("both");
        boolean experimentPanel = panel != null && (panel.equals("experiment") || panel.equals("both"));
        String title = saved != null ? open.getFileName().toString() : preset != null ? preset : files.describe();
        List<Variant> variants = compare == null ? List.of() : compare.variants(experiment);
        if (compare != null) {
            compare.runs(experiment); // each variant must train: refused here with one line
        }
        OpenedLesson opened = LessonOption.read(lesson, scene, iterations, point != null || open != null
                || preset != null || files.custom() || compare != null || measure != null);
        parsed = new WindowOptions(experiment, screenshot, iterations, width, height, title, presentation, saved,
                open, k - 1, worked, experimentPanel, preset, measure == null ? 0 : measure, variants, measureStartup,
                opened, scene == null ? 0 : scene - 1);
        return 0;
    }

    /** A file without an option is opened as with --open; a bare word that names no file was meant as a command. */
    private void openFileArgument() {
        String word = file.toString();
        if (!word.contains(".") && !word.contains(file.getFileSystem().getSeparator()) && !file.toFile().exists()) {
            throw new UnmatchedArgumentException(spec.commandLine(), List.of(word));
        }
        if (open != null) {
            throw new UsageException("--open", "cannot be combined with a file to open, " + word);
        }
        open = file;
    }

    /**
     * Parses the window's options. On {@code --help}/{@code --version} prints to out and returns empty with
     * exit code 0 in {@code exit[0]}; on bad input prints one line to err and returns empty with exit 2.
     */
    static Optional<WindowOptions> parse(String[] args, PrintStream out, PrintStream err, int[] exit) {
        // As a menu or a double-click starts the app: the chapter's example, without building picocli's model
        // of this command, which cost a quarter of a second of reflection before JavaFX could start.
        if (args.length == 0 || args.length == 1 && args[0].equals("--measure-startup")) {
            exit[0] = 0;
            return Optional.of(args.length == 0 ? WindowOptions.defaults() : WindowOptions.defaults().timingStartup());
        }
        return parsed(args, out, err, exit);
    }

    /** The command line as picocli reads it, whatever it is. */
    static Optional<WindowOptions> parsed(String[] args, PrintStream out, PrintStream err, int[] exit) {
        WindowCommand command = new WindowCommand();
        exit[0] = Cli.configure(new CommandLine(command), out, err).execute(args);
        return Optional.ofNullable(exit[0] == 0 ? command.parsed : null);
    }

    /** Every preset's id, for the help: the list grows with the presets. */
    static final class PresetIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Presets.all().stream().map(Preset::id).iterator();
        }
    }
}
