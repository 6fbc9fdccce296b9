package studio.backprop.ui.worked;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath on one background thread (JLaTeXMath is not thread-safe, and a few
 * milliseconds a formula times a dozen formulas would stall the FX thread) and keeps the images by
 * content, so that a formula whose numbers did not change is not typeset again. The lesson's captions
 * typeset their inline math here too.
 */
public final class FormulaRenderer {
    /** About 64 MB of images: a few iterations of a few points of a big network. */
    private static final long CACHE_PIXELS = 16_000_000;
    private static final FormulaRenderer SHARED = new FormulaRenderer();

    /** What to typeset: the LaTeX, its size in logical pixels, the output scale, the ink colour. */
    public record Key(String latex, double size, double scale, int argb) {
    }

    /**
     * A typeset formula: the image in device pixels and its size in logical pixels, how far it reaches below
     * its baseline (for a formula set in a line of text), or the parse error.
     */
    public record Result(Image image, double width, double height, double depth, String error) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formula-renderer");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Map<Key, Result> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;

    private FormulaRenderer() {
        // The first formula loads JLaTeXMath's fonts, about a second: do it before anyone waits for it.
        thread.execute(() -> typeset(new Key("x", 16, 1, 0xff000000)));
    }

    public static FormulaRenderer shared() {
        return SHARED;
    }

    /** The thread formulas are typeset on; the worked example also builds its trace there, in turn. */
    ExecutorService thread() {
        return thread;
    }

    /** The cached result, or null. */
    public synchronized Result cached(Key key) {
        return cache.get(key);
    }

    /**
     * Typesets on the background thread, unless the cache has it or {@code stillWanted} says no by the
     * time the thread gets to it (the result is then null).
     */
    public CompletableFuture<Result> render(Key key, BooleanSupplier stillWanted) {
        return CompletableFuture.supplyAsync(() -> {
            Result hit = cached(key);
            if (hit != null || !stillWanted.getAsBoolean()) {
                return hit;
            }
            Result r = typeset(key);
            remember(key, r);
            return r;
        }, thread);
    }

    private synchronized void remember(Key key, Result r) {
        Result old = cache.put(key, r);
        cachedPixels += pixels(r) - pixels(old);
        var eldest = cache.entrySet().iterator();
        while (cachedPixels > CACHE_PIXELS && cache.size() > 1) {
            cachedPixels -= pixels(eldest.next().getValue());
            eldest.remove();
        }
    }

    private static long pixels(Result r) {
        return r == null || r.image() == null ? 0 : (long) (r.image().getWidth() * r.image().getHeight());
    }

    private static Result typeset(Key key) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(key.latex()).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) key.size());
        } catch (RuntimeException e) { // ParseException and friends are unchecked
            return new Result(null, 0, 0, 0, String.valueOf(e.getMessage()));
        }
        int pad = (int) Math.ceil(key.size() / 6);
        icon.setInsets(new Insets(pad, pad, pad, pad));
        icon.setForeground(new Color(key.argb(), true));
        double s = key.scale();
        int w = Math.max(1, (int) Math.ceil(icon.getIconWidth() * s));
        int h = Math.max(1, (int) Math.ceil(icon.getIconHeight() * s));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(s, s);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return new Result(SwingFXUtils.toFXImage(img, null), w / s, h / s, icon.getIconDepth(), null);
    }
}
