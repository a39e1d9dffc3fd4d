package io.papyri.core.clean.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRepairTest {

    @Test
    void expandsLigaturesAndDropsInvisibleCharacters() {
        assertThat(TextRepair.repair("ﬁne e\u00ADxample\u200B of ﬂow")).isEqualTo("fine example of flow");
    }

    @Test
    void restoresQuartzBrokenFfLigatureOnlyInsideWords() {
        assertThat(TextRepair.repair("di↵erent O↵sets")).isEqualTo("different Offsets");
        assertThat(TextRepair.repair("press ↵ to continue")).isEqualTo("press ↵ to continue");
    }
}
