package io.papyri.local.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FontFacesTest {

    @Test
    void stripsTheSubsetPrefix() {
        assertThat(FontFaces.baseName("ABCDEF+CMR10")).isEqualTo("CMR10");
        assertThat(FontFaces.baseName("Times-Roman")).isEqualTo("Times-Roman");
        assertThat(FontFaces.baseName("abcdef+Foo")).isEqualTo("abcdef+Foo");
        assertThat(FontFaces.baseName(null)).isEqualTo("unknown");
    }

    @Test
    void readsWeightAndSlantFromPostScriptAndTexNames() {
        assertFace("XORMUP+NimbusRomNo9L-Medi", true, false, false);
        assertFace("RRPAQA+NimbusRomNo9L-ReguItal", false, true, false);
        assertFace("Times-BoldItalic", true, true, false);
        assertFace("TimesNewRomanPS-BoldMT", true, false, false);
        assertFace("TimesNewRoman,Italic", false, true, false);
        assertFace("MinionPro-It", false, true, false);
        assertFace("ABCDEF+CMBX10", true, false, false);
        assertFace("ABCDEF+CMB10", true, false, false);
        assertFace("ABCDEF+SFBX1000", true, false, false);
        assertFace("ABCDEF+CMTI10", false, true, false);
        assertFace("ABCDEF+CMR10", false, false, false);
        assertFace("ABCDEF+LMRoman10-Regular", false, false, false);
    }

    @Test
    void knowsMathFontsAndNeverCallsThemItalic() {
        assertFace("ABCDEF+CMMI10", false, false, true);
        assertFace("ABCDEF+CMSY10", false, false, true);
        assertFace("ABCDEF+MSBM10", false, false, true); // blackboard bold is not bold text
        assertFace("Cambria Math", false, false, true);
        assertFace("Symbol", false, false, true);
    }

    @Test
    void usesTheDescriptorWhenTheNameSaysNothing() {
        PDFontDescriptor heavy = new PDFontDescriptor(new org.apache.pdfbox.cos.COSDictionary());
        heavy.setFontWeight(700);
        PDFontDescriptor slanted = new PDFontDescriptor(new org.apache.pdfbox.cos.COSDictionary());
        slanted.setItalic(true);

        assertThat(FontFaces.describe("Foo", heavy).bold()).isTrue();
        assertThat(FontFaces.describe("Foo", slanted).italic()).isTrue();
        assertThat(FontFaces.describe("ABCDEF+CMSY10", slanted).italic()).isFalse();
    }

    private static void assertFace(String name, boolean bold, boolean italic, boolean math) {
        FontFace face = FontFaces.describe(name, null);
        assertThat(face.bold()).as("bold %s", name).isEqualTo(bold);
        assertThat(face.italic()).as("italic %s", name).isEqualTo(italic);
        assertThat(face.math()).as("math %s", name).isEqualTo(math);
    }
}
