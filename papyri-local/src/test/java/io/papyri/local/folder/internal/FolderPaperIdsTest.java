package io.papyri.local.folder.internal;

import io.papyri.api.PaperId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FolderPaperIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1706.03762.pdf                       | folder:1706.03762.pdf",
            "nlp/attention.PDF                    | folder:nlp/attention.PDF",
            "Deep Residual Learning.pdf           | folder:Deep_20Residual_20Learning.pdf",
            "my_notes/a-b.pdf                     | folder:my_5Fnotes/a-b.pdf",
            "odd..name.pdf                        | folder:odd._2Ename.pdf",
            "papers/Schrödinger 1926.pdf          | folder:papers/Schr_C3_B6dinger_201926.pdf",
    })
    void pathsBecomeReadableIdsThatTurnBackIntoThePath(String path, String expected) {
        PaperId id = FolderPaperIds.of(path);

        assertThat(id).hasToString(expected);
        assertThat(FolderPaperIds.relativePath(id)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(2019) survey.pdf", "_draft.pdf", "-x.pdf", "Über/Schrödinger.pdf"})
    void pathsThatCannotStartAnIdGetAStableDigestId(String path) {
        PaperId id = FolderPaperIds.of(path);

        assertThat(id.scheme()).isEqualTo("folder");
        assertThat(id.local()).matches("sha256-[0-9a-f]{64}");
        assertThat(FolderPaperIds.of(path)).isEqualTo(id);
        assertThat(FolderPaperIds.of(path + "x")).isNotEqualTo(id);
        assertThat(FolderPaperIds.relativePath(id)).as("only the index knows the path").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "folder:a/._2E/secret.pdf",          // a/../secret.pdf
            "folder:a/_2Ehidden.pdf",            // a hidden file
            "folder:a_5C_2E_2E_5Cb.pdf",         // backslashes
            "folder:a_00b.pdf",                  // NUL
            "folder:notes.txt",                  // not a PDF
            "folder:a_2Fb.pdf",                  // '/' written as an escape: not the canonical form
            "folder:a_zzb.pdf",                  // a broken escape
            "folder:a_FFb.pdf",                  // not UTF-8
            "arxiv:1706.03762",                  // another scheme
    })
    void idsThatNoPathGivesOutHaveNoPath(String id) {
        assertThat(FolderPaperIds.relativePath(PaperId.parse(id))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.pdf", "a/b/c.pdf", "x y/z.PDF"})
    void everyPathOfAListingIsSafe(String path) {
        assertThat(FolderPaperIds.isSafeRelativePath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../a.pdf", "a/../b.pdf", "./a.pdf", "a//b.pdf", "/a.pdf", "a\\b.pdf", ".a.pdf"})
    void pathsThatCouldLeaveTheFolderAreNotSafe(String path) {
        assertThat(FolderPaperIds.isSafeRelativePath(path)).isFalse();
    }
}
