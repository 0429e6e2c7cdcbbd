package org.indicatortracker.dashboard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static io.restassured.RestAssured.given;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.editor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Browser;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public dashboard in a real headless Chromium against the app with its demo data: rendered data (not just a
 * canvas), the language toggle, permalinks, downloads, embed mode, states, keyboard access and axe checks.
 * Screenshots of every view land in target/screenshots. Other test classes add figures to the shared database, so
 * exact checks stay on the national series, which no test changes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DashboardBrowserTest {

    private static final String INDICATOR = "/?view=indicator&region=CN&indicator=gdp_growth&lang=zh";
    private static final String CHART = "Chart.getChart(document.querySelector('%s canvas'))";

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeEach
    void startBrowserOnce() {
        if (browser == null) {
            browser = Browser.start(base);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private Object chart(String expression) {
        return browser.js("return " + String.format(CHART, ".chart-card") + "." + expression + ";");
    }

    private List<?> dataset(String id) {
        return (List<?>) browser.js("return " + String.format(CHART, ".chart-card")
                + ".data.datasets.find(d => d.id === arguments[0]).data;", id);
    }

    private String bodyText() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    @Test
    void opensOnTheNationalOverviewOfTheLatestYearInChineseWhateverTheBrowserLanguage() {
        browser.open("/");
        assertThat(browser.url(), containsString("view=overview&region=CN&year=2025&lang=zh"));
        assertEquals("zh-CN", browser.js("return document.documentElement.lang;"));
        assertEquals("全国2025年目标完成情况", browser.text(By.cssSelector("h1")));
        assertEquals("100%", browser.text(By.cssSelector(".share-value")));
        List<WebElement> tiles = browser.all(By.cssSelector("[aria-labelledby=tiles-targets] .tile"));
        assertEquals(5, tiles.size());
        WebElement gdp = browser.waitFor(By.cssSelector(".tile[data-indicator=gdp_growth]"));
        assertThat(gdp.getText(), containsString("增长5%左右"));
        assertThat(gdp.getText(), containsString("5%"));
        assertThat(gdp.findElement(By.cssSelector(".verdict")).getText(), equalTo("✓\n完成"));
        assertThat(browser.text(By.cssSelector(".chart-card .card-title")), equalTo("全国：目标完成比例"));
        assertEquals(Arrays.asList(100L, 100L, 100L, 100L, 60L, 100L, 100L, 100L), dataset("share_all"));
        browser.screenshot("overview-zh");
    }

    @Test
    void yichunIsOneClickAwayAndShowsItsPublishedOutcomesWithSources() {
        browser.open("/?lang=zh");
        browser.waitFor(By.xpath("//a[contains(@class,'chip') and text()='伊春市']")).click();
        browser.waitReady();
        // its latest year with outcomes: 2022 in the demo data (other test classes may add later years of their own)
        int latest = given().get("/api/v1/coverage/230700").then().extract().path("latestWithOutcomes");
        assertThat(browser.url(), containsString("view=overview&region=230700&year=" + latest + "&lang=zh"));
        assertThat(browser.text(By.cssSelector("h1")), startsWith("伊春市"));
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("pick-year"))).selectByValue("2022");
        browser.waitReady();
        assertThat(browser.url(), containsString("region=230700&year=2022"));
        assertThat(browser.text(By.cssSelector("h1")), equalTo("伊春市2022年目标完成情况"));
        assertThat(browser.text(By.id("tiles-others")), containsString("已公布的其他实际数据"));
        assertEquals(12, browser.all(By.cssSelector("[aria-labelledby=tiles-others] .tile")).size());
        browser.waitFor(By.xpath("//button[starts-with(text(),'显示全部')]")).click();
        assertThat(browser.all(By.cssSelector("[aria-labelledby=tiles-others] .tile")).size(), greaterThanOrEqualTo(60));
        String afforestation = browser.text(By.cssSelector(".tile[data-indicator=afforestation_area]"));
        assertThat(afforestation, containsString("27.1万亩"));
        assertThat(afforestation, containsString("造林绿化27.1万亩"));
        assertThat(afforestation, containsString("伊春市2023年政府工作报告"));
        browser.screenshot("overview-yichun-zh");
    }

    @Test
    void indicatorChartPlotsOutcomesTargetsAndBandsAndItsTableHasEveryYear() {
        browser.open(INDICATOR);
        assertEquals(List.of(6.6, 6L, 2.3, 8.4, 3L, 5.2, 5L, 5L), dataset("outcome"));
        assertEquals(List.of(5L, 6L), dataset("target_band").get(4));
        assertEquals(5.5, dataset("target").get(4));
        assertEquals(Boolean.TRUE, chart("isDatasetVisible(1)"), "first release shown: 2019 and 2021 were revised");
        List<WebElement> rows = browser.all(By.cssSelector(".table-card tbody tr"));
        assertEquals(8, rows.size());
        String row2022 = rows.stream().map(WebElement::getText).filter(t -> t.startsWith("2022")).findFirst().orElseThrow();
        assertThat(row2022, containsString("增长5.5%左右"));
        assertThat(row2022, containsString("3%"));
        assertThat(row2022, containsString("未完成"));
        assertThat(row2022, containsString("最终核实"));
        assertThat(row2022, containsString("国家统计局2022年GDP最终核实"));
        String summary = browser.text(By.cssSelector(".card-summary"));
        assertThat(summary, containsString("2018–2025"));
        assertThat(browser.driver.findElement(By.cssSelector(".chart-card canvas")).getAttribute("aria-label"), containsString(summary));
        browser.screenshot("indicator-zh");
    }

    @Test
    void keyboardReachesEveryPointAndAnnouncesIt() {
        browser.open(INDICATOR);
        WebElement canvas = browser.waitFor(By.cssSelector(".chart-card canvas"));
        assertEquals("0", canvas.getAttribute("tabindex"));
        canvas.sendKeys(Keys.ARROW_RIGHT);
        String live = "return document.querySelector('.chart-card [aria-live]').textContent;";
        assertThat((String) browser.js(live), startsWith("2018，实际（最新）：6.6%"));
        canvas.sendKeys(Keys.ARROW_RIGHT);
        assertThat((String) browser.js(live), startsWith("2019"));
        canvas.sendKeys(Keys.END);
        assertThat((String) browser.js(live), allOf("2025", "完成"));
        canvas.sendKeys(Keys.ARROW_DOWN);
        assertThat((String) browser.js(live), containsString("首次公布"));
        assertEquals(1L, browser.js("return Chart.getChart(arguments[0]).tooltip.getActiveElements().length;", canvas));
    }

    private static org.hamcrest.Matcher<String> allOf(String a, String b) {
        return org.hamcrest.Matchers.allOf(containsString(a), containsString(b));
    }

    @Test
    void languageToggleSwitchesEveryTextAndKeepsTheView() {
        browser.open(INDICATOR);
        browser.waitFor(By.id("lang-toggle")).click();
        browser.waitReady();
        assertThat(browser.url(), containsString("view=indicator&region=CN&indicator=gdp_growth&lang=en"));
        assertEquals("en", browser.js("return document.documentElement.lang;"));
        assertEquals("GDP growth · China", browser.text(By.cssSelector("h1")));
        assertEquals("Outcome (latest)", chart("data.datasets[0].label"));
        assertThat(browser.text(By.cssSelector(".table-card thead")), containsString("Year"));
        assertThat(browser.text(By.id("lang-toggle")), equalTo("中文"));
        assertFalse(bodyText().contains("⟦"), "a text without translation");
        browser.open("/?view=overview&region=CN&year=2025&lang=en");
        assertThat(browser.text(By.cssSelector(".tile[data-indicator=new_urban_jobs]")), containsString("12.67M people"));
        assertThat(browser.text(By.cssSelector(".tile[data-indicator=grain_output]")), containsString("1.43T jin"));
        browser.waitFor(By.id("lang-toggle")).click();
        browser.waitReady();
        assertThat(browser.text(By.cssSelector(".tile[data-indicator=new_urban_jobs]")), containsString("1,267万人"));
        assertEquals("全国2025年目标完成情况", browser.text(By.cssSelector("h1")));
    }

    @Test
    void noViewShowsAnUntranslatedKeyInEitherLanguage() {
        for (String lang : List.of("zh", "en")) {
            for (String view : List.of("overview", "indicator", "years", "regions", "revisions")) {
                browser.open("/?view=" + view + "&region=CN&lang=" + lang);
                assertFalse(bodyText().contains("⟦"), view + " in " + lang + " shows an untranslated key");
                assertEquals("ready", browser.js("return document.body.dataset.state;"), view + " " + lang);
            }
        }
    }

    @Test
    void aPermalinkRestoresTheViewExactly() {
        browser.open("/?view=years&region=CN&years=2019,2021,2023&lang=en");
        assertEquals(List.of("2019", "2021", "2023"), checkedYears());
        assertEquals(List.of("outcome_2019", "target_2019", "outcome_2021", "target_2021", "outcome_2023", "target_2023"),
                chart("data.datasets.map(d => d.id)"));
        browser.waitFor(By.cssSelector("label[for=year-2022]")).click();
        browser.waitReady();
        assertThat(browser.url(), containsString("years=2019,2021,2022,2023&lang=en"));
        browser.driver.navigate().refresh();
        browser.waitReady();
        assertEquals(List.of("2019", "2021", "2022", "2023"), checkedYears());
        assertEquals("Indicators year by year", browser.text(By.id("matrix-title")));
        browser.driver.navigate().back();
        browser.waitReady();
        assertEquals(List.of("2019", "2021", "2023"), checkedYears());
    }

    private List<?> checkedYears() {
        return (List<?>) browser.js("return [...document.querySelectorAll('.field-years input:checked')].map(i => i.value);");
    }

    @Test
    void csvDownloadHoldsTheChartsDataWithLocalisedHeaders() throws IOException {
        browser.open(INDICATOR);
        browser.clearDownloads();
        browser.waitFor(By.xpath("//a[text()='下载数据（CSV）']")).click();
        Path csv = browser.awaitDownload(".csv");
        assertEquals("series-CN-gdp_growth.csv", csv.getFileName().toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text, startsWith("年份,目标表述,"));
        assertThat(text, containsString("2022,增长5.5%左右,5.5,5,6,3,3,最终核实"));
    }

    @Test
    void pngDownloadKeepsTitleLegendAndSourceLine() throws IOException {
        browser.open(INDICATOR);
        browser.clearDownloads();
        assertEquals("地区生产总值增长 · 全国", chart("$itExport.title"));
        assertThat((String) chart("$itExport.source"), containsString("?view=indicator&region=CN&indicator=gdp_growth&lang=zh"));
        assertEquals(List.of("实际（最新）", "首次公布", "目标", "目标区间"), chart("$itExport.legend.map(l => l.text)"));
        browser.waitFor(By.xpath("//button[text()='下载图片（PNG）']")).click();
        Path png = browser.awaitDownload(".png");
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        var image = javax.imageio.ImageIO.read(png.toFile());
        long chartHeight = (Long) chart("height");
        assertThat("title, legend and source add height", (long) image.getHeight(), greaterThan(2 * chartHeight + 100));
    }

    @Test
    void embedModeShowsOnlyTheChartWithALinkBackAndTheDialogGivesTheSnippet() {
        browser.open(INDICATOR);
        browser.waitFor(By.xpath("//button[text()='嵌入']")).click();
        String snippet = browser.waitFor(By.cssSelector("dialog textarea")).getAttribute("value");
        assertThat(snippet, startsWith("<iframe src=\"http"));
        assertThat(snippet, containsString("view=indicator&region=CN&indicator=gdp_growth&lang=zh&embed=1"));
        browser.driver.findElement(By.cssSelector("dialog textarea")).sendKeys(Keys.ESCAPE);

        browser.open("/?view=indicator&region=CN&indicator=gdp_growth&lang=zh&embed=1");
        assertFalse(browser.driver.findElement(By.cssSelector(".site-header")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("controls")).isDisplayed());
        assertEquals(List.of(6.6, 6L, 2.3, 8.4, 3L, 5.2, 5L, 5L), dataset("outcome"));
        WebElement back = browser.waitFor(By.cssSelector(".embed-back"));
        assertThat(back.getAttribute("href"), containsString("view=indicator&region=CN&indicator=gdp_growth&lang=zh"));
        assertThat(back.getAttribute("href"), not(containsString("embed=1")));
        assertTrue(browser.all(By.cssSelector(".table-card")).isEmpty(), "embed mode shows the chart only");
        browser.screenshot("embed-indicator");
    }

    @Test
    void compareRegionsRanksRegionsBestFirstWithTheirOwnTargets() {
        browser.open("/?lang=zh");
        browser.waitFor(By.xpath("//nav//a[text()='地区对比']")).click();
        browser.waitReady();
        // the year with most regions (the latest of those): 2022 in the demo data; other test classes add figures too
        List<Map<String, Integer>> years = given().get("/api/v1/coverage").then().extract().path("years");
        int best = years.stream().reduce((a, b) -> b.get("regions") >= a.get("regions") ? b : a).orElseThrow().get("year");
        assertThat("opens on the year most regions have", browser.url(), containsString("indicator=gdp_growth&year=" + best));
        browser.open("/?view=regions&region=CN&indicator=gdp_growth&year=2022&lang=zh");
        List<?> labels = (List<?>) chart("data.labels");
        assertThat((List<Object>) labels, hasItems("伊春市", "全国"));
        assertThat(labels.indexOf("伊春市"), lessThan(labels.indexOf("全国")));
        assertEquals(5.5, dataset("target").get(labels.indexOf("全国")));
        assertEquals("y", chart("options.indexAxis"));
        assertThat(browser.text(By.cssSelector(".table-card tbody tr")), startsWith("1"));
        browser.screenshot("compare-regions-zh");
    }

    @Test
    void compareYearsShowsChosenYearsSideBySideWithTargetsAndVerdicts() {
        browser.open("/?view=years&region=CN&lang=zh");
        assertThat(browser.url(), containsString("years=2023,2024,2025"));
        assertEquals(5, browser.all(By.cssSelector(".table-card tbody tr")).size());
        assertEquals(List.of("地区生产总值增长", "城镇调查失业率", "居民消费价格涨幅"), chart("data.labels"));
        assertEquals(3L, chart("options.plugins.itTargetMarks.pairs.length"));
        assertThat(browser.text(By.cssSelector(".table-card tbody")), containsString("超额完成"));
        browser.screenshot("compare-years-zh");
    }

    @Test
    void revisionsShowHowOneYearsFigureMovedBetweenReleases() {
        browser.open("/?lang=zh");
        browser.waitFor(By.xpath("//nav//a[text()='数据修订']")).click();
        browser.waitReady();
        assertThat("opens on the latest revised year", browser.url(), containsString("indicator=gdp_growth&year=2022"));
        browser.open("/?view=revisions&region=CN&indicator=gdp_growth&year=2021&lang=zh");
        assertEquals(List.of(8.1, 8.4), dataset("outcome"));
        assertThat(browser.text(By.cssSelector(".card-summary")), containsString("+0.3个百分点"));
        assertEquals(2, browser.all(By.cssSelector(".table-card tbody tr")).size());
        browser.screenshot("revisions-zh");
    }

    @Test
    void emptyStatesSayWhatIsMissingAndWhatToDo() {
        admin().body(Map.of("code", "DBT01", "nameZh", "测试空白市", "nameEn", "Empty test city", "level", "prefecture", "parent", "230000"))
                .post("/api/v1/regions").then().statusCode(201);
        browser.open("/?view=overview&region=DBT01&lang=zh");
        assertThat(browser.text(By.cssSelector(".state-empty")), containsString("测试空白市尚未收录任何目标或实际数据"));
        assertThat(browser.text(By.cssSelector(".state-empty a")), equalTo("回到全国总览"));

        int target = editor().body(Map.of("region", "DBT01", "indicator", "gdp_growth", "year", 2026, "comparator", "around",
                "value", 5, "wording", "增长5%左右", "adoptedOn", "2026-01-15")).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id");
        try {
            browser.open("/?view=overview&region=DBT01&lang=zh");
            WebElement tile = browser.waitFor(By.cssSelector(".tile[data-indicator=gdp_growth]"));
            assertThat(tile.getText(), containsString("尚未公布实际数据"));
            assertThat(tile.getText(), containsString("暂无法评价"));
            assertThat(browser.text(By.cssSelector(".share-box")), containsString("不计入完成率"));
            browser.screenshot("overview-empty-zh");
        } finally {
            // Other views list the regions with published figures: withdraw this one (published figures are never deleted).
            editor().body(Map.of("reason", "test figure", "version", 0)).post("/api/v1/targets/" + target + "/withdrawal")
                    .then().statusCode(200);
        }
    }

    @Test
    void aFailedRequestShowsWhatToDoAndRetryRecovers() {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/charts/series*")));
        try {
            browser.open(INDICATOR);
            WebElement alert = browser.waitFor(By.cssSelector(".state-error"));
            assertThat(alert.getText(), containsString("无法连接服务器"));
            assertEquals("alert", alert.getAttribute("role"));
        } finally {
            browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        browser.waitFor(By.xpath("//button[text()='重试']")).click();
        browser.waitFor(By.cssSelector(".table-card tbody tr"));
        assertEquals(List.of(6.6, 6L, 2.3, 8.4, 3L, 5.2, 5L, 5L), dataset("outcome"));
    }

    @Test
    void everyViewPassesAxeWithoutSeriousViolations() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/?view=overview&region=CN&lang=zh");
        pages.put("overview-yichun-en", "/?view=overview&region=230700&lang=en");
        pages.put("indicator-en", "/?view=indicator&region=CN&indicator=gdp_growth&lang=en");
        pages.put("compare-years-en", "/?view=years&region=CN&lang=en");
        pages.put("compare-regions-en", "/?view=regions&region=CN&indicator=gdp_growth&year=2022&lang=en");
        pages.put("revisions-en", "/?view=revisions&region=CN&indicator=gdp_growth&year=2021&lang=en");
        pages.put("method-zh", "/method.html?lang=zh");
        pages.put("method-en", "/method.html?lang=en");
        pages.put("embed", "/?view=overview&region=CN&lang=zh&embed=1");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            var violations = browser.seriousAccessibilityViolations();
            assertThat(page.getKey() + ": " + violations.stream()
                    .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList(),
                    violations, empty());
            if (page.getKey().endsWith("-en") && !page.getKey().startsWith("method")) {
                browser.screenshot(page.getKey());
            }
        }
        browser.open("/method.html?lang=zh");
        browser.screenshot("method-zh");
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        browser.resize(390, 844);
        try {
            for (String page : List.of("/?view=overview&region=CN&lang=zh", INDICATOR, "/?view=years&region=CN&lang=zh")) {
                browser.open(page);
                long overflow = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(page, overflow, lessThanOrEqualTo(0L));
            }
            browser.open("/?view=overview&region=CN&lang=zh");
            browser.screenshot("overview-phone-zh");
            browser.open(INDICATOR);
            browser.screenshot("indicator-phone-zh");
        } finally {
            browser.resize(1280, 1000);
        }
    }

    @Test
    void methodPageExplainsSourcesVintagesVerdictsAndHowToReportAnError() {
        browser.open("/method.html?lang=zh");
        for (String id : List.of("sources", "vintages", "verdicts", "data", "report")) {
            assertTrue(browser.driver.findElement(By.id(id)).isDisplayed(), id);
        }
        assertEquals(7, browser.all(By.cssSelector("#verdicts .verdict")).size());
        assertThat(browser.text(By.cssSelector("#verdicts")), containsString("（完成 + 超额完成）÷ 可评价的目标数"));
        browser.waitFor(By.id("lang-toggle")).click();
        browser.waitFor(By.xpath("//h1[text()='About the method']"));
        assertEquals("en", browser.js("return document.documentElement.lang;"));
    }

    @Test
    void theReportLinkCarriesThePermalinkOfTheView() {
        browser.open(INDICATOR);
        browser.waitFor(By.xpath("//footer//a[text()='报告数据错误']")).click();
        String template = browser.waitFor(By.cssSelector("#report textarea")).getAttribute("value");
        assertThat(template, containsString("view=indicator&region=CN&indicator=gdp_growth&lang=zh"));
    }

    /**
     * Records (does not assert) how long the first chart takes to appear: the performance mark it-first-chart,
     * with the browser cache off, on the first visit of this test run and on five repeat visits (server warm).
     */
    @Test
    void thePublicPageLoadsNoWorkspaceModuleAndRecordsTheFirstChartTime() throws IOException {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            double[] times = new double[6];
            for (int i = 0; i < times.length; i++) {
                browser.open("/");
                times[i] = ((Number) browser.js("return performance.getEntriesByName('it-first-chart')[0].startTime;")).doubleValue();
            }
            List<?> resources = (List<?>) browser.js("return performance.getEntriesByType('resource').map(r => r.name);");
            assertTrue(resources.stream().noneMatch(r -> r.toString().contains("/workspace/")), resources.toString());
            assertTrue(resources.stream().anyMatch(r -> r.toString().endsWith("/webjars/chart.js/dist/chart.umd.js")), resources.toString());
            double[] repeats = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(repeats);
            Files.createDirectories(Path.of("target"));
            String record = String.format("First chart on screen (performance mark it-first-chart, browser cache off, localhost): "
                    + "%.0f ms on this run's first visit; repeat visits %.0f-%.0f ms, median %.0f ms%n",
                    times[0], repeats[0], repeats[repeats.length - 1], repeats[repeats.length / 2]);
            Files.writeString(Path.of("target", "dashboard-first-chart.txt"), record);
            System.out.print(record);
        } finally {
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }
}
