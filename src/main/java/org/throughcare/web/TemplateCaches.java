package org.throughcare.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sizes Thymeleaf's caches for the whole application. Thymeleaf keeps parsed templates (one entry per template and
 * fragment selection) and parsed expressions (its own parse of each attribute value, and each {@code ${...}} as a SpEL
 * expression, which carries its compiled form once compiled) in caches of 200 and 500 entries by default. The
 * application's pages together fill about 560 and 2,100, so under mixed traffic each page evicted the others' entries,
 * and the next view of those pages parsed its templates again and ran its expressions in SpEL's interpreter anew.
 * {@code TemplateExpressionsCompileTest} checks that a walk over every page fits with room to spare. Entries are soft
 * references, so memory pressure can still empty the caches.
 */
@Component
class TemplateCaches implements BeanPostProcessor {

    static final int TEMPLATES = 2_000;
    static final int EXPRESSIONS = 10_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            StandardCacheManager caches = new StandardCacheManager();
            caches.setTemplateCacheMaxSize(TEMPLATES);
            caches.setExpressionCacheMaxSize(EXPRESSIONS);
            engine.setCacheManager(caches);
        }
        return bean;
    }
}
