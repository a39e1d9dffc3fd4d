/**
 * Turns a {@link io.papyri.api.Paper} into text for people and programs: JSON with stable field
 * names, Markdown, and plain text. Pick one by name with {@link io.papyri.core.render.PaperFormat}.
 */
package io.papyri.core.render;
