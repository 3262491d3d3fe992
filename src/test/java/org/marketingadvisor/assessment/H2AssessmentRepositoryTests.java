package org.marketingadvisor.assessment;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The repository contract on the embedded H2 database the app uses, schema by Flyway,
 * validated by Hibernate.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class H2AssessmentRepositoryTests extends AssessmentRepositoryContract {

}
