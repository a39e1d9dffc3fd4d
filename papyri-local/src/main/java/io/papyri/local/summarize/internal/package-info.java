/**
 * The pieces the local summarizer is built from: a paper's outline and section roles, the surface
 * shape of a sentence, and TF-IDF vectors. Not for use outside this module.
 */
package io.papyri.local.summarize.internal;
