package org.steppingstone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SteppingStoneApplication {

	public static void main(String[] args) {
		SpringApplication.run(SteppingStoneApplication.class, args);
	}

}
