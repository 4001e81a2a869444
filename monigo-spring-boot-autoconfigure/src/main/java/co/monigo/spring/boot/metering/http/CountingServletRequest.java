package co.monigo.spring.boot.metering.http;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Counts the bytes of a request body the application reads through the input stream: used for
 * {@code request-body-size} when the request declares no Content-Length (a chunked upload).
 */
final class CountingServletRequest extends HttpServletRequestWrapper {

	private volatile long bytes;

	private @Nullable ServletInputStream inputStream;

	CountingServletRequest(HttpServletRequest request) {
		super(request);
	}

	long bytes() {
		return this.bytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.inputStream == null) {
			this.inputStream = new CountingInputStream(super.getInputStream());
		}
		return this.inputStream;
	}

	private final class CountingInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		CountingInputStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				CountingServletRequest.this.bytes++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int read = this.delegate.read(b, off, len);
			if (read > 0) {
				CountingServletRequest.this.bytes += read;
			}
			return read;
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

	}

}
