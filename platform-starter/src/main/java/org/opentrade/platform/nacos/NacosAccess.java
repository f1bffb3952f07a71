package org.opentrade.platform.nacos;

import java.util.Properties;

import com.alibaba.nacos.api.PropertyKeyConst;

/**
 * How every Nacos client of ours reaches the server: its address and, when the server requires authentication (any
 * profile but local), the credentials from {@code NACOS_USERNAME} / {@code NACOS_PASSWORD}. Dubbo's own registry
 * and config-centre clients get the same credentials from opentrade-platform-cluster.yml.
 */
public record NacosAccess(String serverAddr, String username, String password) {

    /** The same credentials against another server address (Sentinel's rules may live elsewhere). */
    public NacosAccess at(String otherServerAddr) {
        return new NacosAccess(otherServerAddr, username, password);
    }

    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.setProperty(PropertyKeyConst.SERVER_ADDR, serverAddr);
        if (username != null && !username.isBlank()) {
            properties.setProperty(PropertyKeyConst.USERNAME, username);
            properties.setProperty(PropertyKeyConst.PASSWORD, password == null ? "" : password);
        }
        return properties;
    }

    @Override
    public String toString() {
        return "NacosAccess[serverAddr=" + serverAddr + ", username=" + username + ", password=***]";
    }
}
