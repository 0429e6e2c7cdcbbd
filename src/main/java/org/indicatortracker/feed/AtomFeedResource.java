package org.indicatortracker.feed;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.feed.Updates.UpdateView;
import org.indicatortracker.system.Params;

/**
 * The public Atom feed of verdict updates (RFC 4287), newest 50, optionally of one region. Entry ids are the
 * JSON addresses of the updates, built on {@code indicators.public-url} when set so they stay stable behind
 * any proxy.
 */
@Path("/feeds/updates.atom")
@Tag(name = "Updates")
public class AtomFeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @Inject
    Updates updates;

    @Inject
    FeedConfig config;

    @GET
    @Produces(ATOM + ";charset=utf-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Atom feed of verdict updates", description = "Newest 50; region= narrows it to one region. Public.")
    public Response feed(@QueryParam("region") String region, @HeaderParam("If-None-Match") String ifNoneMatch,
                         @Context UriInfo uri) {
        String regionCode = Params.code("region", region);
        List<UpdateEvent> events = UpdateEvent.newest(regionCode, 0, ENTRIES);
        EntityTag tag = new EntityTag((regionCode == null ? "all" : regionCode) + "-"
                + (events.isEmpty() ? 0 : events.get(0).id) + "-" + UpdateEvent.countOf(regionCode), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        if (ifNoneMatch != null && (ifNoneMatch.contains("\"" + tag.getValue() + "\""))) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        String base = base(uri);
        String self = base + "/feeds/updates.atom" + (regionCode == null ? "" : "?region=" + encode(regionCode));
        return Response.ok(write(updates.views(events), base, self)).tag(tag).cacheControl(cache).build();
    }

    private String base(UriInfo uri) {
        URI configured = config.publicUrl().orElse(null);
        String base = configured != null ? configured.toString() : uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String write(List<UpdateView> items, String base, String self) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", "zh-CN");
            element(x, "id", self);
            element(x, "title", "指标追踪：判断更新 · Indicator Tracker: verdict updates");
            element(x, "subtitle", "新发布的数据改变了目标完成情况的判断。A newer release of an outcome changed whether a target was met.");
            element(x, "updated", time(items.isEmpty() ? Instant.EPOCH : items.get(0).detectedAt()));
            link(x, "self", self, ATOM);
            link(x, "alternate", base + "/api/v1/updates", "application/json");
            x.writeStartElement("author");
            element(x, "name", "Indicator Tracker");
            x.writeEndElement();
            element(x, "generator", "Indicator Tracker");
            for (UpdateView u : items) {
                entry(x, u, base);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, UpdateView u, String base) throws XMLStreamException {
        x.writeStartElement("entry");
        element(x, "id", base + "/api/v1/updates/" + u.id());
        element(x, "title", u.titleZh() + " | " + u.titleEn());
        element(x, "updated", time(u.detectedAt()));
        element(x, "published", time(u.detectedAt()));
        link(x, "alternate", base + "/api/v1/evaluations?region=" + encode(u.region()) + "&indicator=" + encode(u.indicator())
                + "&year=" + u.year(), "application/json");
        x.writeEmptyElement("category");
        x.writeAttribute("term", u.verdict().wire());
        x.writeEmptyElement("category");
        x.writeAttribute("term", u.region());
        element(x, "summary", summary(u));
        x.writeEndElement();
    }

    /** "2031-12-30公布的最终核实数为4.2%（此前初步核算数为5.1%），判断由…" then the same in English. */
    static String summary(UpdateView u) {
        String zh = u.publishedOn() + "公布的" + Updates.zh(u.vintage()) + "为" + amount(u.value(), u.unit(), "")
                + (u.previousVintage() == null ? "" : "（此前" + Updates.zh(u.previousVintage()) + "为"
                        + amount(u.previousValue(), u.unit(), "") + "）")
                + "，判断由“" + Updates.zh(u.previousVerdict()) + "”变为“" + Updates.zh(u.verdict()) + "”。"
                + (u.reasonZh() == null ? "" : u.reasonZh());
        String en = "The " + Updates.en(u.vintage()) + " published on " + u.publishedOn() + " is "
                + amount(u.value(), u.unit(), " ")
                + (u.previousVintage() == null ? "" : " (the " + Updates.en(u.previousVintage()) + " was "
                        + amount(u.previousValue(), u.unit(), " ") + ")")
                + ", so the verdict changed from " + Updates.en(u.previousVerdict()) + " to " + Updates.en(u.verdict()) + "."
                + (u.reasonEn() == null ? "" : " " + u.reasonEn());
        return zh + "\n" + en;
    }

    /** "4.2%" for rates; "1200 亿元" in English text (space) and "1200亿元" in Chinese. */
    private static String amount(java.math.BigDecimal value, String unit, String space) {
        if (unit == null || unit.isBlank()) {
            return plain(value);
        }
        return plain(value) + ("%".equals(unit) ? "" : space) + unit;
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
