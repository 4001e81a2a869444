package co.monigo.readme.app;

// tag::service[]
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

import co.monigo.metering.Metered;

@Service
@Metered(value = "report_export", customer = "#account.monigoId()")
class Reports {

	public CompletableFuture<Report> export(Account account, ReportRequest request) {   // recorded on completion
		return CompletableFuture.supplyAsync(() -> new Report(request.title()));
	}

	@Metered(value = "pdf_render", customer = "#account.monigoId()", quantity = "#pages", when = Metered.When.ALWAYS)
	public byte[] render(Account account, int pages) {
		return new byte[pages];
	}

}
// end::service[]
