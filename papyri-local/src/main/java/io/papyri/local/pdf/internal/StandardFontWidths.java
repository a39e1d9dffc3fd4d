package io.papyri.local.pdf.internal;

import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Gives non-embedded standard fonts the glyph widths their PDF left out.
 *
 * <p>Old producers (dvips with PostScript fonts) reference {@code Times-Roman} without embedding it
 * and without a {@code /Widths} array, but with a custom encoding. PDFBox then, like Acrobat, does
 * not treat the font as a standard 14 font and measures glyphs with whatever substitute font the
 * machine has, so every glyph after the first of a text run lands in the wrong place and words come
 * out scrambled ({@code compressedinsgeansnd}). Writing the Adobe metrics of the named font into
 * the font dictionary, in memory only, before the page is read puts the glyphs back where the
 * producer set them.
 */
public final class StandardFontWidths {

    /** Forms nest rarely deeper than this; deeper nesting is left alone. */
    private static final int MAX_FORM_DEPTH = 4;

    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Fixes the fonts of one page's resources and of the forms it draws.
     *
     * @param resources the page's resources, may be {@code null}
     */
    public void supply(PDResources resources) {
        supply(resources, 0);
    }

    private void supply(PDResources resources, int depth) {
        if (resources == null || depth > MAX_FORM_DEPTH || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            try {
                supply(resources.getFont(name));
            } catch (IOException | RuntimeException e) {
                // a font that cannot be loaded is reported, if at all, when the page uses it
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    continue;
                }
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    supply(form.getResources(), depth + 1);
                }
            } catch (IOException | RuntimeException e) {
                // a broken form is reported, if at all, when the page draws it
            }
        }
    }

    private void supply(PDFont font) {
        if (!(font instanceof PDSimpleFont simple) || font.isEmbedded() || font.isStandard14()) {
            return;
        }
        COSDictionary dict = font.getCOSObject();
        if (!seen.add(dict) || dict.containsKey(COSName.WIDTHS) || font.getName() == null
                || !COSName.TYPE1.equals(dict.getCOSName(COSName.SUBTYPE))) {
            return;
        }
        Standard14Fonts.FontName standard = Standard14Fonts.getMappedFontName(font.getName());
        FontMetrics metrics = standard == null ? null : Standard14Fonts.getAFM(standard.getName());
        Encoding encoding = simple.getEncoding();
        if (metrics == null || encoding == null) {
            return;
        }
        COSArray widths = new COSArray();
        for (int code = 0; code < 256; code++) {
            String glyph = encoding.getName(code);
            float width = glyph == null || ".notdef".equals(glyph) ? 0f : metrics.getCharacterWidth(glyph);
            widths.add(new COSFloat(width));
        }
        dict.setItem(COSName.FIRST_CHAR, COSInteger.get(0));
        dict.setItem(COSName.LAST_CHAR, COSInteger.get(255));
        dict.setItem(COSName.WIDTHS, widths);
    }
}
