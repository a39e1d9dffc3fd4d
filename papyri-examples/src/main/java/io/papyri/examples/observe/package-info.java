/** What the web app and the worker share to be observed: Prometheus metrics of the JVM and of Papyri's stages. */
package io.papyri.examples.observe;
