package org.tracseq.qaqc.domain;

import java.util.UUID;

/** How a request names its subject: by id (with its kind) or by barcode. */
public record SubjectRef(SubjectKind kind, UUID id, String barcode) {}
