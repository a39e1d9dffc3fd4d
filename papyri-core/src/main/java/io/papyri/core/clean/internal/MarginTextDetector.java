package io.papyri.core.clean.internal;

import java.util.List;

/**
 * Finds text outside the text block that the extractor kept because it does not repeat: a
 * conference footer under the first page, a running head on a single page. The text block's edges
 * come from {@link Typography}; above it only lines no larger than the body count, since a heading
 * at the top of a page may stand a little higher than the text.
 */
final class MarginTextDetector {

    private MarginTextDetector() {
    }

    static void detect(List<Line> lines, Typography type) {
        if (lines.isEmpty()) {
            return;
        }
        int firstPage = lines.get(0).page;
        double slack = 0.5 * type.pitch;
        for (Line line : lines) {
            if (line.role != Role.BODY) {
                continue;
            }
            boolean below = !Double.isNaN(type.textBottom) && line.y() > type.textBottom + slack;
            boolean above = !Double.isNaN(type.textTop) && line.page != firstPage && !line.bold()
                    && line.size() <= type.bodySize + 0.3 && line.bottom() < type.textTop - slack;
            if (below || above) {
                line.role = Role.MARGIN_TEXT;
            }
        }
    }
}
