package studio.backprop.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A lesson a teacher steps through with one key: scenes in order, each with a caption, a set-up and an
 * optional action. Pure content: where it was read from, and the experiments its scenes open, are kept by
 * whoever opened it.
 *
 * @param title        what the Lesson menu and the caption strip call it
 * @param introduction notes for the teacher before the first scene, "" when none (shown nowhere)
 * @param scenes       at least one
 */
public record Lesson(String title, String introduction, List<LessonScene> scenes) {

    public Lesson {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a lesson needs a title");
        }
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one scene");
        }
        scenes = List.copyOf(scenes);
    }

    /** Scene k, from 0. */
    public LessonScene scene(int k) {
        return scenes.get(k);
    }

    public int size() {
        return scenes.size();
    }

    /** The same lesson with one more scene at its end. */
    public Lesson with(LessonScene scene) {
        List<LessonScene> more = new java.util.ArrayList<>(scenes);
        more.add(scene);
        return new Lesson(title, introduction, more);
    }
}
