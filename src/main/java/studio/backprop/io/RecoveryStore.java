package studio.backprop.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import studio.backprop.model.SavedExperiment;

/**
 * Copies of unsaved work, kept in the user's application-data folder while the app runs, so that a crash
 * or a pulled plug loses nothing. Each session keeps its own copy and holds a lock on its own lock file
 * for as long as it lives: a copy whose lock nobody holds was left by a session that ended without
 * closing, and only such copies are offered back. Several windows, or several crashed sessions, never
 * take each other's.
 */
public final class RecoveryStore {
    private static final String COPY = ".bpstudio";
    private static final String ABOUT = ".about";
    private static final String LOCK = ".lock";
    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** Where a desktop app keeps such things: %APPDATA%, ~/Library/Application Support, or $XDG_DATA_HOME. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path data;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            data = Path.of(System.getenv("APPDATA"));
        } else if (os.contains("mac")) {
            data = home.resolve("Library").resolve("Application Support");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        }
        return data.resolve("backprop-studio").resolve("recovery");
    }

    /**
     * The store the app uses: in {@link #defaultFolder()}, or in the folder the system property
     * {@code backprop.recovery} names; none when it says {@code off} (the tests, which start whole apps).
     */
    public static java.util.Optional<RecoveryStore> configured() {
        String folder = System.getProperty("backprop.recovery");
        if ("off".equals(folder)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RecoveryStore(folder == null ? defaultFolder() : Path.of(folder)));
    }

    /** Starts this session's copy, empty until the first write; the lock says the session is alive. */
    public Slot open() throws IOException {
        Files.createDirectories(folder);
        String id = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        FileChannel channel = FileChannel.open(folder.resolve(id + LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("cannot lock " + folder.resolve(id + LOCK));
        }
        return new Slot(id, channel, lock);
    }

    /** The copies that sessions which ended without closing left, newest first. */
    public List<Left> leftBehind() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Left> left = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            for (Path lock : all.stream().filter(f -> f.getFileName().toString().endsWith(LOCK)).toList()) {
                String id = lock.getFileName().toString().replace(LOCK, "");
                if (!Files.exists(folder.resolve(id + COPY)) && !alive(id)) {
                    delete(id); // a session that ended, with no work to offer: its lock file goes
                }
            }
            for (Path copy : all.stream().filter(f -> f.getFileName().toString().endsWith(COPY)).toList()) {
                String id = copy.getFileName().toString().replace(COPY, "");
                if (!alive(id)) {
                    left.add(new Left(id, copy, Files.getLastModifiedTime(copy).toInstant(), about(id)));
                }
            }
        } catch (IOException e) {
            return left; // a folder that cannot be listed holds nothing this session can offer
        }
        left.sort(Comparator.comparing(Left::savedAt).reversed());
        return left;
    }

    /** True when a live session, in this process or another, holds the copy's lock. */
    private boolean alive(String id) {
        Path lockFile = folder.resolve(id + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // another window of this process holds it
        } catch (IOException e) {
            return true; // cannot tell: leave it to its owner
        }
    }

    private String about(String id) {
        try {
            return Files.readString(folder.resolve(id + ABOUT), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private void delete(String id) {
        delete(id, COPY, ABOUT, LOCK);
    }

    private void delete(String id, String... kinds) {
        for (String kind : kinds) {
            try {
                Files.deleteIfExists(folder.resolve(id + kind));
            } catch (IOException e) {
                // left for the next start to offer again: never worse than losing it
            }
        }
    }

    /**
     * A copy a session left: when it was written and what it holds, in a line.
     *
     * @param about what the session said the work was, such as "sine.bpstudio, iteration 1,200"
     */
    public record Left(String id, Path copy, Instant savedAt, String about) {
        /** The work, as Save would have written it. */
        public SavedExperiment read() throws InputException {
            return ExperimentFile.read(copy);
        }
    }

    /** Deletes a copy once restored or discarded. */
    public void forget(Left copy) {
        delete(copy.id());
    }

    /** This session's copy. */
    public final class Slot implements AutoCloseable {
        private final String id;
        private final FileChannel channel;
        private final FileLock lock;

        private Slot(String id, FileChannel channel, FileLock lock) {
            this.id = id;
            this.channel = channel;
            this.lock = lock;
        }

        /** Writes the work atomically, as Save does, and a line saying what it is. */
        public void write(SavedExperiment work, String about) throws IOException {
            AtomicWrite.write(folder.resolve(id + ABOUT), about + "\n");
            ExperimentFile.write(work, folder.resolve(id + COPY));
        }

        /** The work was saved: nothing left to recover. */
        public void clear() {
            delete(id, COPY, ABOUT);
        }

        /** A clean close: the copy goes, and so does the lock. */
        @Override
        public void close() {
            clear();
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the process ends anyway, and its lock with it
            }
            delete(id);
        }
    }
}
