package org.opentrade.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * A real SpringApplication with this module's spring.factories: without a profile and without secrets it stops
 * while preparing its environment (before any bean exists) and prints one failure analysis, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnsafeStartTest {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    @Test
    void anApplicationWithoutTheLocalProfileAndWithoutSecretsDoesNotStart(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--opentrade.auth.jwt-secret=${OPENTRADE_JWT_SECRET_NOT_SET_HERE}"))
                .isInstanceOf(UnsafeSecrets.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Refusing to start without the local profile")
                .contains("(opentrade.auth.jwt-secret) is not set")
                .contains("-Dspring.profiles.active=local");
    }

    @Test
    void theLocalProfileStartsWithTheDocumentedDefaults() {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (var context = application.run("--spring.profiles.active=local", "--spring.main.banner-mode=off")) {
            assertThat(context.getEnvironment().getProperty("opentrade.db.password")).isEqualTo("opentrade");
            assertThat(context.getEnvironment().getProperty("dubbo.provider.token")).isNull();
        }
    }
}
