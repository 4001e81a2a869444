package co.monigo.readme;

// tag::webflux-controller[]
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import co.monigo.metering.Metered;

@RestController
class SummaryController {

	private final Summaries summaries;

	SummaryController(Summaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/v1/summaries/{id}")
	@Metered(value = "summary", quantity = "#result.characters()", quantityProperty = "characters")
	Mono<Summary> summary(@PathVariable String id) {
		return summaries.summarize(id);
	}

	@GetMapping(path = "/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Metered(value = "chunks_streamed", quantity = "#count", quantityProperty = "chunks")
	Flux<Chunk> stream(@RequestParam String prompt) {
		return summaries.stream(prompt);
	}

}
// end::webflux-controller[]
