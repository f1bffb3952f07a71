package org.opentrade.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every provider checks against itself (STYLE.md, convention 6). Shipped as this module's
 * test-jar so that each provider states them in one line.
 */
public final class HexagonalRules {
    static final String[] FRAMEWORKS = {
        "org.springframework..", "com.baomidou..", "org.apache.ibatis..", "org.apache.seata..", "io.seata..",
        "org.redisson..", "org.apache.dubbo..", "org.apache.rocketmq..", "org.apache.shardingsphere..",
        "com.alibaba.nacos..", "com.alibaba.csp..", "jakarta.persistence..", "java.sql.."
    };

    private HexagonalRules() {
    }

    /** The domain is plain Java: no framework, no I/O library. */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain must be testable and readable without any framework (STYLE.md #6)");
    }

    /** Use cases and the domain never reach into an adapter; adapters depend inwards only. */
    public static ArchRule adaptersAreOnTheOutside() {
        return noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .because("dependencies point inwards: adapter -> application -> domain");
    }
}
