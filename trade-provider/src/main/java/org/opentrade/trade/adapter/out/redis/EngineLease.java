package org.opentrade.trade.adapter.out.redis;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.opentrade.trade.application.engine.EngineOwnership;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.redisson.api.RBucket;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The engine lease: a Redisson lock that one trade-provider process holds while it runs the matching engines; the
 * others wait as standbys and forward orders to it. Redisson's watchdog renews the lock while the holder lives; after
 * a kill -9 it lapses within the watchdog timeout and a standby takes over (new fencing epochs, recovery from the
 * log). A holder that is fenced off (another process claimed a newer epoch, e.g. after its lease lapsed during a
 * pause) stops its engines, drops the lock and becomes a standby again. The lock alone is not trusted for safety:
 * the fencing epoch in the database is (ADR 0009).
 */
@Component
class EngineLease implements EngineOwnership, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineLease.class);
    static final String LOCK = "opentrade:trade:engine-lease";
    static final String OWNER = "opentrade:trade:engine-owner";
    private static final long CHECK_INTERVAL_MS = 1_000;

    private final RedissonClient redis;
    private final SymbolEngines engines;
    private final String address;
    private volatile boolean owning;
    private volatile boolean running;
    private Thread thread;

    EngineLease(RedissonClient redis, SymbolEngines engines,
                @Value("${DUBBO_IP_TO_REGISTRY:127.0.0.1}") String host, @Value("${dubbo.protocol.port}") int port) {
        this.redis = redis;
        this.engines = engines;
        this.address = host + ":" + port;
    }

    @Override
    public boolean ownsEngines() {
        return owning && engines.allRunning();
    }

    @Override
    public Optional<String> ownerAddress() {
        return Optional.ofNullable(owner().get());
    }

    private RBucket<String> owner() {
        return redis.getBucket(OWNER);
    }

    /** The lock is bound to the thread that took it, so one thread takes, watches and drops it. */
    private void run() {
        RLock lock = redis.getLock(LOCK);
        while (running) {
            try {
                if (!owning && lock.tryLock(0, TimeUnit.MILLISECONDS)) {
                    takeOver(lock);
                } else if (owning && (!engines.allRunning() || !lock.isHeldByCurrentThread())) {
                    log.warn("engine lease lost or an engine stopped: releasing the engines and standing by");
                    standBy(lock);
                } else if (owning) {
                    engines.ownNewlyListed();
                }
                Thread.sleep(CHECK_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.warn("engine lease: {}", e.toString());
                if (owning) {
                    standBy(lock);
                }
            }
        }
        if (owning) {
            standBy(lock);
        }
    }

    private void takeOver(RLock lock) {
        try {
            engines.takeOver();
            owner().set(address);
            owning = true;
            log.info("engine lease taken: this process ({}) runs the matching engines", address);
        } catch (RuntimeException e) {
            log.error("taking the engines over failed; standing by", e);
            standBy(lock);
        }
    }

    private void standBy(RLock lock) {
        owning = false;
        engines.release();
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "engine-lease");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
