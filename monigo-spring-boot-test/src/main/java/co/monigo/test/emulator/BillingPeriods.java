package co.monigo.test.emulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import co.monigo.client.model.BillingPeriod;

/**
 * Billing periods as calendar periods in UTC: the day, the ISO week (from Monday), the month, the
 * quarter or the year that holds an instant. The emulator's "current billing period" is the one that
 * holds now; a subscription keeps the period it was created in.
 */
final class BillingPeriods {

	private BillingPeriods() {
	}

	/** A period, from {@code start} (inclusive) to {@code end} (exclusive). */
	record Period(Instant start, Instant end) {

		boolean contains(Instant instant) {
			return !instant.isBefore(this.start) && instant.isBefore(this.end);
		}

	}

	static Period holding(BillingPeriod billingPeriod, Instant instant) {
		LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate start;
		LocalDate end;
		switch (billingPeriod) {
			case DAILY -> {
				start = day;
				end = day.plusDays(1);
			}
			case WEEKLY -> {
				start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				end = start.plusWeeks(1);
			}
			case QUARTERLY -> {
				start = day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
				end = start.plusMonths(3);
			}
			case ANNUALLY -> {
				start = day.withDayOfYear(1);
				end = start.plusYears(1);
			}
			default -> {
				start = day.withDayOfMonth(1);
				end = start.plusMonths(1);
			}
		}
		return new Period(start.atStartOfDay(ZoneOffset.UTC).toInstant(), end.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** The calendar month (UTC) holding {@code now}: the default range of a usage query. */
	static Period monthOf(Instant now) {
		return holding(BillingPeriod.MONTHLY, now);
	}

}
