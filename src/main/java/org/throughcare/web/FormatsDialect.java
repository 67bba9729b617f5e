package org.throughcare.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * Gives templates the {@link Formats} bean as {@code #formats}, like Thymeleaf's own {@code #lists}. A bean reference
 * ({@code @formats}) would do the same, but SpEL cannot compile an expression that holds one, so every date on a page
 * went through the interpreter.
 */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final IExpressionObjectFactory objects;

    FormatsDialect(Formats formats) {
        super("Throughcare formats");
        this.objects = new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("formats");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return formats;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return objects;
    }
}
