package co.monigo.spring.boot.metering;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotationUtils;

import co.monigo.metering.Metered;

/**
 * Parses the expressions of every bean's {@code @Metered} methods as the bean is created, so an
 * expression that does not parse stops startup with the class, method and expression named.
 */
public class MeteredMethodsValidator implements BeanPostProcessor {

	private final ObjectProvider<MeteredMethods> methods;

	public MeteredMethodsValidator(ObjectProvider<MeteredMethods> methods) {
		this.methods = methods;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> type = AopProxyUtils.ultimateTargetClass(bean);
		if (AnnotationUtils.isCandidateClass(type, Metered.class) && MeteredMethods.isMetered(type)) {
			this.methods.getObject().validate(type);
		}
		return bean;
	}

}
