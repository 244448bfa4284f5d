/** The events contract over HTTP: resources implementing the generated interfaces, the server-sent-events stream, and mapping to the models. */
package org.tracseq.events.api;
