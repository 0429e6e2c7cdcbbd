package org.indicatortracker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.indicatortracker.domain.RegionLevel;
import org.indicatortracker.region.Region;

/** Jobs that exist only in tests: one that counts its runs, one that writes and then fails. */
final class TestJobs {

    private TestJobs() {
    }

    @ApplicationScoped
    static class Counting implements ClusterJob {
        private final AtomicInteger runs = new AtomicInteger();

        /** A method, not the field: the injected client proxy does not share the bean's fields. */
        int runs() {
            return runs.get();
        }

        @Override
        public String name() {
            return "test-counting";
        }

        @Override
        public String run() {
            return "run number " + runs.incrementAndGet();
        }
    }

    @ApplicationScoped
    static class Failing implements ClusterJob {
        static final String REGION = "FAILJOB";

        @Override
        public String name() {
            return "test-failing";
        }

        @Override
        public String run() {
            Region r = new Region();
            r.code = REGION;
            r.nameZh = "不应保存";
            r.nameEn = "Must not be saved";
            r.level = RegionLevel.COUNTY;
            r.persist();
            r.flush();
            throw new IllegalStateException("the source system is down");
        }
    }
}
