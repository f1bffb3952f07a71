package org.opentrade.platform.jobs;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import org.opentrade.platform.db.PrimaryDatabases;
import org.opentrade.platform.db.ShardedDataSourceConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every {@link PeriodicJob} bean of an application with a database runs under its lease, in the provider's first
 * database on the primary. {@code opentrade.jobs.enabled=false} runs none.
 */
@AutoConfiguration(after = ShardedDataSourceConfiguration.class, afterName =
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(PrimaryDatabases.class)
@ConditionalOnProperty(name = "opentrade.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

    @Bean
    LockProvider jobLeases(PrimaryDatabases databases, JobsProperties properties, Environment environment) {
        return JobLeases.on(databases.first(), properties.leaseTable(),
                JobLeases.holder(environment.getProperty("spring.application.name", "application")));
    }

    @Bean
    PeriodicJobs periodicJobs(ObjectProvider<PeriodicJob> jobs, LockProvider jobLeases, MeterRegistry meters) {
        return PeriodicJobs.of(jobs.orderedStream().toList(), jobLeases, meters);
    }
}
