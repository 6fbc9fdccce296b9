package studio.backprop.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.lesson.Lesson;
import studio.backprop.lesson.LessonScene;
import studio.backprop.lesson.LessonText;
import studio.backprop.model.SavedExperiment;

/**
 * Lessons as Markdown files ({@link LessonText}), read and checked whole: every scene's set-up, and every
 * experiment file a scene opens (relative to the lesson), so that a bad scene is refused with one line naming
 * it and nothing half-opens. Written atomically.
 */
public final class LessonFile {
    /** What {@code --lesson} takes for the lesson the app ships with. */
    public static final String BUILTIN = "builtin";
    private static final String BUILTIN_RESOURCE = "/studio/backprop/lesson/chapter-in-twelve-scenes.md";

    private LessonFile() {
    }

    public static OpenedLesson read(Path file) throws InputException {
        String name = TextFile.name(file);
        Lesson lesson;
        try {
            lesson = LessonText.parse(TextFile.read(file));
        } catch (IllegalArgumentException e) {
            throw new InputException(name, e.getMessage());
        }
        return opened(lesson, file, name);
    }

    /** "The chapter in twelve scenes", as the app ships it. */
    public static OpenedLesson builtin() {
        try (InputStream in = LessonFile.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + BUILTIN_RESOURCE + " is missing");
            }
            return opened(LessonText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), null, "built-in");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e); // it opens presets only
        }
    }

    /** Atomic: a failure leaves the old file as it was. */
    public static void write(Lesson lesson, Path file) throws IOException {
        AtomicWrite.write(file, LessonText.write(lesson));
    }

    /** Each scene's start, or a refusal naming the first scene that cannot open. */
    private static OpenedLesson opened(Lesson lesson, Path file, String name) throws InputException {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        List<SavedExperiment> starts = new ArrayList<>();
        for (LessonScene scene : lesson.scenes()) {
            String where = "scene " + (starts.size() + 1) + " (\"" + scene.title() + "\")";
            try {
                starts.add(SceneStarts.of(scene.setUp(), folder));
            } catch (InputException e) {
                throw new InputException(name, where + ": experiment " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new InputException(name, where + ": " + e.getMessage());
            }
        }
        return new OpenedLesson(lesson, file, starts);
    }
}
