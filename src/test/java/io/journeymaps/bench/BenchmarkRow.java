package io.journeymaps.bench;

/**
 * One measured figure: what was measured, the figure with its unit, and the budget it is held to
 * (blank and {@link Verdict#INFO} when product.md sets none).
 */
public record BenchmarkRow(String measure, String figure, String budget, Verdict verdict) {

    public enum Verdict { PASS, FAIL, INFO }

    public static BenchmarkRow info(String measure, String figure) {
        return new BenchmarkRow(measure, figure, "", Verdict.INFO);
    }

    public static BenchmarkRow against(String measure, String figure, String budget, boolean withinBudget) {
        return new BenchmarkRow(measure, figure, budget, withinBudget ? Verdict.PASS : Verdict.FAIL);
    }
}
