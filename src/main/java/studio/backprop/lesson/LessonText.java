package studio.backprop.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson as Markdown, readable and writable by hand: a title line {@code # Title}, perhaps notes, then
 * each scene as a heading {@code ## Scene title}, an optional front block fenced as {@code ```set-up}
 * with one {@code key: value} a line ({@link SetUpText}), and the caption: the paragraphs up to the next
 * scene, with inline math between dollar signs. Anything that cannot be read is refused with one line
 * naming the scene, the line and the problem.
 */
public final class LessonText {
    static final String FENCE = "```set-up";

    private LessonText() {
    }

    /** @throws IllegalArgumentException naming the line, the scene and the problem */
    public static Lesson parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int k = 0;
        while (k < lines.length && lines[k].isBlank()) {
            k++;
        }
        if (k == lines.length || !lines[k].startsWith("# ")) {
            throw new IllegalArgumentException("line " + (k + 1) + ": a lesson begins with its title, \"# Title\"");
        }
        String title = lines[k].substring(2).strip();
        List<String> introduction = new ArrayList<>();
        for (k++; k < lines.length && !lines[k].startsWith("## "); k++) {
            introduction.add(lines[k]);
        }
        List<LessonScene> scenes = new ArrayList<>();
        while (k < lines.length) {
            int start = k;
            String heading = lines[k].substring(3).strip();
            int end = k + 1;
            while (end < lines.length && !lines[end].startsWith("## ")) {
                end++;
            }
            scenes.add(scene(lines, start, end, heading, scenes.size() + 1));
            k = end;
        }
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one scene, a heading \"## Scene title\"");
        }
        return new Lesson(title, paragraphs(introduction), scenes);
    }

    /** Scene {@code number} from its heading at {@code start} up to {@code end}. */
    private static LessonScene scene(String[] lines, int start, int end, String heading, int number) {
        String where = "scene " + number + " (\"" + heading + "\")";
        int k = start + 1;
        while (k < end && lines[k].isBlank()) {
            k++;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int[] lineOf = {start + 1};
        try {
            if (k < end && lines[k].strip().equals(FENCE)) {
                lineOf[0] = k + 1;
                k = block(lines, k + 1, end, values, keyLines, lineOf);
                lineOf[0] = start + 1;
            }
            List<String> caption = new ArrayList<>();
            for (; k < end; k++) {
                if (lines[k].strip().startsWith("```")) {
                    throw new IllegalArgumentException(lines[k].strip().equals(FENCE)
                            ? "the set-up block comes right after the scene's heading"
                            : "a caption holds no code block");
                }
                caption.add(lines[k]);
            }
            SetUpText.Block block = SetUpText.read(values);
            return new LessonScene(heading, block.setUp(), block.action(), paragraphs(caption));
        } catch (IllegalArgumentException e) {
            int line = e instanceof SetUpText.BadKey bad ? keyLines.get(bad.key) : lineOf[0];
            throw new IllegalArgumentException("line " + line + ", " + where + ": " + e.getMessage(), e);
        }
    }

    /** Reads the block's lines into {@code values}; returns the line after its closing fence. */
    private static int block(String[] lines, int k, int end, Map<String, String> values, Map<String, Integer> keyLines,
                             int[] lineOf) {
        for (; k < end; k++) {
            String line = lines[k].strip();
            lineOf[0] = k + 1;
            if (line.equals("```")) {
                return k + 1;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("\"" + line + "\" is not a line \"key: value\"");
            }
            String key = line.substring(0, colon).strip();
            if (values.put(key, line.substring(colon + 1).strip()) != null) {
                throw new IllegalArgumentException(key + " is given twice");
            }
            keyLines.put(key, k + 1);
        }
        throw new IllegalArgumentException("the set-up block is not closed by a line ```");
    }

    /** Lines as paragraphs: each one line, apart by one blank line, nothing before or after. */
    private static String paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder now = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!now.isEmpty()) {
                    paragraphs.add(now.toString());
                    now.setLength(0);
                }
            } else {
                now.append(now.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (!now.isEmpty()) {
            paragraphs.add(now.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** The lesson as {@link #parse} reads it: a paragraph a line, only what each set-up says. */
    public static String write(Lesson lesson) {
        StringBuilder out = new StringBuilder("# ").append(lesson.title()).append("\n\n");
        if (!lesson.introduction().isEmpty()) {
            out.append(lesson.introduction()).append("\n\n");
        }
        for (LessonScene scene : lesson.scenes()) {
            out.append("## ").append(scene.title()).append("\n\n");
            List<String> block = SetUpText.lines(scene.setUp(), scene.action());
            if (!block.isEmpty()) {
                out.append(FENCE).append('\n');
                block.forEach(line -> out.append(line).append('\n'));
                out.append("```\n\n");
            }
            if (!scene.caption().isEmpty()) {
                out.append(scene.caption()).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }
}
