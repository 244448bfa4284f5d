/** The public API document ({@code /api/openapi}) and its browsable view ({@code /api/docs}). */
package org.tracseq.gateway.docs;
