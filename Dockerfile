# Build with the Maven wrapper, run on a Java 25 JRE as a non-root user, started by scripts/production.sh with the
# settings README recommends (Spring AOT, an AOT class cache recorded at image build time, serial GC, 128 MB heap).
# No Docker engine runs on our development machines, so this file is kept simple and conventional; see README
# "Deploying".
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY data/ data/
RUN ./mvnw -B -q -DskipTests package && cp target/stepping-stone-*.jar /stepping-stone.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --no-create-home app \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY scripts/production.sh scripts/production.sh
COPY --from=build /stepping-stone.jar /tmp/stepping-stone.jar
# The class cache is recorded here, in the final image and at its final path (a cache is valid for one class path).
ENV PRODUCTION_DIR=/app/production
RUN scripts/production.sh prepare /tmp/stepping-stone.jar && rm /tmp/stepping-stone.jar && chown -R app:app /app
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["scripts/production.sh", "start"]
