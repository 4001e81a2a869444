package co.monigo.test.emulator;

import java.util.List;

import co.monigo.client.core.KeyMode;

/**
 * The emulator's data: one {@link ModeStore} per mode, so test and live data never meet.
 */
final class Store {

	private final ModeStore test = new ModeStore(KeyMode.TEST);

	private final ModeStore live = new ModeStore(KeyMode.LIVE);

	ModeStore of(KeyMode mode) {
		if (mode == KeyMode.UNKNOWN) {
			throw new IllegalArgumentException("no store for keys of unknown mode");
		}
		return (mode == KeyMode.TEST) ? this.test : this.live;
	}

	List<ModeStore> both() {
		return List.of(this.test, this.live);
	}

	void clear() {
		for (ModeStore store : both()) {
			synchronized (store) {
				store.clear();
			}
		}
	}

}
