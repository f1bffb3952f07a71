package org.opentrade.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The shipped application.yml binds to the throttle's settings (a renamed key would silently become 0). */
class AuthPropertiesTest {

    @Test
    void theShippedLoginThrottleSettingsBind() throws Exception {
        var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        AuthProperties auth = new Binder(ConfigurationPropertySources.from(sources.get(0)))
                .bind("opentrade.auth", AuthProperties.class).get();
        assertThat(auth.loginFailuresMax()).isEqualTo(5);
        assertThat(auth.loginFailuresPerOriginMax()).isEqualTo(10);
        assertThat(auth.loginWindow()).isEqualTo(Duration.ofMinutes(10));
    }
}
