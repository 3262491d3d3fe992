package org.marketingadvisor.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages speak the language chosen by {@link LangLocaleResolver}; a chosen language is
 * remembered.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LangLocaleResolver();
	}

	/**
	 * Before everything else, on every dispatch (an error page reads the same parameters
	 * and languages).
	 */
	@Bean
	FilterRegistrationBean<RequestGuard> requestGuard(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit) {
		FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard(formLimit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.ASYNC, DispatcherType.INCLUDE);
		return registration;
	}

	/**
	 * The static files, each folder under its own path, in place of Spring Boot's mapping
	 * of every path ({@code /**}, switched off by
	 * {@code spring.web.resources.add-mappings=false}). With that mapping and the
	 * resource chain (on with the WebJars locator), every link a page builds was looked
	 * up as a file in four class-path folders before it was written out: the draft's page
	 * spent most of its half second on that, the scenarios table more. WebJars keep their
	 * version-less URLs.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Lang.parse(request.getParameter("lang")).ifPresent(lang -> LangLocaleResolver.remember(response, lang));
				return true;
			}
		}).excludePathPatterns("/api/**");
	}

}
