/** The library-prep rules of DOMAIN.md (LB-1..LB-4) as plain Java: catalogue, molarity, dilution, plates. */
package org.tracseq.libraryprep.domain;
