# The example of the script language from issue 3. The asymptotic claim is proved by the missing-mass
# and Mellin harmonic-sum lemmas (issue 5) and confirmed by the ratio witness.
# expect compute_opt_exponent PROVED
# expect sandwich PROVED
# expect thm_5_1 PROVED
derivation data_scaling "Data-size scaling (Theorem 5.1)"
cite "Section 5.2"

assume alpha > 1
assume D >= 4
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

claim compute_opt_exponent "N_opt exponent under C ~ ND":
    aD/(aN + aD) == 1/(1 + alpha*gamma)
    where aN = gamma*(alpha - 1), aD = (alpha - 1)/alpha
    cite "eq. (57)"

claim sandwich "Lemma 5.1, lower side":
    Exp(-D*(q + q^2)) <= (1 - q)^D
    for q in [0, 1/2]
    cite "eq. (13)"

claim thm_5_1 "missing mass":
    Sum(p(k)*(1 - p(k))^D, {k, 1, Infinity}) ~ 1/alpha*Z^(-1/alpha)*Gamma(1 - 1/alpha)*D^(-(alpha - 1)/alpha) as D -> Infinity
    cite "eq. (16)"
