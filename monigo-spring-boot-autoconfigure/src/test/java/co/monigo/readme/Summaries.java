package co.monigo.readme;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The README WebFlux controller's model: "your own" type. */
class Summaries {

	Mono<Summary> summarize(String id) {
		return Mono.just(new Summary(id, id.length()));
	}

	Flux<Chunk> stream(String prompt) {
		return Flux.fromArray(prompt.split(" ")).map(Chunk::new);
	}

}

record Summary(String text, int characters) {
}

record Chunk(String text) {
}
