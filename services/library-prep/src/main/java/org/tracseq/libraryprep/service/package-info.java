/** The use cases: kits, libraries, plates and normalisations, each change in one transaction with its audit and event. */
package org.tracseq.libraryprep.service;
