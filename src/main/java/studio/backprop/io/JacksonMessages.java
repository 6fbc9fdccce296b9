package studio.backprop.io;

/**
 * Jackson's parse messages are good about what is wrong but talk to developers in places: feature
 * names in backquotes, "[Source: ...]" locations. This keeps the part a user can act on.
 */
final class JacksonMessages {
    private JacksonMessages() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String m = message.lines().findFirst().orElse("").strip();
        m = m.replaceAll("\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)");
        m = m.replaceAll(":? *enable `[^`]*` to allow", "");
        m = m.replaceAll(" *\\(not recognized as one since Feature '[^']*' not enabled for parser\\)",
                " (comments are not allowed in JSON)");
        m = m.replaceAll(", from `[^`]*`", "");
        m = m.replaceAll(" *\\[Source: [^\\]]*\\]", "");
        // Anything still in backquotes names Java code; drop it rather than show it.
        m = m.replaceAll(" *\\([^()]*`[^`]*`[^()]*\\)", "").replaceAll("`[^`]*`", "").strip();
        return m.isEmpty() ? "unreadable content" : m;
    }
}
