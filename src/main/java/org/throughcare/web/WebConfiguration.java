package org.throughcare.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Static files, and only at {@link StaticResources#PATHS} (Boot's catch-all "/**" mapping is off): with it,
     * every link Thymeleaf wrote was looked up as a possible file across the classpath, and a miss is not
     * cached. GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/, so the WebJar's assets
     * folder is served there, whatever version of the WebJar is on the classpath; /webjars/ links need no
     * version (the resource chain adds it). Our own files are revalidated on each use (no-cache): their names
     * carry no version.
     *
     * <p>Every handler has a caching resource chain: Thymeleaf passes each link it writes through
     * ResourceUrlEncodingFilter, which asks the handler's resolvers for a file at that path; without the cache,
     * the five links of the layout to static files probed the classpath on every page view.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(assets)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true);
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations(assets + "rebrand/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true);
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.noCache())
                    .resourceChain(true);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ErrorTitleInterceptor());
    }
}
