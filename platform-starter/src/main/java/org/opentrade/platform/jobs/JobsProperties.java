package org.opentrade.platform.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opentrade.jobs.*}.
 *
 * @param enabled    false: this instance runs none of its periodic jobs (e.g. a test context beside the running
 *                   stack); default true
 * @param leaseTable the lease table, in the provider's first database on the primary
 */
@ConfigurationProperties("opentrade.jobs")
public record JobsProperties(Boolean enabled, String leaseTable) {
    public JobsProperties {
        enabled = enabled == null || enabled;
        leaseTable = leaseTable == null || leaseTable.isBlank() ? JobLeases.TABLE : leaseTable;
    }
}
