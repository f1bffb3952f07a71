package org.opentrade.banksandbox.config;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON types are taken at their word: an amount sent as the number 12.5 instead of the string "12.5" is refused
 * (it may already have passed through a double on the sender's side), and so are "true" for a boolean and "5" for
 * a number. Jackson's allow-coercion-of-scalars alone still lets numbers into strings.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarCoercion() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType numberOrBoolean : new LogicalType[]{LogicalType.Integer, LogicalType.Float,
                    LogicalType.Boolean}) {
                mapper.coercionConfigFor(numberOrBoolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            }
        });
    }
}
