/** The samples contract over HTTP: resources implementing the generated interfaces map requests to the domain and delegate. */
package org.tracseq.samples.api;
