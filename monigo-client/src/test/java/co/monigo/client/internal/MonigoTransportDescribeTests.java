package co.monigo.client.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoTransportDescribeTests {

	@Test
	void aFailureWithoutAnyMessageIsDescribedByItsKinds() {
		// how the JDK's HttpClient reports a refused connection
		Throwable refused = new ConnectException().initCause(new ClosedChannelException());

		assertThat(MonigoTransport.describe(refused)).isEqualTo("ConnectException from ClosedChannelException");
	}

	@Test
	void aFailureIsDescribedByTheDeepestMessage() {
		Throwable reset = new IOException("request failed", new IOException("Connection reset by peer"));

		assertThat(MonigoTransport.describe(reset)).isEqualTo("Connection reset by peer");
	}

}
