# Production image: the portal against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/culture-targets-*.jar /portal.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home portal
USER portal
WORKDIR /home/portal
COPY --from=build /portal.jar portal.jar
ENV SPRING_PROFILES_ACTIVE=production
EXPOSE 8080
# an OutOfMemoryError leaves threads dead and the portal mute: exit, and let the supervisor restart it
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "portal.jar"]
