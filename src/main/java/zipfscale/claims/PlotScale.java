package zipfscale.claims;

/** The axes of a {@link Plot}: linear, log x ({@code log}) or log x and log y ({@code loglog}). */
public enum PlotScale {
    LINEAR("linear"),
    LOG_X("log"),
    LOG_LOG("loglog");

    private final String spelling;

    PlotScale(String spelling) {
        this.spelling = spelling;
    }

    /** The word of the script ({@code log}, {@code loglog}) and of report.json ({@code linear} too). */
    public String spelling() {
        return spelling;
    }

    public boolean logX() {
        return this != LINEAR;
    }

    public boolean logY() {
        return this == LOG_LOG;
    }
}
