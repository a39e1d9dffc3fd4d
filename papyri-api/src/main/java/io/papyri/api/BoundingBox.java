package io.papyri.api;

/**
 * A rectangle on a page in PDF points, with the origin at the top-left corner and y growing down.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, never negative
 * @param height height, never negative
 */
public record BoundingBox(double x, double y, double width, double height) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param x left edge
     * @param y top edge
     * @param width width, never negative
     * @param height height, never negative
     */
    public BoundingBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A bounding box cannot have a negative size: " + width + "x" + height);
        }
    }

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the bottom edge */
    public double bottom() {
        return y + height;
    }

    /**
     * The smallest box holding this one and another.
     *
     * @param other the other box
     * @return their union
     */
    public BoundingBox union(BoundingBox other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new BoundingBox(left, top, Math.max(right(), other.right()) - left,
                Math.max(bottom(), other.bottom()) - top);
    }
}
