package studio.backprop.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A caption as runs of words and of inline math: math stands between dollar signs, as in the chapter's
 * source ("the loss $\textrm{RSS} = \sum (f(x) - y)^2$"); a dollar that is only a dollar is written {@code \$}.
 */
public final class CaptionText {
    /** A run of the caption: words, or the LaTeX of inline math. */
    public record Span(String text, boolean math) {
    }

    private CaptionText() {
    }

    /** The caption's paragraphs (apart by a blank line), each as its runs. */
    public static List<List<Span>> paragraphs(String caption) {
        List<List<Span>> all = new ArrayList<>();
        for (String paragraph : caption.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                all.add(runs(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")));
            }
        }
        return all;
    }

    /** The runs of one paragraph, in order; an unclosed dollar is refused. */
    public static List<Span> runs(String text) {
        List<Span> runs = new ArrayList<>();
        StringBuilder now = new StringBuilder();
        boolean math = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < text.length() && text.charAt(k + 1) == '$' && !math) {
                now.append('$');
                k++;
            } else if (c == '$') {
                if (math && now.toString().isBlank()) {
                    throw new IllegalArgumentException("the caption has empty math \"$$\"");
                }
                if (!now.isEmpty()) {
                    runs.add(new Span(now.toString(), math));
                }
                now.setLength(0);
                math = !math;
            } else {
                now.append(c);
            }
        }
        if (math) {
            throw new IllegalArgumentException("the caption opens math with a $ that no $ closes: \""
                    + text.substring(text.lastIndexOf('$'), Math.min(text.length(), text.lastIndexOf('$') + 30)) + "\"");
        }
        if (!now.isEmpty()) {
            runs.add(new Span(now.toString(), false));
        }
        return runs;
    }

    /** Refuses a caption whose math is not closed. */
    static void requireBalanced(String caption) {
        paragraphs(caption);
    }
}
