package co.monigo.spring.boot.metering;

import org.jspecify.annotations.Nullable;

import co.monigo.spring.boot.metering.MeteringFailures.Reason;

/**
 * What the customer resolver made of one request: a customer, or why there is none (no customer found,
 * said where it was looked for; or a value refused).
 *
 * @param id the customer, or null
 * @param failure why there is none ({@code NO_CUSTOMER} or {@code INVALID_CUSTOMER}); null with a customer
 * @param detail what was looked at or what was refused, for the warning
 */
record ResolvedCustomer(@Nullable String id, @Nullable Reason failure, String detail) {

	/** No customer asked of the resolver: the annotation names it. */
	static final ResolvedCustomer NOT_ASKED = new ResolvedCustomer(null, Reason.NO_CUSTOMER,
			"the customer expression gave nothing");

	static ResolvedCustomer of(@Nullable String id, CustomerResolver resolver, boolean inRequest) {
		if (id != null) {
			return new ResolvedCustomer(id, null, "");
		}
		return new ResolvedCustomer(null, Reason.NO_CUSTOMER, "no customer for this call"
				+ (inRequest ? "" : " (outside an HTTP request)") + "; looked in " + resolver);
	}

	static ResolvedCustomer refused(InvalidCustomerException refusal) {
		return new ResolvedCustomer(null, Reason.INVALID_CUSTOMER, "customer refused: " + refusal.getMessage());
	}

	static ResolvedCustomer failed(RuntimeException failure, CustomerResolver resolver) {
		return new ResolvedCustomer(null, Reason.NO_CUSTOMER, resolver + " failed: " + failure);
	}

}
