package org.steppingstone.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the app has begun to stop (Spring Boot sets readiness to
 * {@link ReadinessState#REFUSING_TRAFFIC} when the context starts to close, before the
 * graceful shutdown of the web server), every answer says {@code Connection: close}.
 * During a graceful shutdown Tomcat accepts no new connection but goes on serving the
 * requests that arrive on kept-alive ones, and when it stops it closes those connections
 * with whatever request a client had just sent on them unanswered (a read error for the
 * client; HAProxy sends it again, but a client talking to the replica directly loses it).
 * Closing each connection after its next answer means the client's next request opens a
 * new connection, which is refused (and which a load balancer sends to another replica).
 * A request that has passed this filter before the signal is answered without the header.
 * (Before the app is ready the state is the same, and the few answers then, to readiness
 * checks, close their connections too.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClosingConnections extends OncePerRequestFilter {

	private final ApplicationAvailability availability;

	ClosingConnections(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		chain.doFilter(request, response);
	}

}
