package org.tracseq.barcodes.render;

/**
 * Draws a symbol as SVG: one path of unit squares in module coordinates, scaled by the viewBox to
 * the requested width. A linear symbol is its single row stretched to bars a quarter as tall as wide.
 */
public final class SvgWriter {
    private SvgWriter() {}

    public static String write(Symbol symbol, ImageSize size) {
        int width = size.width();
        int height = symbol.linear()
                ? Math.max(1, width / ImageSize.LINEAR_ASPECT)
                : Math.round((float) width * symbol.height() / symbol.width());
        StringBuilder svg = new StringBuilder(256 + symbol.width() * symbol.height() / 2)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append('"')
                .append(" viewBox=\"0 0 ")
                .append(symbol.width())
                .append(' ')
                .append(symbol.height())
                .append('"')
                .append(symbol.linear() ? " preserveAspectRatio=\"none\"" : "")
                .append(" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (int y = 0; y < symbol.height(); y++) {
            appendDarkRuns(symbol, y, svg);
        }
        return svg.append("\"/></svg>").toString();
    }

    /** One rectangle per run of dark modules in row {@code y}: far fewer shapes than one per module. */
    private static void appendDarkRuns(Symbol symbol, int y, StringBuilder path) {
        int x = 0;
        while (x < symbol.width()) {
            if (!symbol.isDark(x, y)) {
                x++;
                continue;
            }
            int start = x;
            while (x < symbol.width() && symbol.isDark(x, y)) {
                x++;
            }
            path.append('M')
                    .append(start)
                    .append(' ')
                    .append(y)
                    .append('h')
                    .append(x - start)
                    .append("v1h-")
                    .append(x - start)
                    .append('z');
        }
    }
}
