/** The samples service as qaqc uses it: the platform's samples client, asked only for subjects the projections do not know yet. */
package org.tracseq.qaqc.client;
