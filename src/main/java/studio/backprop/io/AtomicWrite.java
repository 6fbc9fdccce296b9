package studio.backprop.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once, so a crash or a full disk mid-save leaves either the old
 * file or the new one, never half of each.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it over {@code target}. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), () -> { });
    }

    /** The same for bytes (a PNG, say). */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, () -> { });
    }

    /** Runs between the write and the move: where a test makes a save fail half way. */
    @FunctionalInterface
    interface BeforeMove {
        void run() throws IOException;
    }

    static void write(Path target, String text, BeforeMove beforeMove) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), beforeMove);
    }

    static void write(Path target, byte[] bytes, BeforeMove beforeMove) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Same directory: a rename is only atomic within one file system. Not Files.createTempFile,
        // whose owner-only permissions would stick to the saved file.
        Path tmp = dir.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(bytes));
                out.force(true); // on disk before the rename, so a power cut leaves the old file or the new
            }
            beforeMove.run();
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
