package org.opentrade.facade.auth.apikey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * The gate as one Lua script per request (redis/api-key-admit.lua): the replay check, the rate and the signature's
 * memory in one round trip, atomic across facade instances. The rate is GCRA (a theoretical arrival time per key,
 * the generic cell rate algorithm): a key may send {@code burst} requests at once and {@code requestsPerSecond}
 * after that, and a refused request learns exactly when the next one fits. Times come from this instance's clock
 * (instances run NTP). Redis unreachable: 503, never an unchecked request.
 */
public class RedisRequestGate implements RequestGate {
    static final String KEY_PREFIX = "opentrade:api-key:";
    static final String SCRIPT_RESOURCE = "/redis/api-key-admit.lua";

    private final RedissonClient redisson;
    private final long emissionIntervalMs;
    private final long requestsPerSecond;
    private final long burstToleranceMs;
    private final String script;

    public RedisRequestGate(RedissonClient redisson, ApiKeyProperties properties) {
        this.redisson = redisson;
        this.emissionIntervalMs = properties.emissionIntervalMs();
        this.requestsPerSecond = properties.requestsPerSecond();
        this.burstToleranceMs = emissionIntervalMs * (properties.burst() - 1L);
        this.script = loadScript();
    }

    @Override
    public Admission admit(String keyId, String signature, long nowMs, long memoryMs) {
        // the key id in braces (a hash tag): both keys of one script sit in one cluster slot
        String tag = KEY_PREFIX + "{" + keyId + "}";
        List<Object> keys = List.of(tag + ":seen:" + signature.toLowerCase(Locale.ROOT), tag + ":rate");
        List<Object> reply = run(keys, Long.toString(nowMs), Long.toString(emissionIntervalMs),
                Long.toString(burstToleranceMs), Long.toString(memoryMs));
        if (reply == null || reply.size() != 2) {
            throw new IllegalStateException("the admission script answered " + reply);
        }
        return switch (Integer.parseInt(reply.get(0).toString())) {
            case 0 -> Admission.ADMITTED;
            case 1 -> Admission.REPLAYED;
            default -> Admission.limited(Long.parseLong(reply.get(1).toString()));
        };
    }

    @Override
    public long requestsPerSecond() {
        return requestsPerSecond;
    }

    private List<Object> run(List<Object> keys, Object... args) {
        try {
            return redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, script,
                    RScript.ReturnType.MULTI, keys, args);
        } catch (RedisException e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE,
                    "signed requests cannot be checked now (Redis); retry later");
        }
    }

    private static String loadScript() {
        try (InputStream in = RedisRequestGate.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
