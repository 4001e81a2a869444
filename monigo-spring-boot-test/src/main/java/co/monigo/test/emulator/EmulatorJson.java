package co.monigo.test.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

import co.monigo.client.internal.MonigoJson;

/**
 * How the emulator writes its answers: the client's mapping (snake_case, money as decimal strings,
 * ISO-8601 instants), except that absent optional fields are written as {@code null} instead of left
 * out, as Monigo's SDK types declare them ({@code revoked_at: string | null}), so a client in any
 * language finds every field it expects.
 */
final class EmulatorJson {

	private static final JsonMapper MAPPER = MonigoJson.mapper()
		.rebuild()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
		.build();

	private EmulatorJson() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

}
