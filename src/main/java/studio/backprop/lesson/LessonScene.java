package studio.backprop.lesson;

import java.util.Objects;

/**
 * One scene of a lesson.
 *
 * @param title   its heading, as the scene list shows it
 * @param setUp   what the window shows when the scene opens
 * @param action  what starts once it is shown; {@link SceneAction#NONE} for nothing
 * @param caption a few sentences with inline math between dollar signs, paragraphs apart by a blank line
 */
public record LessonScene(String title, SetUp setUp, SceneAction action, String caption) {

    public LessonScene {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(setUp, "set-up");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(caption, "caption");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a scene needs a title");
        }
        CaptionText.requireBalanced(caption);
    }
}
