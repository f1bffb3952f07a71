package org.opentrade.platform.sentinel;

import java.util.List;

import com.alibaba.csp.sentinel.datasource.Converter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.WatchedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one rule document for {@link SentinelRuleDocuments}, which applies only what this returns: a document that
 * {@link RuleKind#parse} refuses is logged in one line, counted (config_document_rejected_total{dataId}, as every
 * watched document) and thrown, so the rules in force stay the last good ones. Never fatal: refused at start-up,
 * the application runs without rules of that kind until a good version is published.
 */
final class RuleDocumentParser<T> implements Converter<String, List<T>> {
    private static final Logger log = LoggerFactory.getLogger(RuleDocumentParser.class);

    private final RuleKind<T> kind;
    private final String dataId;
    private final Counter rejected;

    /** {@code registry} may be null: refused documents are then only logged. */
    RuleDocumentParser(RuleKind<T> kind, String dataId, MeterRegistry registry) {
        this.kind = kind;
        this.dataId = dataId;
        this.rejected = registry == null ? null : WatchedDocument.rejectedCounter(registry, dataId);
    }

    @Override
    public List<T> convert(String document) {
        try {
            return kind.parse(document);
        } catch (IllegalArgumentException e) {
            if (rejected != null) {
                rejected.increment();
            }
            log.warn("ignored an invalid {} (Sentinel {} rules), keeping the last good rules: {}", dataId, kind.name(),
                    e.getMessage());
            throw e;
        }
    }
}
