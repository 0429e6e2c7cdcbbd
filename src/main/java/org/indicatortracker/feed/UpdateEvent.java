package org.indicatortracker.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.system.EnumConverters;

/**
 * A verdict that changed because a newer release of the outcome appeared (say the preliminary 5.2% "met" and the
 * final 4.8% "missed"). Written by {@link RevisionWatch}; read by the Atom feed and the updates API, and sent to
 * the editors' webhook when one is configured.
 */
@Entity
@Table(name = "update_event")
public class UpdateEvent extends PanacheEntityBase {

    public enum WebhookState { PENDING, DELIVERED, FAILED, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "indicator_key")
    public String indicatorKey;

    public int year;

    @Column(name = "target_id")
    public long targetId;

    @Column(name = "previous_verdict")
    @Convert(converter = VerdictCode.class)
    public Verdict previousVerdict;

    @Convert(converter = VerdictCode.class)
    public Verdict verdict;

    @Column(name = "previous_actual_id")
    public Long previousActualId;

    @Column(name = "actual_id")
    public long actualId;

    @Column(name = "previous_vintage")
    @Convert(converter = EnumConverters.VintageCode.class)
    public Vintage previousVintage;

    @Convert(converter = EnumConverters.VintageCode.class)
    public Vintage vintage;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    public BigDecimal value;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "reason_zh")
    public String reasonZh;

    @Column(name = "reason_en")
    public String reasonEn;

    @Column(name = "detected_at")
    public Instant detectedAt;

    @Column(name = "webhook_state")
    @Convert(converter = WebhookStateCode.class)
    public WebhookState webhookState = WebhookState.PENDING;

    @Column(name = "webhook_attempts")
    public int webhookAttempts;

    @Column(name = "webhook_next_at")
    public Instant webhookNextAt;

    @Column(name = "webhook_last_error")
    public String webhookLastError;

    /** Newest first, optionally of one region. */
    public static List<UpdateEvent> newest(String regionCode, int page, int size) {
        return regionCode == null
                ? find("order by detectedAt desc, id desc").page(Page.of(page, size)).list()
                : find("regionCode = ?1 order by detectedAt desc, id desc", regionCode).page(Page.of(page, size)).list();
    }

    public static long countOf(String regionCode) {
        return regionCode == null ? count() : count("regionCode", regionCode);
    }

    /** Events waiting for the webhook whose next attempt is due, oldest first. */
    public static List<UpdateEvent> dueForWebhook(Instant now, int limit) {
        return find("webhookState = ?1 and (webhookNextAt is null or webhookNextAt <= ?2) order by id",
                WebhookState.PENDING, now).page(Page.ofSize(limit)).list();
    }

    @Converter
    public static class VerdictCode extends EnumConverters.CodeConverter<Verdict> {
        public VerdictCode() {
            super(Verdict.class);
        }
    }

    @Converter
    public static class WebhookStateCode extends EnumConverters.CodeConverter<WebhookState> {
        public WebhookStateCode() {
            super(WebhookState.class);
        }
    }
}
