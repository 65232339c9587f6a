package org.steppingstone.system;

import java.net.URI;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page and API endpoint reads the database in a fixed number of statements: far
 * fewer than its rows (25 programs, 86 courses, 35 pathways, 103 sources), so an N+1
 * query on any association fails this test.
 */
// The page cache is off here: with it, the second request would read nothing at all.
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"steppingstone.page-cache.enabled=false" })
@AutoConfigureMockMvc
class StatementCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@ParameterizedTest(name = "{0} in at most {1} statements")
	@CsvSource({ "/, 3", "/compare, 6", "/programs, 3", "/programs?q=data&sort=share&credit=true, 3",
			"/programs/mitx-supply-chain-management, 5", "/programs/mitx-statistics-and-data-science, 5", "/degrees, 2",
			"/degrees/mit-masters-supply-chain-management, 4", "/pathways, 1",
			"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management, 3", "/institutions, 3",
			"/institutions/mit, 3", "/sources, 2",
			"/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&tuition=1, 2",
			"'/compare/credentials?item=program:mitx-supply-chain-management&item=degree:mit-masters-supply-chain-management&item=program:adelaidex-big-data&item=degree:gatech-online-ms-analytics', 7",
			"/api/v1/programs?size=100, 4", "/api/v1/programs?q=data&sort=share&credit=true, 4",
			"/api/v1/programs/mitx-supply-chain-management, 5", "/api/v1/programs/mitx-statistics-and-data-science, 5",
			"/api/v1/degrees?size=100, 2", "/api/v1/degrees/mit-masters-supply-chain-management, 4",
			"/api/v1/pathways?size=100, 1",
			"/api/v1/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management, 3",
			"/api/v1/institutions?size=100, 3", "/api/v1/sources?size=100, 2", "/routes, 2",
			"/routes?field=business-management&maxCost=40000, 2", "/routes?includeHistorical=true&sort=months, 2",
			"/routes?country=HK&rateFrom=HKD&rate=0.128, 2", "/api/v1/routes?includeHistorical=true, 2" })
	void shouldReadInAFixedNumberOfStatements(String url, long limit) throws Exception {
		MediaType type = url.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML;
		read(url, type);
		this.statistics.clear();
		read(url, type);
		assertThat(this.statistics.getPrepareStatementCount()).isPositive().isLessThanOrEqualTo(limit);
	}

	private void read(String url, MediaType type) throws Exception {
		this.mvc.perform(get(URI.create(url)).accept(type))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(type));
	}

}
