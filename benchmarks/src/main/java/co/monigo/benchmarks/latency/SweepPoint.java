package co.monigo.benchmarks.latency;

/**
 * What one way did at one round trip, over the measured window.
 *
 * @param roundTripMs the server's delay
 * @param way the way's name
 * @param seconds the window
 * @param offered events offered in the window
 * @param delivered events the server acknowledged in the window
 * @param dropped events the way refused or gave up on in the window
 */
record SweepPoint(int roundTripMs, String way, double seconds, long offered, long delivered, long dropped) {

	double deliveredPerSecond() {
		return this.delivered / this.seconds;
	}

	double droppedShare() {
		return (this.offered > 0) ? (double) this.dropped / this.offered : 0;
	}

}
