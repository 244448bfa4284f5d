package org.tracseq.sequencing.domain;

/**
 * SS-1: v1 is the IEM-style sheet ({@code [Header] [Reads] [Settings] [Data]}) that bcl2fastq and
 * BCL Convert read; v2 is BCL Convert's ({@code FileFormatVersion,2}, {@code [BCLConvert_Settings]},
 * {@code [BCLConvert_Data]}), the only one NextSeq 1000/2000 and NovaSeq X take.
 */
public enum SampleSheetVersion {
    V1,
    V2
}
