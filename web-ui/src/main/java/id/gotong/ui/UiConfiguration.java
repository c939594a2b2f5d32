package id.gotong.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

@Configuration(proxyBeanMethods = false)
class UiConfiguration {

    @Bean
    static PageMessages pageMessages() {
        return new PageMessages();
    }

    /** Thymeleaf's {@code #{...}} read the page texts rather than the application's message source. */
    @Bean
    static BeanPostProcessor pageMessagesForTemplates(ObjectProvider<PageMessages> messages) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setTemplateEngineMessageSource(messages.getObject());
                }
                return bean;
            }
        };
    }

    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return new Languages();
    }
}
