package org.tracseq.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.tracseq.platform.testing.architecture.ServiceArchitecture;

/** The gateway keeps the shape's rules that apply to it (no service's code, no JDBC, roles on resources). */
@AnalyzeClasses(packages = "org.tracseq.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests shape = ArchTests.in(ServiceArchitecture.class);
}
