package org.indicatortracker.extraction.rules;

import java.util.Arrays;

/**
 * Times the extractor on a ~20,000-character report built from the Yichun seed plus target-list, State Council and
 * provincial passages. Not a unit test: run it with scripts/bench/extraction-bench.sh.
 *
 * <p>Arguments: [runs (default 500)] [warm-up runs (default 300)] [target length in chars (default 20000)].
 */
public final class ExtractionBenchmark {

    static final String EXTRA = "\n二、2023年工作安排\n"
            + "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长6%，城镇调查失业率控制在5.5%以内，"
            + "居民消费价格涨幅3%左右，居民收入增长与经济增长同步，单位地区生产总值能耗降低2.5%以上，粮食产量保持在1.3万亿斤以上，"
            + "国际收支保持基本平衡，生态环境质量持续改善。\n"
            + "实施重大项目1000个以上，年度计划投资5000亿元以上。新建5G基站1万个，新增充电桩1.2万个。力争新增国家高新技术企业2000家，"
            + "规上工业企业净增500户。研发投入强度达到3.6%。外贸进出口总额力争突破8000亿元。新增中小学学位5万个，建设保障性租赁住房5万套。\n"
            + "过去五年，全省地区生产总值年均增长4.1%，粮食总产量连续5年稳定在1500亿斤以上，实现“十九连丰”。五年累计新增城镇就业155万人。\n"
            + "国内生产总值增长６％－６．５％；城镇新增就业１１００万人以上，城镇调查失业率５．５％左右，城镇登记失业率４．５％以内。\n"
            + "全面贯彻党的二十大精神，扎实做好“六稳”、“六保”工作，完善“1+N”政策体系，开通“12345”政务服务热线，位居全省第3位。\n";

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int length = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        String seed = Fixtures.resource("yichun-2023-work-report.txt");
        StringBuilder sb = new StringBuilder(seed).append(EXTRA);
        while (sb.length() < length) {
            sb.append(sb.length() % 2 == 0 ? EXTRA : seed.substring(seed.indexOf("一年来")));
        }
        String text = sb.substring(0, length);
        ReportExtractor extractor = new ReportExtractor(Fixtures.lexicon(), Fixtures.regions());
        ExtractionRequest request = new ExtractionRequest(text, null, null);
        int statements = 0;
        for (int i = 0; i < warmup; i++) {
            statements = extractor.extract(request).statements().size();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            statements = extractor.extract(request).statements().size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        long cold0 = System.nanoTime();
        new ReportExtractor(Fixtures.lexicon(), Fixtures.regions()).extract(request);
        double construct = (System.nanoTime() - cold0) / 1e6;
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        System.out.printf("text: %d chars, %d statements per run; %d warm-up runs, %d timed runs%n", text.length(), statements, warmup, runs);
        System.out.printf("mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms (new extractor + run: %.2f ms)%n",
                mean, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], ms[runs - 1], construct);
    }
}
