package co.monigo.test.emulator;

/**
 * How an emulator behaves where a choice is offered, shared by its handlers.
 *
 * @param clock the emulator's now
 * @param severalActiveSubscriptions whether a customer may hold several active subscriptions of one plan
 * type (Monigo's example programs do); otherwise the guide's rule, at most one, and 409 for another
 */
record EmulatorOptions(EmulatorClock clock, boolean severalActiveSubscriptions) {
}
