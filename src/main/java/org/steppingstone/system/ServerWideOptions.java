package org.steppingstone.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.Adapter;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * {@code OPTIONS * HTTP/1.1} asks what the server as a whole supports. Tomcat answers it
 * itself, before any filter, with {@code Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS};
 * this site refuses everything but GET and HEAD ({@link SecurityHeaders}), so the answer
 * is given here, in front of Tomcat's own request processing, and says so. Every other
 * request passes through untouched.
 */
@Component
class ServerWideOptions implements TomcatConnectorCustomizer {

	static final String ALLOWED = "GET, HEAD";

	@Override
	public void customize(Connector connector) {
		// The connector creates its request adapter when it is initialised, after this
		// customizer has run.
		connector.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				ProtocolHandler handler = connector.getProtocolHandler();
				handler.setAdapter(new HonestOptions(handler.getAdapter()));
			}
		});
	}

	private record HonestOptions(Adapter delegate) implements Adapter {

		@Override
		public void service(Request request, Response response) throws Exception {
			if ("OPTIONS".equals(request.getMethod()) && request.requestURI().equals("*")) {
				response.setStatus(200);
				response.setHeader(HttpHeaders.ALLOW, ALLOWED);
				response.setContentLength(0);
				this.delegate.log(request, response, 0);
				return;
			}
			this.delegate.service(request, response);
		}

		@Override
		public boolean prepare(Request request, Response response) throws Exception {
			return this.delegate.prepare(request, response);
		}

		@Override
		public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
			return this.delegate.asyncDispatch(request, response, status);
		}

		@Override
		public void log(Request request, Response response, long time) {
			this.delegate.log(request, response, time);
		}

		@Override
		public void checkRecycled(Request request, Response response) {
			this.delegate.checkRecycled(request, response);
		}

		@Override
		public String getDomain() {
			return this.delegate.getDomain();
		}

	}

}
