package org.opentrade.facade.web;

import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.opentrade.api.diagnostics.PingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PingService reference ({@link PingController}). No retries: a ping that failed is a measurement of a failure,
 * and a silent second attempt would hide it from the benchmark.
 */
@Configuration
class PingServiceReference {

    @Bean
    @DubboReference(check = false, retries = 0)
    ReferenceBean<PingService> pingService() {
        return new ReferenceBeanBuilder().build();
    }
}
