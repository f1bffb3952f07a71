package org.opentrade.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * The provider's only {@link DataSource}: ShardingSphere-JDBC over the physical MariaDB databases, doing the
 * sharding and the read/write split. The YAML layout lives next to the provider's code; connection facts come
 * from configuration.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty("opentrade.db.sharding-config")
@EnableConfigurationProperties(DatabaseProperties.class)
public class ShardedDataSourceConfiguration {

    @Bean(destroyMethod = "close")
    public DataSource dataSource(DatabaseProperties db, Environment environment) throws IOException, SQLException {
        SchemaMigrations.migrate(db);
        String template = new ClassPathResource(db.shardingConfig())
                .getContentAsString(StandardCharsets.UTF_8);
        // Spring leaves unknown placeholders alone, so ShardingSphere's own ${...} inline expressions survive.
        String yaml = environment.resolvePlaceholders(template);
        return YamlShardingSphereDataSourceFactory.createDataSource(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Bean(destroyMethod = "close")
    public PrimaryDatabases primaryDatabases(DatabaseProperties db) {
        return new PrimaryDatabases(db);
    }
}
