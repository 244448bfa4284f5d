/** The JAX-RS resources implementing openapi/library-prep.yaml: they map and delegate to the service layer. */
package org.tracseq.libraryprep.api;
