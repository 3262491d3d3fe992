package org.marketingadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
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
