package org.indicatortracker.extraction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.SourceRef;

/** Request and response bodies of {@code /api/v1/extractions}. */
public final class ExtractionPayloads {

    private ExtractionPayloads() {
    }

    @Schema(name = "ExtractionInput", description = "A work report's text. region and reportYear are inferred from the text when absent.",
            example = """
                    {"text":"——2023年1月3日在伊春市第十五届人民代表大会第二次会议上\\n一、2022年工作回顾\\n预计地区生产总值增长4%左右，规模以上工业增加值下降1.2%。","region":"230700","reportYear":2023}""")
    public record ExtractionInput(
            @Schema(description = "The report text (plain text; full-width digits are fine)") String text,
            @Schema(description = "Region code; inferred from the header (e.g. 伊春市 → 230700) when absent") @Size(max = 16) String region,
            @Schema(description = "The year the report is delivered in; inferred (meeting date, 2022年工作回顾 → 2023) when absent")
            @Min(1949) @Max(2100) Integer reportYear) {
    }

    @Schema(name = "ExtractedStatement", description = "One figure found in the text, with the quote it was read from")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StatementView(
            @Schema(description = "Position in the list, used to name errors at commit") int index,
            @Schema(description = "Catalogue key, null when the phrase matched no indicator name or alias") String indicator,
            @Schema(description = "Catalogue name of the matched indicator") String indicatorName,
            @Schema(description = "Catalogue unit of the matched indicator; commit converts the value into it") String indicatorUnit,
            @Schema(description = "The indicator as written in the text") String indicatorPhrase,
            @Schema(description = "For an unmatched phrase: a key a new indicator could take (null when none)") String suggestedKey,
            @Schema(description = "actual (the year under review) or target (the coming year)", enumeration = {"actual", "target"}) String kind,
            @Schema(description = "The year the figure is about; null when the report year is unknown") Integer year,
            Comparator comparator,
            @Schema(description = "The figure (a decline is negative; the low end of a range)") BigDecimal value,
            @Schema(description = "The high end of a range") BigDecimal valueHigh,
            @Schema(description = "Unit as written: %, 亿元, 万亩, 个 ...") String unit,
            @Schema(description = "estimate (under 预计) or reported", enumeration = {"estimate", "reported"}) String status,
            @Schema(description = "For outcomes, the vintage a commit uses unless changed: estimate → estimate, reported → preliminary")
            Vintage vintage,
            @Schema(description = "For relative statements: above or in_step") Relation relation,
            @Schema(description = "For relative statements: the indicator compared with (e.g. gdp_growth)") String refIndicator,
            @Schema(description = "For relative statements: the compared phrase as written") String refPhrase,
            @Schema(description = "About a period (过去五年, 年均, 今后五年) rather than one year") boolean multiYear,
            @Schema(description = "Exact text the figure was read from") String quote,
            @Schema(description = "Offset of the quote in the text, in UTF-16 code units (as JavaScript counts)") int start,
            @Schema(description = "End offset (exclusive)") int end) {
    }

    @Schema(name = "Extraction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtractionView(
            @Schema(description = "Given or inferred; null when unknown") Integer reportYear,
            @Schema(description = "Region code, given or inferred; null when unknown") String region,
            @Schema(description = "Name of that region") String regionName,
            @Schema(description = "Length of the text read, in UTF-16 code units") int length,
            List<StatementView> statements,
            @Schema(description = "For uploads only: the text read from the file, which the offsets refer to") String text,
            @Schema(description = "For uploads only: the file's name") String fileName) {
    }

    @Schema(name = "ExtractionCommit", description = """
            The reviewed statements to store as drafts, with the document they come from: an existing one (sourceId) or a
            new one (source). All statements are stored, or none.""",
            example = """
                    {"source":{"title":"2023年伊春市政府工作报告","issuingBody":"伊春市人民政府","region":"230700","publishedOn":"2023-01-03"},
                     "statements":[{"indicator":"gdp_growth","kind":"actual","year":2022,"comparator":"around","value":4,"unit":"%",
                       "status":"estimate","quote":"预计地区生产总值增长4%左右"}]}""")
    public record CommitInput(
            @Schema(description = "An existing source document") Long sourceId,
            @Schema(description = "A new source document (kind defaults to work_report)") @Valid NewSource source,
            @Schema(description = "Region of every statement; defaults to the source's region") @Size(max = 16) String region,
            @Schema(description = "Publication date of outcomes and adoption date of targets; defaults to the source's date")
            LocalDate publishedOn,
            @NotEmpty List<@NotNull @Valid CommitStatement> statements) {
    }

    @Schema(name = "NewSource")
    public record NewSource(@Size(max = 500) String title,
                            @Size(max = 200) String issuingBody,
                            @Size(max = 16) String region,
                            LocalDate publishedOn,
                            @Schema(description = "work_report unless given") SourceKind kind,
                            @Size(max = 2000) String url) {
    }

    @Schema(name = "CommitStatement", description = """
            A reviewed statement: as extracted, possibly edited. The extraction's read-only fields (index, indicatorName,
            indicatorUnit, suggestedKey, refPhrase, start, end) may be sent back and are ignored.""")
    @JsonIgnoreProperties({"index", "indicatorName", "indicatorUnit", "suggestedKey", "refPhrase", "start", "end"})
    public record CommitStatement(
            @Schema(description = "Catalogue key; required (map an unmatched phrase to a key, or leave the statement out)") String indicator,
            @Schema(description = "The phrase as written, quoted in errors") @Size(max = 500) String indicatorPhrase,
            @NotNull @Pattern(regexp = "actual|target", message = "must be actual or target") String kind,
            Integer year,
            @NotNull Comparator comparator,
            BigDecimal value,
            BigDecimal valueHigh,
            @Schema(description = "Unit of value as written; converted into the indicator's unit (万亿斤 → 亿斤)") @Size(max = 32) String unit,
            @Schema(description = "estimate or reported; gives the vintage of an outcome when vintage is absent")
            @Pattern(regexp = "estimate|reported", message = "must be estimate or reported") String status,
            @Schema(description = "Vintage of an outcome; overrides status") Vintage vintage,
            String refIndicator,
            Relation relation,
            Boolean multiYear,
            String quote) {
    }

    @Schema(name = "ExtractionCommitResult")
    public record CommitResult(SourceRef source, String region, int targets, int actuals, List<Created> created) {
    }

    /** What statement {@code index} became. */
    public record Created(int index, @Schema(enumeration = {"target", "actual"}) String type, long id) {
    }
}
