package io.papyri.local.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@link FontFace} of PDFBox fonts, once per font object of one document.
 *
 * <p>Scientific PDFs rarely fill in the descriptor's weight, so boldness and italics come mostly
 * from the font name: PostScript style names ({@code Times-BoldItalic}, {@code NimbusRomNo9L-Medi})
 * and TeX font names ({@code CMBX10}, {@code CMTI9}, {@code SFBX1000}). Not thread-safe: one per
 * extraction.
 */
public final class FontFaces {

    private static final String[] TEX_BOLD = {"cmbx", "cmb1", "cmssbx", "cmbsy", "cmmib", "sfbx", "sfrb", "sfbi", "sfsx", "sfbs", "sfsb", "ecbx", "ecrb", "ecbi"};
    private static final String[] TEX_ITALIC = {"cmti", "cmsl", "cmbxti", "cmbxsl", "cmitt", "cmssi",
        "sfti", "sfsl", "sfbi", "sfit", "sfsi", "ecti", "ecbi", "ecsl"};
    private static final String[] MATH = {"cmmi", "cmsy", "cmex", "cmbsy", "msam", "msbm", "eufm", "eusm",
        "eurm", "rsfs", "wasy", "stmary", "lmmath", "lmsy", "lmex", "newtxmi", "txmi", "txsy", "txex", "pxmi",
        "pxsy", "pxex", "symbol", "standardsym", "math", "mtextra", "mt extra", "euclid", "esint", "bbold",
        "dsrom", "fourier-math", "zxlr"};

    private final Map<PDFont, FontFace> faces = new IdentityHashMap<>();

    /**
     * The face of a font, read once and then remembered.
     *
     * @param font a PDFBox font, may be {@code null}
     * @return its face, never {@code null}
     */
    public FontFace of(PDFont font) {
        if (font == null) {
            return FontFace.UNKNOWN;
        }
        FontFace face = faces.get(font);
        if (face == null) {
            face = read(font);
            faces.put(font, face);
        }
        return face;
    }

    private static FontFace read(PDFont font) {
        return describe(font.getName(), font.getFontDescriptor());
    }

    /**
     * The face a font name and descriptor describe.
     *
     * @param fontName   the font's name as stored, subset prefix and all; may be {@code null}
     * @param descriptor the font descriptor, may be {@code null}
     * @return the face
     */
    static FontFace describe(String fontName, PDFontDescriptor descriptor) {
        String name = baseName(fontName);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean math = startsWithAny(lower, MATH) || lower.contains("math") || lower.contains("symbol");
        boolean bold = boldByName(lower);
        boolean italic = !math && italicByName(lower);
        float ascent = 0.75f;
        float descent = 0.22f;
        if (descriptor != null) {
            bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
            // the italic flag and angle are also set on slanted symbol fonts, which are not italic text
            italic |= !math && (descriptor.isItalic() || descriptor.getItalicAngle() < -4f);
            float a = descriptor.getAscent() / 1000f;
            float d = -descriptor.getDescent() / 1000f;
            ascent = a >= 0.55f && a <= 1.05f ? a : ascent;
            descent = d >= 0.08f && d <= 0.40f ? d : descent;
        }
        return new FontFace(name, bold, italic, math, ascent, descent);
    }

    /**
     * A font name without its subset prefix ({@code ABCDEF+CMR10} becomes {@code CMR10}).
     *
     * @param name the name as stored in the PDF, may be {@code null}
     * @return the base name, {@code unknown} when there is none
     */
    static String baseName(String name) {
        if (name == null || name.isBlank()) {
            return "unknown";
        }
        int plus = name.indexOf('+');
        if (plus == 6 && isSubsetTag(name)) {
            return name.substring(7);
        }
        return name;
    }

    private static boolean isSubsetTag(String name) {
        for (int i = 0; i < 6; i++) {
            char c = name.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean boldByName(String lower) {
        if (startsWithAny(lower, TEX_BOLD)) {
            return true;
        }
        if (lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                || lower.contains("semibold") || lower.contains("demibold") || lower.contains("medium")) {
            return true;
        }
        // style tokens after the family name: Times-Bd, NimbusRomNo9L-Medi, Minion-BdIt, Foo-B
        for (String token : styleTokens(lower)) {
            if (token.equals("b") || token.equals("bd") || token.equals("bx") || token.equals("sb")
                    || token.startsWith("medi") || token.startsWith("bdit") || token.equals("bi")
                    || token.equals("demi") || token.equals("semibd")) {
                return true;
            }
        }
        return false;
    }

    private static boolean italicByName(String lower) {
        if (startsWithAny(lower, TEX_ITALIC)) {
            return true;
        }
        if (lower.contains("italic") || lower.contains("oblique") || lower.contains("ital")
                || lower.contains("slanted")) {
            return true;
        }
        for (String token : styleTokens(lower)) {
            if (token.equals("it") || token.equals("i") || token.endsWith("it") && token.length() <= 6
                    || token.equals("obl") || token.equals("bi") || token.equals("sl")) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a font name after the family: {@code times-bolditalic} gives {@code bolditalic}. */
    private static String[] styleTokens(String lower) {
        int cut = -1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == ',' || c == '_') {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            return new String[0];
        }
        return lower.substring(cut + 1).split("[-,_ ]");
    }

    private static boolean startsWithAny(String lower, String[] prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
