/** The storage API: JAX-RS resources implementing the contract (openapi/storage.yaml), request checks and mapping. */
package org.tracseq.storage.api;
