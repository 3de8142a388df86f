# Section 2 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025): the mode space, the Zipf
# weights (3) and the loss decomposition (2).
# The normalisation sum_k p_k = 1 with Z = zeta(alpha) is checked as written: the symbolic witness
# rewrites the sum to Zeta(alpha)/Z only after interval arithmetic shows the exponent alpha > 1 (the sum
# converges), and the numeric witness sums it by Hurwitz zeta at 60 points; with alpha <= 1 allowed the
# sum diverges and the claim is UNDECIDED (src/test/resources/scripts/good/infinite-sums.zs). The tail
# O(M^(1 - alpha)) makes the rate of convergence explicit; each term of (2) lies between 0 and p_k.
derivation setup "Mode space, Zipf weights and the loss decomposition (Section 2)"
cite "Section 2, eqs. (2)-(3)"

assume alpha > 1
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

claim normalisation "the Zipf weights p_k = k^(-alpha)/zeta(alpha) sum to 1":
    Sum(p(k), {k, 1, Infinity}) == 1
    cite "eq. (3), Assumption 2.1"

claim zipf_tail_vanishes "the normalised Zipf weights are summable: the tail beyond M is O(M^(1 - alpha))":
    Sum(p(k), {k, M + 1, Infinity}) =O M^(1 - alpha) as M -> Infinity
    cite "eq. (3), Assumption 2.1"

claim decomposition_term_bounds "each term of (2) lies between 0 and its weight: 0 <= p_k q_k <= p_k for q_k in [0, 1]":
    p(k)*q <= p(k)
    for q in [0, 1]
    for k in [1, 1000]
    cite "eq. (2)"

claim decomposition_term_nonnegative "p_k q_k >= 0, so (2) is a sum of nonnegative terms":
    p(k)*q >= 0
    for q in [0, 1]
    for k in [1, 1000]
    cite "eq. (2)"
