package org.steppingstone.system;

import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/** Whether a request accepts a gzip body (RFC 9110, 12.5.3), for {@link PageCache}. */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values.hasMoreElements()) {
			for (String coding : StringUtils.commaDelimitedListToStringArray(values.nextElement())) {
				String[] parts = coding.split(";");
				String name = parts[0].trim().toLowerCase(Locale.ROOT);
				if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean refused(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) <= 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

}
