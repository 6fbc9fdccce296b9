package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The windows carry the app's icon, so the task bar and the window's corner show it. */
class WindowIconTest {

    @Test
    void theWindowShowsTheAppIconAtEverySizeItIsDrawnIn() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = started();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == AppIcon.SIZES.size());
            List<Image> icons = stage.getIcons();
            assertEquals(AppIcon.SIZES, icons.stream().map(i -> (int) i.getWidth()).toList());
            assertEquals(List.of(false, false, false, false, false, false),
                    icons.stream().map(Image::isError).toList());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aWindowTheAppOpensLaterShowsTheIconToo() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = started();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        Stage[] later = new Stage[1];
        FxRobot robot = new FxRobot();
        try {
            robot.interact(() -> {
                later[0] = new Stage();
                later[0].show();
            });
            assertEquals(AppIcon.SIZES, later[0].getIcons().stream().map(i -> (int) i.getWidth()).toList());
        } finally {
            robot.interact(later[0]::close);
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aWindowAlreadyOpenWhenTheIconArrivesGetsItToo() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage[] early = new Stage[1];
        FxRobot robot = new FxRobot();
        try {
            robot.interact(() -> {
                early[0] = new Stage();
                early[0].show();
                AppIcon.showOnEveryWindow(AppIcon.images());
            });
            assertEquals(AppIcon.SIZES, early[0].getIcons().stream().map(i -> (int) i.getWidth()).toList());
        } finally {
            robot.interact(early[0]::close);
        }
    }

    private static Application started() throws Exception {
        Application app = FxToolkit.setupApplication(BackpropStudioApp.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new FxRobot().lookup("#runPause").tryQuery()
                .isPresent());
        return app;
    }
}
