package co.monigo.spring.boot.metering;

import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;

/**
 * Applies a {@link MeteredInterceptor} to the methods {@code @Metered} meters. An advisor, as Spring's
 * own {@code @Transactional} and {@code @Async} are: any auto-proxy creator applies it, Boot's
 * infrastructure one included, so no AspectJ is needed.
 */
public final class MeteredAdvisor extends AbstractPointcutAdvisor {

	private final Pointcut pointcut;

	private final MeteredInterceptor interceptor;

	public MeteredAdvisor(MeteredMethods methods, MeteredInterceptor interceptor) {
		this.pointcut = new MeteredPointcut(methods);
		this.interceptor = interceptor;
	}

	@Override
	public Pointcut getPointcut() {
		return this.pointcut;
	}

	@Override
	public Advice getAdvice() {
		return this.interceptor;
	}

}
