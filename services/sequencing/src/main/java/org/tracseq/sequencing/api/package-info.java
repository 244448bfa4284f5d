/** The sequencing contract over HTTP: resources implementing the generated interfaces, and mapping to its models. */
package org.tracseq.sequencing.api;
