/**
 * The local, extractive question answerer: finds the sentence of a paper that best answers a
 * question with the shared passage index (BM25 and sentence embeddings), returns a short span of it
 * or Yes/No, cites the paragraph it came from, and says "Unanswerable" when nothing in the paper
 * matches the question well enough. No model server is needed.
 */
package io.papyri.local.qa;
