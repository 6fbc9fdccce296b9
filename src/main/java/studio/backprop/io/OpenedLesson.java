package studio.backprop.io;

import java.nio.file.Path;
import java.util.List;
import studio.backprop.lesson.Lesson;
import studio.backprop.model.SavedExperiment;

/**
 * A lesson read and checked whole, with what each scene opens before it trains to its iteration.
 *
 * @param lesson its scenes
 * @param file   where it was read from, or null for the built-in lesson
 * @param starts scene k's experiment with its settings applied, before its training
 */
public record OpenedLesson(Lesson lesson, Path file, List<SavedExperiment> starts) {

    public OpenedLesson {
        starts = List.copyOf(starts);
        if (starts.size() != lesson.size()) {
            throw new IllegalArgumentException(lesson.size() + " scenes, but " + starts.size() + " starts");
        }
    }

    /** The folder its experiment files are relative to; null for the built-in lesson. */
    public Path folder() {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /** "The chapter in twelve scenes", or the file's name when it is one. */
    public String name() {
        return file == null ? lesson.title() : TextFile.name(file);
    }
}
