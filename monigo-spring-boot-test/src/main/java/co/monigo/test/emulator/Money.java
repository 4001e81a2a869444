package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * The emulator's one money scale: every amount it states (invoice lines and totals, wallet balances,
 * ledger amounts and balances) is written at its currency's minor unit, two decimals for NGN and USD
 * ({@code "1500.00"}), as the pricing guide shows amounts. Rates (a price's {@code unit_price}, tier and
 * package prices) are the plan's own values and are never rescaled.
 */
final class Money {

	/**
	 * Half-up, the rounding a customer checking an invoice by hand, or a spreadsheet's ROUND, applies;
	 * half-even's lower bias matters when many rounded values are summed, and an invoice rounds each
	 * line once and sums the rounded lines, so few values are rounded and none twice.
	 */
	static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	/** For a currency code the JDK does not know, or one without a minor unit (XAU). */
	private static final int FALLBACK_DIGITS = 2;

	private Money() {
	}

	/** The decimals of the currency's minor unit: 2 for NGN and USD, 0 for JPY. */
	static int digits(String currency) {
		try {
			int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
			return (digits >= 0) ? digits : FALLBACK_DIGITS;
		}
		catch (IllegalArgumentException unknown) {
			return FALLBACK_DIGITS;
		}
	}

	/** An exact amount rounded once, half-up, to the currency's minor unit. */
	static BigDecimal rounded(BigDecimal exact, String currency) {
		return exact.setScale(digits(currency), ROUNDING);
	}

	static BigDecimal zero(String currency) {
		return BigDecimal.ZERO.setScale(digits(currency));
	}

	/**
	 * An amount a caller sent, at the currency's scale; 400 naming {@code field} when it has more
	 * decimals than the currency's minor unit (nothing is rounded away silently).
	 */
	static BigDecimal exact(BigDecimal amount, String currency, String field) {
		int digits = digits(currency);
		if (amount.stripTrailingZeros().scale() > digits) {
			throw ApiError.invalidField(field, "must have at most " + digits + " decimals for " + currency + ", was "
					+ amount.toPlainString());
		}
		return amount.setScale(digits);
	}

}
