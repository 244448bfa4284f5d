package org.tracseq.otherfixture;

/** Another "service" the fixture reaches into. */
public class OtherService {}
