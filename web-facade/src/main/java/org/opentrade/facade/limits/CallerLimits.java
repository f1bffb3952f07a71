package org.opentrade.facade.limits;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.facade.error.BlockAnswers;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Per-caller limits: every API request also enters the route's caller resource, {@code "caller:METHOD:/pattern"}
 * (e.g. {@code "caller:POST:/api/v1/orders"}), with its {@link CallerKeys caller} as the hot parameter, so a
 * Sentinel hot-parameter rule (web-facade-param-flow-rules.json, paramIdx 0) bounds each user, or each client
 * address on public routes, on its own: one client past its share gets 429 while the others are served. Runs after
 * the route's own entry (SentinelWebInterceptor) and leaves before it, as Sentinel requires of nested entries.
 */
public class CallerLimits implements HandlerInterceptor {
    public static final String RESOURCE_PREFIX = "caller:";
    static final String ENTRY = CallerLimits.class.getName() + ".entry";
    static final String KEY = CallerLimits.class.getName() + ".key";

    private final CallerKeys keys;

    public CallerLimits(CallerKeys keys) {
        this.keys = keys;
    }

    /** The route's caller resource, or null for a request that matched no route. */
    public static String resource(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? null : RESOURCE_PREFIX + request.getMethod() + ":" + pattern;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String resource = resource(request);
        if (resource == null || !(handler instanceof HandlerMethod route)) {
            return true;
        }
        Object key = keys.of(request, route);
        try {
            Entry entry = SphU.entry(resource, EntryType.IN, 1, key);
            request.setAttribute(ENTRY, entry);
            request.setAttribute(KEY, key);
            return true;
        } catch (BlockException blocked) {
            BlockAnswers.write(blocked, request, response);
            return false;
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (request.getAttribute(ENTRY) instanceof Entry entry) {
            request.removeAttribute(ENTRY);
            entry.exit(1, request.getAttribute(KEY));
        }
    }
}
