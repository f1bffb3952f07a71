package org.opentrade.trade;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.importer.ImportOption;
import org.opentrade.platform.architecture.HexagonalRules;

@AnalyzeClasses(packages = "org.opentrade.trade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPlainJava = HexagonalRules.domainIsPlainJava();

    @ArchTest
    static final ArchRule adaptersAreOnTheOutside = HexagonalRules.adaptersAreOnTheOutside();
}
