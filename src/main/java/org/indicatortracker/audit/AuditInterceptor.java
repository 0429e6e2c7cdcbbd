package org.indicatortracker.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.type.Type;
import org.indicatortracker.figure.Figure;

/**
 * Makes sure every transaction that writes a target or outcome through Hibernate is attributed before its first
 * statement reaches the audit triggers: whoever writes figures (the API, editing pages, an extraction commit) is
 * recorded without having to remember to.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    @Inject
    AuditContext audit;

    @Inject
    Session session;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        touch(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        touch(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        touch(entity);
    }

    // The same for stateless sessions (bulk writes through Hibernate).
    @Override
    public void onInsert(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        touch(entity);
    }

    @Override
    public void onUpdate(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        touch(entity);
    }

    @Override
    public void onDelete(Object entity, Object id, String[] propertyNames, Type[] types) {
        touch(entity);
    }

    private void touch(Object entity) {
        if (entity instanceof Figure) {
            audit.ensureStamped(session);
        }
    }
}
