package org.propdesk.spring.boot.starter;

import java.time.Clock;
import org.propdesk.core.spi.Directory;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every host of these tests gives the starter: the fixtures' directory and a clock it can move. */
@Configuration(proxyBeanMethods = false)
class StandardHost {
  @Bean
  Directory directory() {
    return Fixtures.directory();
  }

  @Bean
  Clock clock() {
    return MutableClock.shanghai("2026-03-02T09:00");
  }
}
