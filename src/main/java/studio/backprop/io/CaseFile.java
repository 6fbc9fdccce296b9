package studio.backprop.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;

/**
 * The C yardstick's case format ({@code ../shared/bench/ref.c}): whitespace-separated tokens, '#' to
 * the end of a line a comment; {@code arch n0 n1 ... nK} first, then in any order {@code lr ALPHA},
 * {@code A<l>} with n_l x n_(l-1) values row-major, {@code b<l>} with n_l values, and {@code data P}
 * followed by P points of n0 x-values and nK y-values. Read so that {@code bench} times exactly what
 * the C program times, on the same files; every layer is a sigmoid, as there.
 */
public final class CaseFile {
    private final String source;
    private final List<String> tokens = new ArrayList<>();
    private int next;

    private CaseFile(String text, String source) {
        this.source = source;
        // A plain scan rather than a split with a pattern: bench reads 200 kB this way before it times anything.
        int n = text.length();
        int k = 0;
        while (k < n) {
            char c = text.charAt(k);
            if (c == '#') {
                while (k < n && text.charAt(k) != '\n') {
                    k++;
                }
            } else if (Character.isWhitespace(c)) {
                k++;
            } else {
                int start = k;
                while (k < n && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '#') {
                    k++;
                }
                tokens.add(text.substring(start, k));
            }
        }
    }

    public static Experiment read(Path path) throws InputException {
        try {
            return parse(Files.readString(path), TextFile.name(path));
        } catch (IOException e) {
            throw TextFile.unreadable(e, path.toString());
        }
    }

    /** A case shipped inside the application, such as {@code bench/big64.net}. */
    public static Experiment resource(String name) {
        try (InputStream in = CaseFile.class.getResourceAsStream("/studio/backprop/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException | InputException e) {
            throw new IllegalStateException("unreadable resource " + name + ": " + e.getMessage(), e);
        }
    }

    public static Experiment parse(String text, String source) throws InputException {
        return new CaseFile(text, source).experiment();
    }

    private Experiment experiment() throws InputException {
        if (!"arch".equals(peek())) {
            throw problem("must start with \"arch\" and the layer sizes");
        }
        next++;
        List<Integer> sizes = new ArrayList<>();
        while (next < tokens.size() && isWholeNumber(tokens.get(next))) {
            sizes.add(positive(tokens.get(next++), "a layer size"));
        }
        if (sizes.size() < 2) {
            throw problem("\"arch\" needs at least an input and an output size");
        }
        Architecture architecture = Architecture.sigmoid(sizes.stream().mapToInt(Integer::intValue).toArray());
        int depth = architecture.depth();
        Map<String, double[]> blocks = new HashMap<>();
        Double lr = null;
        DataSet data = null;
        while (next < tokens.size()) {
            String key = tokens.get(next++);
            int l = blockLayer(key);
            if (key.equals("lr")) {
                lr = number("lr");
            } else if (key.equals("data")) {
                data = data(architecture, positive(take("data"), "the number of points"));
            } else if (l >= 1 && l <= depth) {
                int count = architecture.size(l) * (key.charAt(0) == 'A' ? architecture.size(l - 1) : 1);
                double[] values = new double[count];
                for (int k = 0; k < count; k++) {
                    values[k] = number(key);
                }
                blocks.put(key, values);
            } else {
                throw problem("unknown keyword \"" + key + "\" (expected lr, data, A1..A" + depth + " or b1..b" + depth + ")");
            }
        }
        double[][] weights = new double[depth][];
        double[][] biases = new double[depth][];
        for (int l = 1; l <= depth; l++) {
            weights[l - 1] = required(blocks, "A" + l);
            biases[l - 1] = required(blocks, "b" + l);
        }
        if (lr == null || data == null) {
            throw problem(lr == null ? "no \"lr\"" : "no \"data\"");
        }
        try {
            return new Experiment(new Network(architecture, weights, biases), data, lr);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private DataSet data(Architecture architecture, int points) throws InputException {
        int inputs = architecture.inputs();
        int outputs = architecture.outputs();
        double[] x = new double[points * inputs];
        double[] y = new double[points * outputs];
        for (int p = 0; p < points; p++) {
            for (int k = 0; k < inputs; k++) {
                x[p * inputs + k] = number("data point", p + 1);
            }
            for (int k = 0; k < outputs; k++) {
                y[p * outputs + k] = number("data point", p + 1);
            }
        }
        return new DataSet(inputs, outputs, x, y);
    }

    /** Digits 0 to 9 only, as the C program reads them. */
    private static boolean isWholeNumber(String token) {
        return token.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The layer l a block's key A<l> or b<l> names; 0, which no layer has, for any other key or a number too
     * large to be one.
     */
    private static int blockLayer(String key) {
        if (key.length() < 2 || key.charAt(0) != 'A' && key.charAt(0) != 'b' || !isWholeNumber(key.substring(1))) {
            return 0;
        }
        try {
            return Integer.parseInt(key.substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private double[] required(Map<String, double[]> blocks, String key) throws InputException {
        double[] values = blocks.get(key);
        if (values == null) {
            throw problem("no \"" + key + "\"");
        }
        return values;
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private String take(String what) throws InputException {
        return take(what, 0);
    }

    /** The next token; {@code what}, and {@code point} when it is 1 or more, name it if there is none. */
    private String take(String what, int point) throws InputException {
        if (next >= tokens.size()) {
            throw problem("ends inside " + name(what, point));
        }
        return tokens.get(next++);
    }

    private double number(String what) throws InputException {
        return number(what, 0);
    }

    /**
     * The next token as a finite number. {@code what}, and {@code point} when it is 1 or more, name it in a
     * refusal, and are put together only then: bench reads ten thousand numbers before it times anything.
     */
    private double number(String what, int point) throws InputException {
        String token = take(what, point);
        try {
            double value = Double.parseDouble(token);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw problem(name(what, point) + ": \"" + token + "\" is not a finite number");
    }

    private static String name(String what, int point) {
        return point < 1 ? what : what + " " + point;
    }

    private int positive(String token, String what) throws InputException {
        try {
            int value = Integer.parseInt(token);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw problem(what + ": \"" + token + "\" is not a positive whole number");
    }

    private InputException problem(String message) {
        return new InputException(source, message);
    }
}
