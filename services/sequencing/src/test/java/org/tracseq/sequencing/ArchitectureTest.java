package org.tracseq.sequencing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.tracseq.platform.testing.architecture.ServiceArchitecture;

/** The sequencing service has the one shape every service has (ServiceArchitecture). */
@AnalyzeClasses(packages = "org.tracseq.sequencing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests shape = ArchTests.in(ServiceArchitecture.class);
}
