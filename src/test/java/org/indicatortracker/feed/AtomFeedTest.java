package org.indicatortracker.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.jobs.JobRunner;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The public Atom feed of verdict updates. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    JobRunner runner;

    @Inject
    RevisionWatch watch;

    private String regionWithOneUpdate() {
        String region = FigureFixtures.region("订阅");
        FigureFixtures.aroundTarget(region, 2030, "5");
        FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runner.runNow(watch);
        FigureFixtures.outcome(region, 2030, Vintage.FINAL, "4.2", LocalDate.of(2031, 12, 30));
        runner.runNow(watch);
        return region;
    }

    private static Document parse(Response response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void theFeedIsWellFormedAtomWithOneBilingualEntryPerUpdate() throws Exception {
        String region = regionWithOneUpdate();

        Response response = given().get("/feeds/updates.atom?region=" + region);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/atom+xml"), response.contentType());
        Document feed = parse(response);

        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        assertTrue(text(root, "title").contains("判断更新") && text(root, "title").contains("verdict updates"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, entries.getLength());
        Element entry = (Element) entries.item(0);
        assertEquals("订阅市 · 地区生产总值增长 2030年：完成 → 未完成 | 订阅 City · GDP growth 2030: met → missed", text(entry, "title"));
        assertTrue(text(entry, "id").matches("http://localhost:\\d+/api/v1/updates/\\d+"), text(entry, "id"));
        String summary = text(entry, "summary");
        assertTrue(summary.contains("最终核实数为4.2%") && summary.contains("此前初步核算数为5.1%"), summary);
        assertTrue(summary.contains("The final figure published on 2031-12-30 is 4.2% (the preliminary figure was 5.1%)"), summary);
        assertTrue(text(entry, "updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertTrue(link.getAttribute("href").endsWith("/api/v1/evaluations?region=" + region + "&indicator=gdp_growth&year=2030"),
                link.getAttribute("href"));
    }

    @Test
    void anUnchangedFeedAnswersNotModified() {
        String region = regionWithOneUpdate();
        String etag = given().get("/feeds/updates.atom?region=" + region).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/feeds/updates.atom?region=" + region).then().statusCode(304);
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Document feed = parse(given().get("/feeds/updates.atom?region=NOUPDATES"));
        assertEquals(0, feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals("1970-01-01T00:00:00Z", text(feed.getDocumentElement(), "updated"));
    }
}
