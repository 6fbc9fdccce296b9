package studio.backprop.ui.experiment;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the menus ask for a file: an interface so tests can answer with paths instead of a dialog. */
public interface FileDialogs {
    /** The kinds of file the menus read and write; Save adds the first extension, Open takes them all. */
    enum Kind {
        // .bpstudio is the experiment's own type, which the installers open with the app; .json as before.
        EXPERIMENT("Backprop Studio experiments", "bpstudio", "json"),
        DATA("Data points (CSV)", "csv"),
        LOSS("Loss history (CSV)", "csv"),
        PNG("PNG images", "png"),
        LESSON("Lessons (Markdown)", "md");

        final String description;
        final List<String> extensions;

        Kind(String description, String... extensions) {
            this.description = description;
            this.extensions = List.of(extensions);
        }

        /** The name with this kind's first extension added when the user left off every one of them. */
        Path withExtension(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> name.endsWith("." + e)) ? path
                    : path.resolveSibling(path.getFileName() + "." + extensions.get(0));
        }

        /** What the system's dialog lists, e.g. "Backprop Studio experiments (*.bpstudio, *.json)". */
        FileChooser.ExtensionFilter filter() {
            List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
            return new FileChooser.ExtensionFilter(description + " (" + String.join(", ", patterns) + ")", patterns);
        }

        /** @param stem the name without extension, e.g. "sine" */
        String fileName(String stem) {
            return stem + "." + extensions.get(0);
        }
    }

    Optional<Path> open(String title, Kind kind);

    /** @param suggestedName the file name offered, e.g. "sine.bpstudio" */
    Optional<Path> save(String title, Kind kind, String suggestedName);

    Optional<Path> folder(String title);

    /** The system's own dialogs, opening in the folder used last. */
    static FileDialogs system(Supplier<Window> owner) {
        return new FileDialogs() {
            private File lastFolder;

            @Override
            public Optional<Path> open(String title, Kind kind) {
                return remember(chooser(title, kind).showOpenDialog(owner.get())).map(File::toPath);
            }

            @Override
            public Optional<Path> save(String title, Kind kind, String suggestedName) {
                FileChooser chooser = chooser(title, kind);
                chooser.setInitialFileName(suggestedName);
                return remember(chooser.showSaveDialog(owner.get())).map(f -> kind.withExtension(f.toPath()));
            }

            @Override
            public Optional<Path> folder(String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                chooser.setInitialDirectory(lastFolder);
                File chosen = chooser.showDialog(owner.get());
                if (chosen != null) {
                    lastFolder = chosen;
                }
                return Optional.ofNullable(chosen).map(File::toPath);
            }

            private FileChooser chooser(String title, Kind kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(kind.filter());
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                return chooser;
            }

            private Optional<File> remember(File chosen) {
                if (chosen != null) {
                    lastFolder = chosen.getParentFile();
                }
                return Optional.ofNullable(chosen);
            }
        };
    }
}
