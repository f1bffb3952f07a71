package org.opentrade.platform.nacos;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** One {@link NacosAccess} for every adapter that reads a watched document. */
@AutoConfiguration
public class NacosConfiguration {

    @Bean
    NacosAccess nacosAccess(@Value("${opentrade.nacos-addr}") String serverAddr,
                            @Value("${opentrade.nacos-username:}") String username,
                            @Value("${opentrade.nacos-password:}") String password) {
        return new NacosAccess(serverAddr, username, password);
    }
}
