# syntax=docker/dockerfile:1

# ---- Build stage ----------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Maven wrapper and POM first, so the dependency download is cached until pom.xml changes.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && (./mvnw -B -q dependency:resolve || true)

COPY src/ src/
RUN ./mvnw -B -DskipTests package

# ---- Runtime stage --------------------------------------------------------------------------
# The repackaged jar leaves out the embedded PostgreSQL binaries, so the container needs an external
# database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD
# (docker-compose.yml does this).
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 throughcare \
 && useradd --system --uid 10001 --gid throughcare --no-create-home --home-dir /app \
      --shell /usr/sbin/nologin throughcare
WORKDIR /app
COPY --from=build /workspace/target/throughcare-*.jar /app/throughcare.jar

USER throughcare
EXPOSE 8080
# No HEALTHCHECK: the JRE image has no curl. Use /actuator/health/liveness and
# /actuator/health/readiness from the orchestrator instead.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/throughcare.jar"]
