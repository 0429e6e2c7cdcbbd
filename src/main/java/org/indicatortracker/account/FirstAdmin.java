package org.indicatortracker.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import org.indicatortracker.system.AppConfig;
import org.indicatortracker.system.StartupLock;
import org.jboss.logging.Logger;

/**
 * Creates the first admin when no account exists, from {@code INDICATORS_ADMIN_USER} /
 * {@code INDICATORS_ADMIN_PASSWORD}; without a password, a random one is generated and printed once.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    AppConfig config;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        StartupLock.acquire(em);
        if (UserAccount.count() > 0) {
            return;
        }
        String user = config.admin().user();
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.warnf("Created the first admin account '%s' with the generated password: %s  "
                    + "(shown only this once; set INDICATORS_ADMIN_PASSWORD to choose it)", user, password);
        } else {
            LOG.infof("Created the first admin account '%s' from INDICATORS_ADMIN_PASSWORD", user);
        }
        UserAccount.create(user, password, "admin,editor");
    }
}
