package co.monigo.benchmarks.startup;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassOriginsTests {

	private static final String JAR = "jar:nested:/work/app-exec.jar/!BOOT-INF/lib/";

	@Test
	void countsClassesByTheJarOrPartOfTheJdkTheyCameFrom() {
		ClassOrigins origins = ClassOrigins.parse(String.join("\n",
				"[0.010s][info][class,load] java.lang.Object source: shared objects file",
				"[0.011s][info][class,load] java.lang.String source: shared objects file",
				"[0.020s][info][class,load] java.lang.management.ManagementFactory source: jrt:/java.management",
				"[0.100s][info][class,load] org.springframework.boot.loader.launch.JarLauncher source: file:/work/app-exec.jar",
				"[3.191s][info][class,load] reactor.core.publisher.Mono source: " + JAR + "reactor-core-3.8.6.jar!/",
				"[3.192s][info][class,load] reactor.core.publisher.Flux source: " + JAR + "reactor-core-3.8.6.jar!/",
				"[3.300s][info][class,load] co.monigo.benchmarks.startup.app.HelloController source: "
						+ "jar:nested:/work/app-exec.jar/!BOOT-INF/classes/!/",
				"[3.400s][info][class,load] x.Y$$Lambda/0x0000 source: x.Y",
				"[3.401s][info][class,load] jdk.proxy2.$Proxy12 source: __dynamic_proxy__", "not a class line"));

		assertThat(origins.counts()).containsOnly(Map.entry("JDK (class data sharing archive)", 2),
				Map.entry("JDK java.management", 1), Map.entry("Spring Boot launcher", 1),
				Map.entry("reactor-core-3.8.6.jar", 2), Map.entry("application classes", 1),
				Map.entry(ClassOrigins.GENERATED, 2));
		assertThat(origins.total()).isEqualTo(9);
	}

	@Test
	void moreThanListsOnlyTheOriginsThatGrewMostFirst() {
		ClassOrigins plain = new ClassOrigins(Map.of("spring-core.jar", 500, "tomcat.jar", 300));
		ClassOrigins monigo = new ClassOrigins(
				Map.of("spring-core.jar", 560, "tomcat.jar", 300, "aspectjweaver.jar", 309, "netty-common.jar", 59));

		assertThat(monigo.moreThan(plain)).containsExactly(Map.entry("aspectjweaver.jar", 309),
				Map.entry("spring-core.jar", 60), Map.entry("netty-common.jar", 59));
	}

}
