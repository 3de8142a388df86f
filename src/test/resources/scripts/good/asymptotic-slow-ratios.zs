# Ratios that converge like log log x / log x (issue 14, item 4): at x = 1e15 the raw ratio is still 10%
# from its limit, so the numeric witness checks the remainder the expansion predicts instead
# (f - c0 g ~ c1 m1 g, see check.PredictedRemainder). Sources: Flajolet-Sedgewick, Analytic Combinatorics,
# appendix B.1 (the log-log scale: log(x log x) = log x + log log x); Graham-Knuth-Patashnik (9.89)
# (H_n = ln n + gamma + O(1/n)); de Bruijn, Asymptotic Methods, 1.4 (sqrt(1 + t) = 1 + t/2 + ...).
# sqrt_loglog stays UNDECIDED, a stated gap: after its second term the next one is smaller by only
# log log x/log x (0.1 at 1e15), so the remainder check converges no faster than the ratio.
# expect loglog_plus PROVED
# expect log_times_log PROVED
# expect harmonic PROVED
# expect sqrt_loglog UNDECIDED
# expect w_loglog_factor REFUTED
# expect w_log_times_log_half REFUTED
derivation slow_ratios "Slowly converging ratios, judged by the predicted remainder"
cite "Flajolet-Sedgewick B.1; GKP (9.89); de Bruijn 1.4"
assume x > 3
assume n >= 3

claim loglog_plus "F-S B.1: log x + log log x ~ log x (ratio 1 + log log x/log x)":
    Log(x) + Log(Log(x)) ~ Log(x) as x -> Infinity

claim log_times_log "F-S B.1: log(x log x) = log x + log log x ~ log x":
    Log(x*Log(x)) ~ Log(x) as x -> Infinity

claim harmonic "GKP (9.89): H_n ~ ln n (ratio 1 + gamma/ln n)":
    Sum(1/k, {k, 1, n}) ~ Log(n) as n -> Infinity

claim sqrt_loglog "de Bruijn 1.4: sqrt(log x + 3 log log x) ~ sqrt(log x)":
    Sqrt(Log(x) + 3*Log(Log(x))) ~ Sqrt(Log(x)) as x -> Infinity

claim w_loglog_factor "wrong: 2 log x + log log x ~ log x (the ratio tends to 2)":
    2*Log(x) + Log(Log(x)) ~ Log(x) as x -> Infinity

claim w_log_times_log_half "wrong: log(x log x) ~ 2 log x (the ratio tends to 1/2)":
    Log(x*Log(x)) ~ 2*Log(x) as x -> Infinity
