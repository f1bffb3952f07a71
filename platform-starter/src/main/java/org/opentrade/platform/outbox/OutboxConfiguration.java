package org.opentrade.platform.outbox;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.opentrade.platform.db.PrimaryDatabases;
import org.opentrade.platform.db.ShardedDataSourceConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox, its relay (a leased periodic job) and the idempotent-consumer table with its purge, for applications
 * with {@code opentrade.outbox.enabled=true}.
 */
@AutoConfiguration(after = ShardedDataSourceConfiguration.class, afterName = {
        "org.apache.rocketmq.spring.autoconfigure.RocketMQAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
@ConditionalOnProperty(name = "opentrade.outbox.enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    Outbox outbox(JdbcTemplate jdbc, ObjectMapper json) {
        return new JdbcOutbox(jdbc, json);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, RocketMQTemplate mq, ObjectMapper json, OutboxProperties properties,
                            MeterRegistry meters) {
        return new OutboxRelay(jdbc, mq, json, properties, meters);
    }

    @Bean
    @ConditionalOnBean(PrimaryDatabases.class)
    ProcessedEventsPurge processedEventsPurge(PrimaryDatabases databases, OutboxProperties properties) {
        return new ProcessedEventsPurge(databases, properties, Clock.systemUTC());
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new ProcessedEvents(jdbc, transactions);
    }
}
