import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Shrinks a browser-test screenshot for the docs: keeps the top maxHeight pixels and scales to width.
 * Usage: java scripts/dev/DocsScreenshots.java IN.png OUT.png WIDTH MAX_HEIGHT
 */
public class DocsScreenshots {
    public static void main(String[] args) throws Exception {
        BufferedImage in = ImageIO.read(new File(args[0]));
        int width = Integer.parseInt(args[2]);
        int maxHeight = Integer.parseInt(args[3]);
        BufferedImage top = in.getSubimage(0, 0, in.getWidth(), Math.min(in.getHeight(), maxHeight));
        double scale = Math.min(1.0, (double) width / top.getWidth());
        int w = (int) Math.round(top.getWidth() * scale);
        int h = (int) Math.round(top.getHeight() * scale);
        // Downscale in halving steps for a sharp result.
        BufferedImage current = top;
        while (current.getWidth() / 2 >= w) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        ImageIO.write(resize(current, w, h), "png", new File(args[1]));
    }

    private static BufferedImage resize(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
