/**
 * Cutting papers into passages for retrieval: {@link io.papyri.core.index.PassageChunker} splits a
 * paper's paragraphs at sentence boundaries found by a {@link io.papyri.core.index.SentenceSplitter}.
 */
package io.papyri.core.index;
