-- The protocols a lab starts with: our defaults, after each kit's reference guide (input mass of DNA
-- or total RNA; mean library fragment size including adapters). A lab changes them by a migration.
INSERT INTO protocols (code, name, min_input_ng, max_input_ng, sample_types, min_fragment_bp, max_fragment_bp) VALUES
    ('truseq-dna-pcr-free', 'TruSeq DNA PCR-Free', 1000, 2000, 'dna', 400, 700),
    ('truseq-dna-nano', 'TruSeq DNA Nano', 100, 200, 'dna', 400, 700),
    ('nextera-xt', 'Nextera XT', 0.8, 1.2, 'dna', 250, 1000),
    ('illumina-dna-prep', 'Illumina DNA Prep', 1, 500, 'dna', 350, 700),
    ('truseq-stranded-mrna', 'TruSeq Stranded mRNA', 100, 1000, 'rna', 200, 400),
    ('truseq-stranded-total-rna', 'TruSeq Stranded Total RNA', 100, 1000, 'rna', 200, 400);
