# Section 4 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025): the Zipf tail.
derivation model_scaling "Model-size scaling: the Zipf tail (Theorem 4.1)"
cite "Section 4, eq. (7)"

assume alpha > 1
assume gamma > 0
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

# (7): the tail mass beyond rank M, by the integral test.
claim zipf_tail "Theorem 4.1: the Zipf tail":
    Sum(p(k), {k, M + 1, Infinity}) ~ 1/(Z*(alpha - 1))*M^(-(alpha - 1)) as M -> Infinity
    cite "eq. (7)"

# The unnormalised tail, the form the proof of (7) states first.
claim zipf_tail_unnormalised "The tail of k^-alpha":
    Sum(k^(-alpha), {k, M + 1, Infinity}) ~ 1/(alpha - 1)*M^(1 - alpha) as M -> Infinity
    cite "eq. (7)"

# (8): the order of the tail, as Theorem 4.1 states it.
claim tail_order "(8): Delta L(N) asymp M(N)^(-(alpha - 1))":
    Sum(p(k), {k, M + 1, Infinity}) asymp M^(-(alpha - 1)) as M -> Infinity
    cite "eq. (8)"

# (9): M(N) = N^gamma substituted into (8). The numeric engine needs a whole-number first index of the
# tail, so Sum(p(k), {k, N^gamma + 1, Infinity}) cannot be evaluated (and with Floor(N^gamma) + 1 it is
# only CHECKED); (9) is therefore (8) (PROVED above, in the variable M) composed with this exponent identity.
claim model_exponent "(9): M^(-(alpha - 1)) with M = N^gamma is N^(-gamma (alpha - 1))":
    M^(-(alpha - 1)) == N^(-gamma*(alpha - 1))
    where M = N^gamma
    for N in [1, 1000]
    cite "eq. (9)"

# (6), the sandwich of Prop. 4.1: the tails beyond (1 + eps) k_* and (1 - eps) k_* are both of the order of
# the tail beyond k_*, by (7) with M = (1 -+ eps) k_*: their constants are (1 -+ eps)^(1 - alpha) times
# that of (7). Checkable form: those two factors bracket 1, so both sides of (6) are asymp M^(1 - alpha).
# (The tails at non-integer first indices (1 -+ eps) M + 1 are outside the numeric engine, see (9).)
claim sandwich_lower_factor "(6), left side: the factor (1 + eps)^(1 - alpha) of the lower tail is at most 1":
    (1 + eps)^(1 - alpha) <= 1
    for eps in [0, 1/2]
    cite "eq. (6)"

claim sandwich_upper_factor "(6), right side: the factor (1 - eps)^(1 - alpha) of the upper tail is at least 1":
    1 <= (1 - eps)^(1 - alpha)
    for eps in [0, 1/2]
    cite "eq. (6)"
