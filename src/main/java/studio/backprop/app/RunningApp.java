package studio.backprop.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import studio.backprop.io.AtomicWrite;
import studio.backprop.io.RecoveryStore;

/**
 * One window for the files opened from the desktop: the first app to start listens on the loopback
 * address and notes its port in a file; a later start with a file to open hands the file over to it
 * and ends, so that the running window opens it (asking about unsaved work first, as File > Open does).
 * A token in the note keeps other programs from opening files in the app.
 */
final class RunningApp {
    private static final int TIMEOUT_MS = 2000;
    private final Path note;

    /** @param note where the running app notes its port and token, e.g. ~/.local/share/backprop-studio/running */
    RunningApp(Path note) {
        this.note = note;
    }

    /** The note beside the recovery copies, in the user's application-data folder. */
    static RunningApp forUser() {
        return new RunningApp(RecoveryStore.defaultFolder().resolveSibling("running"));
    }

    /** @return true when an app already running took the file; false when there is none to take it */
    boolean handOver(Path file) {
        try {
            List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(lines.get(0))), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                        StandardCharsets.UTF_8), true);
                out.println(lines.get(1));
                out.println(file.toAbsolutePath());
                return "opened".equals(reader(socket).readLine());
            }
        } catch (IOException | RuntimeException e) {
            return false; // no app running, or one that ended without removing its note
        }
    }

    /**
     * Takes the files later starts hand over, each to {@code open}, on a daemon thread (nothing here
     * delays the window) until the JVM ends. Should the note not be written, every start simply opens
     * a window of its own.
     */
    void listen(Consumer<Path> open) {
        Thread thread = new Thread(() -> {
            try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
                byte[] secret = new byte[16];
                new SecureRandom().nextBytes(secret);
                String token = HexFormat.of().formatHex(secret);
                Files.createDirectories(note.getParent());
                // Whole or not at all: a start reading it meanwhile never sees half a note.
                AtomicWrite.write(note, server.getLocalPort() + "\n" + token + "\n");
                serve(server, token, open);
            } catch (IOException e) {
                // Only the hand-over is lost.
            }
        }, "running-app");
        thread.setDaemon(true);
        thread.start();
    }

    private static void serve(ServerSocket server, String token, Consumer<Path> open) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = reader(socket);
                if (token.equals(in.readLine())) {
                    String file = in.readLine();
                    if (file != null) {
                        open.accept(Path.of(file));
                        Writer reply = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                        reply.write("opened\n");
                        reply.flush();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // One caller that went wrong; keep serving the next.
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }
}
