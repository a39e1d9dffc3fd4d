/**
 * The arXiv source: search with arXiv's query syntax, page through results lazily, read every
 * field of arXiv's Atom feed, and download PDFs safely, all within arXiv's terms of use (one
 * request every three seconds per host, across the whole process).
 *
 * <p>Start with {@link io.papyri.core.arxiv.ArxivSource}; it is also the {@code arxiv}
 * {@link io.papyri.api.spi.PaperSource} provider ({@link io.papyri.core.arxiv.ArxivSourceProvider}).
 * Build queries with {@link io.papyri.core.arxiv.ArxivQuery} and
 * {@link io.papyri.core.arxiv.ArxivSearch}; ids are {@link io.papyri.core.arxiv.ArxivId}.
 */
package io.papyri.core.arxiv;
