package org.opentrade.banksandbox.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.opentrade.banksandbox.application.BankDesk;
import org.opentrade.banksandbox.application.BehaviourSettings;
import org.opentrade.banksandbox.application.CallbackDispatcher;
import org.opentrade.banksandbox.application.CallbackSender;
import org.opentrade.banksandbox.application.CallbackSigner;
import org.opentrade.banksandbox.application.DeliveryLog;
import org.opentrade.banksandbox.application.OutOfOrderRelease;
import org.opentrade.banksandbox.application.RetryPolicy;
import org.opentrade.banksandbox.application.SmsGateway;
import org.opentrade.banksandbox.application.StatementDesk;
import org.opentrade.banksandbox.domain.SmsInbox;
import org.opentrade.banksandbox.domain.StatementPlants;
import org.opentrade.banksandbox.domain.Transfers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain classes of the sandbox; all of them thread-safe singletons. */
@Configuration(proxyBeanMethods = false)
class SandboxConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Transfers transfers(SandboxProperties properties) {
        return new Transfers(properties.recordsMax());
    }

    @Bean
    BehaviourSettings behaviourSettings() {
        return new BehaviourSettings();
    }

    @Bean
    DeliveryLog deliveryLog(SandboxProperties properties) {
        return new DeliveryLog(properties.deliveryLogMax());
    }

    @Bean(destroyMethod = "close")
    CallbackDispatcher callbackDispatcher(SandboxProperties properties, DeliveryLog deliveries, Clock clock) {
        SandboxProperties.Callback callback = properties.callback();
        ScheduledExecutorService scheduler =
                Executors.newScheduledThreadPool(callback.threads(), daemonThreads("bank-callback-"));
        ExecutorService clientExecutor = Executors.newFixedThreadPool(callback.threads(), daemonThreads("bank-http-"));
        CallbackSender sender =
                new CallbackSender(clientExecutor, callback.connectTimeoutMs(), callback.requestTimeoutMs());
        RetryPolicy retry = new RetryPolicy(callback.attemptsMax(), callback.backoffInitialMs(),
                callback.backoffMaxMs(), callback.retryWindowMs());
        return new CallbackDispatcher(scheduler, callback.pendingMax(), new CallbackSigner(properties.secret()),
                sender, retry, deliveries, clock);
    }

    @Bean
    OutOfOrderRelease outOfOrderRelease(CallbackDispatcher dispatcher, SandboxProperties properties) {
        return new OutOfOrderRelease(dispatcher, properties.callback().reorderHoldMs());
    }

    @Bean
    BankDesk bankDesk(Transfers transfers, BehaviourSettings behaviour, CallbackDispatcher dispatcher,
                      OutOfOrderRelease outOfOrder, ObjectMapper json, Clock clock) {
        return new BankDesk(transfers, behaviour, dispatcher, outOfOrder, json, clock);
    }

    @Bean
    StatementDesk statementDesk(Transfers transfers, BehaviourSettings behaviour, SandboxProperties properties,
                                Clock clock) {
        return new StatementDesk(transfers, new StatementPlants(properties.plantsMax()), behaviour,
                properties.statementLinesMax(), clock);
    }

    @Bean
    SmsGateway smsGateway(SandboxProperties properties, BehaviourSettings behaviour, Clock clock) {
        return new SmsGateway(new SmsInbox(properties.smsMessagesMax()), behaviour, clock);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
