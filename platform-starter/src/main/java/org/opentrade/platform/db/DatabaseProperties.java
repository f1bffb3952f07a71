package org.opentrade.platform.db;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a provider's physical databases live and how its logical (ShardingSphere) data source is laid out.
 *
 * @param primaryUrl       JDBC URL of the MariaDB primary, without a database name
 * @param replicaUrl       JDBC URL of the replica, without a database name
 * @param schemas          the physical databases this provider owns, migrated in this order
 * @param migrationContext the folder under {@code classpath:db/} that holds this provider's migrations
 * @param shardingConfig   classpath resource of the ShardingSphere YAML; {@code ${...}} placeholders in it are
 *                         resolved against the Spring environment
 * @param poolSizeMax      connections per physical data source
 */
@ConfigurationProperties("opentrade.db")
public record DatabaseProperties(String primaryUrl, String replicaUrl, String username, String password,
                                 List<String> schemas, String migrationContext, String shardingConfig,
                                 int poolSizeMax) {
}
