package io.papyri.local.pdf.internal;

/**
 * A word of a line: its text and horizontal extent, and the style most of its characters are set in.
 *
 * @param text   the word's text, never empty and without spaces
 * @param x0     the left edge
 * @param x1     the right edge
 * @param font   the base name of the word's main font
 * @param size   the main font size
 * @param bold   whether the word is bold
 * @param italic whether the word is italic
 * @param weight how many characters vote for this word's style (raised and lowered scripts do not)
 */
public record Word(String text, float x0, float x1, String font, float size, boolean bold, boolean italic,
                   int weight) {

    /**
     * The same word with other text, as when a hyphenated word is joined with its rest.
     *
     * @param newText the text
     * @param right   the new right edge
     * @return the changed word
     */
    public Word withText(String newText, float right) {
        return new Word(newText, x0, Math.max(x1, right), font, size, bold, italic, weight);
    }
}
