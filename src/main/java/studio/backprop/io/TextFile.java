package studio.backprop.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user's text file, turning every way it can fail into an {@link InputException}. */
final class TextFile {
    /** Larger files are surely not a network or a data set for this app; refuse before reading them. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private TextFile() {
    }

    /** The name used in messages about a file's content: short, as the user sees it in a file chooser. */
    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /**
     * The file's text as a stream, decoded strictly as UTF-8 (a byte that is not throws a
     * {@link CharacterCodingException} as it is read) with a leading byte order mark dropped: for files
     * too large to hold twice, once as bytes and once as text.
     */
    static BufferedReader reader(Path path) throws InputException {
        String where = path.toString();
        try {
            checkSize(path, where);
            BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return in;
        } catch (CharacterCodingException e) {
            throw new InputException(name(path), "not a UTF-8 text file");
        } catch (IOException e) {
            throw unreadable(e, where);
        }
    }

    private static void checkSize(Path path, String where) throws IOException, InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(where, "is a folder, not a file");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new InputException(where, "too large: " + size + " bytes, more than the 50 MB limit");
        }
    }

    /** An I/O failure as one line naming the whole path: where the app looked is the point of the message. */
    static InputException unreadable(IOException e, String where) {
        if (e instanceof NoSuchFileException) {
            return new InputException(where, "not found");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(where, "cannot be read: permission denied");
        }
        return new InputException(where, "cannot be read: " + (e.getMessage() == null ? "input/output error"
                : e.getMessage()));
    }

    /** The file's text, decoded strictly as UTF-8 with a leading byte order mark dropped. */
    static String read(Path path) throws InputException {
        // I/O problems name the whole path: where the app looked is the point of the message.
        String where = path.toString();
        byte[] bytes;
        try {
            checkSize(path, where);
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(e, where);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name(path), "not a UTF-8 text file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
