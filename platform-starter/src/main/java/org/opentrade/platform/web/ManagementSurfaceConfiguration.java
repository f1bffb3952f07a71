package org.opentrade.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** What an application's HTTP port shows besides its API: metrics behind a token, internal routes to loopback only. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ManagementSurfaceConfiguration {

    @Bean
    FilterRegistrationBean<PrometheusToken> prometheusToken(
            @Value("${opentrade.management.prometheus-token:}") String token) {
        FilterRegistrationBean<PrometheusToken> registration = new FilterRegistrationBean<>(new PrometheusToken(token));
        registration.addUrlPatterns(PrometheusToken.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoopbackOnlyRoutes> loopbackOnlyRoutes() {
        FilterRegistrationBean<LoopbackOnlyRoutes> registration = new FilterRegistrationBean<>(new LoopbackOnlyRoutes());
        registration.addUrlPatterns(LoopbackOnlyRoutes.PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
