package org.steppingstone.api;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each API endpoint reads the database in a fixed number of statements, far fewer than
 * its rows (25 programs, 86 courses, 35 pathways, 103 sources): an N+1 query on any
 * association fails this test.
 */
// The page cache is off here: with it, the second request would read nothing at all.
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"steppingstone.page-cache.enabled=false" })
@AutoConfigureMockMvc
class ApiStatementCountTests {

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
	@CsvSource({ "/api/v1/programs?size=100, 4", "/api/v1/programs?q=data&sort=share&credit=true, 4",
			"/api/v1/programs/mitx-supply-chain-management, 5", "/api/v1/programs/mitx-statistics-and-data-science, 5",
			"/api/v1/degrees?size=100, 2", "/api/v1/degrees/mit-masters-supply-chain-management, 4",
			"/api/v1/pathways?size=100, 1",
			"/api/v1/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management, 3",
			"/api/v1/institutions?size=100, 3", "/api/v1/sources?size=100, 2" })
	void shouldAnswerInAFixedNumberOfStatements(String url, long limit) throws Exception {
		this.mvc.perform(get(url).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
		this.statistics.clear();
		this.mvc.perform(get(url).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
		assertThat(this.statistics.getPrepareStatementCount()).isPositive().isLessThanOrEqualTo(limit);
	}

}
