package org.opentrade.localinfra.nacos;

import com.alibaba.nacos.NacosServerBasicApplication;
import com.alibaba.nacos.NacosServerWebApplication;
import com.alibaba.nacos.console.NacosConsole;
import com.alibaba.nacos.core.listener.startup.NacosStartUp;
import com.alibaba.nacos.core.listener.startup.NacosStartUpManager;
import com.alibaba.nacos.sys.env.DeploymentType;
import com.alibaba.nacos.sys.env.EnvUtil;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jmx.export.MBeanExporter;
import org.springframework.jmx.support.RegistrationPolicy;

/**
 * Starts a standalone Nacos 3.1 as server and console in one JVM, for the local stack only.
 *
 * <p>The repackaged Nacos jars on Maven Central carry the three Spring applications but no
 * main class that combines them. Nacos 3 runs them as one non-web core context (naming,
 * config, persistence) with two web child contexts: the open API / gRPC server on
 * {@code server.port} and the console UI on {@code nacos.console.port}.
 */
public final class LocalNacosBootstrap {

    private LocalNacosBootstrap() {
    }

    public static void main(String[] args) {
        // The console needs the "merged" deployment type; without it HealthHandler is missing.
        System.setProperty("nacos.standalone", System.getProperty("nacos.standalone", "true"));
        System.setProperty("nacos.deployment.type", "merged");
        EnvUtil.setDeploymentType(DeploymentType.MERGED);

        // Nacos' start-up listeners need to know which phase each context belongs to.
        NacosStartUpManager.start(NacosStartUp.CORE_START_UP_PHASE);
        ConfigurableApplicationContext core = new SpringApplicationBuilder(NacosServerBasicApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
        if (core.getEnvironment().getProperty("spring.jmx.enabled", Boolean.class, false)) {
            // The child contexts export the same MBeans again.
            core.getBean(MBeanExporter.class).setRegistrationPolicy(RegistrationPolicy.IGNORE_EXISTING);
        }
        NacosStartUpManager.start(NacosStartUp.WEB_START_UP_PHASE);
        new SpringApplicationBuilder(NacosServerWebApplication.class).parent(core).run(args);
        NacosStartUpManager.start(NacosStartUp.CONSOLE_START_UP_PHASE);
        new SpringApplicationBuilder(NacosConsole.class).parent(core).run(args);
    }
}
