package org.opentrade.system;

import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerMovement;

/**
 * FundService over real Dubbo, found through Nacos, for the money a test needs in an account: the tests play
 * payment-provider, which is the only other caller of {@code deposit}.
 */
final class Funds {
    static final String NACOS = "nacos://" + System.getenv().getOrDefault("NACOS_ADDR", "127.0.0.1:8848");
    private static volatile FundService service;

    private Funds() {
    }

    static synchronized FundService service() {
        if (service == null) {
            ReferenceConfig<FundService> reference = new ReferenceConfig<>();
            reference.setInterface(FundService.class);
            reference.setCheck(false);
            reference.setTimeout(10_000);
            reference.setRetries(0);
            DubboBootstrap.getInstance()
                    .application(application())
                    .registry(new RegistryConfig(NACOS))
                    .reference(reference)
                    .start();
            service = reference.get();
        }
        return service;
    }

    private static ApplicationConfig application() {
        ApplicationConfig application = new ApplicationConfig("system-tests");
        application.setQosEnable(false);
        return application;
    }

    /** Credits the user as a confirmed bank deposit with this reference would. */
    static void deposit(String userId, String asset, long units, String reference) {
        service().deposit(new LedgerMovement(Long.parseLong(userId), asset, units, reference));
    }
}
