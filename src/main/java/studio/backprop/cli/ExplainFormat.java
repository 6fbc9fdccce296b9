package studio.backprop.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code explain} writes: the terminal's text, or a handout in Markdown or LaTeX. */
enum ExplainFormat {
    TEXT, MARKDOWN, LATEX;

    /** The name on the command line: {@code text}, {@code markdown}, {@code latex}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String known() {
        return Arrays.stream(values()).map(ExplainFormat::id).collect(Collectors.joining(", "));
    }

    /** Lower case only, as the other values on this command line ("sigmoid", ...). */
    static final class Converter implements ITypeConverter<ExplainFormat> {
        @Override
        public ExplainFormat convert(String text) {
            for (ExplainFormat format : values()) {
                if (format.id().equals(text.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("\"" + text + "\" is not a format (known: " + known() + ")");
        }
    }
}
