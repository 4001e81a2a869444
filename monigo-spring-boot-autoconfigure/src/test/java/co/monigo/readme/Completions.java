package co.monigo.readme;

/** The README controller's model: "your own" type. */
class Completions {

	Completion complete(CompletionRequest request) {
		return new Completion(request.prompt(), request.prompt().split(" ").length);
	}

}

record CompletionRequest(String prompt, String model) {
}

record Completion(String text, int tokens) {
}
