/**
 * Sentence embeddings computed in process: an ONNX sentence-embedding model run by DJL's ONNX
 * Runtime engine with a HuggingFace tokenizer. MiniLM-L6-v2 ships on the class path; any other
 * model exported to ONNX (bge, e5, ...) is plugged in by path.
 */
package io.papyri.local.embed;
