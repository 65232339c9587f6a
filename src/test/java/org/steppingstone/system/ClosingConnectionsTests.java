package org.steppingstone.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the app serves, connections stay open between requests; from the moment it begins
 * to stop (readiness REFUSING_TRAFFIC, which Spring Boot publishes when the context
 * starts to close), every answer closes its connection, so that no client sends a request
 * on it that the stopping server would drop unanswered (bench/shutdown.sh measures the
 * whole shutdown under load).
 */
class ClosingConnectionsTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final ClosingConnections filter = new ClosingConnections(this.availability);

	@Test
	void shouldKeepConnectionsOpenWhileAcceptingTraffic() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		MockHttpServletResponse response = answer();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Connection")).isNull();
	}

	@Test
	void shouldCloseEveryConnectionOnceStopping() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		MockHttpServletResponse response = answer();
		assertThat(response.getStatus()).as("the request is still answered").isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("the page");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
	}

	private MockHttpServletResponse answer() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/programs"), response,
				new MockFilterChain(new HttpServlet() {
					@Override
					protected void doGet(HttpServletRequest request, HttpServletResponse page) throws IOException {
						page.getWriter().write("the page");
					}
				}));
		return response;
	}

}
