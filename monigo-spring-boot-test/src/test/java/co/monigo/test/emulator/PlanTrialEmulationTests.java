package co.monigo.test.emulator;

import org.junit.jupiter.api.Test;

import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.Plan;
import co.monigo.client.model.UpdatePlanRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTrialEmulationTests extends EmulatorTestSupport {

	@Test
	void trialPeriodDaysAreKeptOnCreateAndChangedOnlyByAnUpdateThatSetsThem() {
		Plan created = await(this.monigo.plans().create(CreatePlanRequest.of("Pro").withTrialPeriodDays(14)));
		Plan renamed = await(this.monigo.plans().update(created.id(), UpdatePlanRequest.empty().withName("Pro+")));
		Plan shortened = await(this.monigo.plans().update(created.id(), UpdatePlanRequest.empty().withTrialPeriodDays(7)));

		assertThat(created.trialPeriodDays()).isEqualTo(14);
		assertThat(renamed.trialPeriodDays()).isEqualTo(14);
		assertThat(shortened.trialPeriodDays()).isEqualTo(7);
		assertThat(await(this.monigo.plans().get(created.id())).trialPeriodDays()).isEqualTo(7);
	}

	@Test
	void planWithoutATrialHasNone() {
		assertThat(await(this.monigo.plans().create(CreatePlanRequest.of("Basic"))).trialPeriodDays()).isZero();
	}

}
