package org.steppingstone.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.steppingstone.browser.BrowserTest.Tool;

/**
 * Skips a {@link BrowserTest} class whose tool is missing (fails it when
 * STEPPINGSTONE_REQUIRE_BROWSER=true), and gives each Chromium class one browser, started
 * before its first test and quit after its last.
 */
class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Tool tool = tool(context);
		if (tool.installed() || "true".equals(System.getenv("STEPPINGSTONE_REQUIRE_BROWSER"))) {
			return ConditionEvaluationResult.enabled(tool.name + " required");
		}
		return ConditionEvaluationResult
			.disabled("Browser tests skipped: install " + tool.name + " with '" + tool.install + "' to run them.");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Tool tool = tool(context);
		if (!tool.installed()) {
			throw new IllegalStateException(tool.name + " is required here: " + tool.install);
		}
		if (tool == Tool.CHROMIUM) {
			int port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port", Integer.class);
			context.getStore(NAMESPACE).put(Browser.class, Browser.start(port, 1280, 900));
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static Tool tool(ExtensionContext context) {
		return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
			.map(BrowserTest::value)
			.orElseThrow();
	}

}
