package co.monigo.spring.boot.metering.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Counts the bytes of the body the application writes, through the output stream or the writer, and
 * notices a client that went away (a write or flush that fails). Writes go straight to the container's
 * stream and writer: nothing is buffered here, so the response is unchanged.
 */
final class CountingServletResponse extends HttpServletResponseWrapper {

	private volatile long bytes;

	private volatile boolean aborted;

	private @Nullable ServletOutputStream outputStream;

	private @Nullable PrintWriter writer;

	CountingServletResponse(HttpServletResponse response) {
		super(response);
	}

	long bytes() {
		return this.bytes;
	}

	boolean aborted() {
		return this.aborted;
	}

	void abort() {
		this.aborted = true;
	}

	private void count(long written) {
		this.bytes += written;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.outputStream == null) {
			this.outputStream = new CountingOutputStream(super.getOutputStream());
		}
		return this.outputStream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			PrintWriter containerWriter = super.getWriter();
			this.writer = new PrintWriter(new CountingWriter(containerWriter, charset()));
		}
		return this.writer;
	}

	/** The response's charset; UTF-8 for counting when Java does not know the one the container accepted. */
	private Charset charset() {
		try {
			return Charset.forName(getCharacterEncoding());
		}
		catch (IllegalArgumentException unknown) {
			return StandardCharsets.UTF_8;
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		try {
			super.flushBuffer();
		}
		catch (IOException clientGone) {
			abort();
			throw clientGone;
		}
	}

	private final class CountingOutputStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		CountingOutputStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			try {
				this.delegate.write(b);
			}
			catch (IOException clientGone) {
				abort();
				throw clientGone;
			}
			count(1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			try {
				this.delegate.write(b, off, len);
			}
			catch (IOException clientGone) {
				abort();
				throw clientGone;
			}
			count(len);
		}

		@Override
		public void flush() throws IOException {
			try {
				this.delegate.flush();
			}
			catch (IOException clientGone) {
				abort();
				throw clientGone;
			}
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.delegate.setWriteListener(listener);
		}

	}

	/**
	 * Passes characters on to the container's writer and counts the bytes they encode to. The
	 * container's writer swallows I/O errors (it is a {@link PrintWriter}); its error flag is read on flush.
	 */
	private final class CountingWriter extends Writer {

		private final PrintWriter delegate;

		private final boolean utf8;

		private final Charset charset;

		CountingWriter(PrintWriter delegate, Charset charset) {
			this.delegate = delegate;
			this.charset = charset;
			this.utf8 = StandardCharsets.UTF_8.equals(charset);
		}

		@Override
		public void write(char[] chars, int off, int len) {
			this.delegate.write(chars, off, len);
			count(encodedLength(CharBuffer.wrap(chars, off, len)));
		}

		@Override
		public void write(String text, int off, int len) {
			this.delegate.write(text, off, len);
			count(encodedLength(CharBuffer.wrap(text, off, off + len)));
		}

		@Override
		public void write(int c) {
			this.delegate.write(c);
			count(encodedLength(CharBuffer.wrap(new char[] { (char) c })));
		}

		private long encodedLength(CharBuffer chars) {
			if (!this.utf8) {
				return this.charset.encode(chars).remaining();
			}
			long length = 0;
			while (chars.hasRemaining()) {
				char c = chars.get();
				// a surrogate pair is 4 bytes: 2 for each half, so a pair split across writes counts right
				length += (c < 0x80) ? 1 : (c < 0x800 || Character.isSurrogate(c)) ? 2 : 3;
			}
			return length;
		}

		@Override
		public void flush() {
			this.delegate.flush();
			if (this.delegate.checkError()) {
				abort();
			}
		}

		@Override
		public void close() {
			this.delegate.close();
		}

	}

}
