# Section 7 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025): the critical rank (24)-(25),
# the substitution (27) and the Mellin condition (28). The kernel table of (29) is 07-mellin.zs.
# The paper's (27) and (28) are statements about integrals; the numeric engine evaluates integrals only
# inside its Mellin lemmas, so the integral forms are UNDECIDED (kept in
# src/test/resources/scripts/good/paper-original-forms.zs). Checked here instead: the algebra of the
# substitution u = A tau x^(-alpha beta) (the Jacobian and the collected constant), and (28) for the
# kernels of 07-mellin.zs as positivity and finiteness of their Mellin constants on the stated strips.
derivation critical_rank "Critical rank, substitution and Mellin condition (Section 7)"
cite "Section 7, eqs. (24)-(28)"

notation kstar "k_*"
notation tau "\tau"

assume alpha > 1
assume beta > 0
assume a > 0
assume tau > 0
assume u > 0
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z
define s := (alpha - 1)/(alpha*beta)
define A := a*Z^(-beta)

claim critical_rank "(25) solves (24) exactly: a tau p_{k_*}^beta = 1 at k_* = (a tau/Z^beta)^(1/(alpha beta))":
    a*tau*p(kstar)^beta == 1
    where kstar = (a*tau/Z^beta)^(1/(alpha*beta))
    cite "eqs. (24)-(25)"

claim substitution_jacobian "(27): with x = (u/(A tau))^(-1/(alpha beta)), (1/Z) x^(-alpha) |dx/du| = (1/(alpha beta)) Z^(-1/alpha) a^(-s) tau^(-s) u^(s - 1)":
    x^(-alpha)/Z*(1/(alpha*beta))*(A*tau)^(1/(alpha*beta))*u^(-1/(alpha*beta) - 1) == 1/(alpha*beta)*Z^(-1/alpha)*a^(-s)*tau^(-s)*u^(s - 1)
    where x = (u/(A*tau))^(-1/(alpha*beta))
    cite "eq. (27)"

claim substitution_limits "(27): x = 1 maps to u = A tau and x -> Infinity to u -> 0":
    A*tau*x^(-alpha*beta) == A*tau
    where x = 1
    cite "eq. (27)"

claim exponent_positive "(27)-(28): s = (alpha - 1)/(alpha beta) > 0, so exp(-u) satisfies (28) with M_g(s) = Gamma(s) > 0":
    Gamma(s) > 0
    for beta in [1/10, 10]
    cite "eq. (28)"

claim mellin_condition_inv1pu "(28) for g(u) = 1/(1 + u): M_g(r) = Pi/Sin(Pi r) is finite and positive for 0 < r < 1":
    Pi/Sin(Pi*r) > 0
    for r in [1/100, 99/100]
    cite "eq. (28)"

claim mellin_condition_inv1pu2 "(28) for g(u) = 1/(1 + u)^2: M_g(r) = (1 - r) Pi/Sin(Pi r) is finite and positive for 0 < r < 2":
    (1 - r)*Pi/Sin(Pi*r) > 0
    for r in [1/100, 199/100]
    cite "eq. (28)"
