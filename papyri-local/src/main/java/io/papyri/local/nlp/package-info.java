/**
 * Natural-language tools that run in process: sentence splitting with Apache OpenNLP.
 */
package io.papyri.local.nlp;
