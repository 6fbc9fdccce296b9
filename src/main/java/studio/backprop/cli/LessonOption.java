package studio.backprop.cli;

import java.nio.file.Path;
import studio.backprop.io.InputException;
import studio.backprop.io.LessonFile;
import studio.backprop.io.OpenedLesson;

/** {@code --lesson FILE|builtin [--scene K]}: read and checked before the window opens. */
final class LessonOption {
    private LessonOption() {
    }

    /**
     * @param iterations   {@code --iterations}, which a scene's set-up decides instead
     * @param otherOpening whether the command line also says what to open (a file, a preset, a point ...)
     * @return the lesson, or null without {@code --lesson}
     */
    static OpenedLesson read(String lesson, Integer scene, long iterations, boolean otherOpening)
            throws InputException {
        if (lesson == null) {
            if (scene != null) {
                throw new UsageException("--scene", "is a scene of a --lesson; give the lesson too");
            }
            return null;
        }
        if (otherOpening || iterations > 0) {
            throw new UsageException("--lesson", "each scene says what it opens and trains; it cannot be combined"
                    + " with --open, --preset, --network, --data, --experiment, --point, --compare, --measure or"
                    + " --iterations");
        }
        OpenedLesson opened = lesson.equals(LessonFile.BUILTIN) ? LessonFile.builtin() : LessonFile.read(Path.of(lesson));
        int size = opened.lesson().size();
        if (scene != null && (scene < 1 || scene > size)) {
            throw new UsageException("--scene", "the lesson has scenes 1 to " + size + ", got " + scene);
        }
        return opened;
    }
}
