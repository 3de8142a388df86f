# Section 6 of "Can We Derive Scaling Law From First Principles?" (Zou, 2025): training-time scaling.
derivation time_scaling "Training-time scaling (Theorem 6.1)"
cite "Section 6, eqs. (18)-(19)"

notation tau "\tau"

assume alpha > 1
assume beta > 0
assume c > 0
define Z := Zeta(alpha)
define p(k) := k^(-alpha)/Z

# (19) with the constant of Theorem 6.1: (1/(alpha beta)) Z^(-1/alpha) c^(-s) Gamma(s), s = (alpha-1)/(alpha beta).
claim time_law "Theorem 6.1: the residual after training time tau":
    Sum(p(k)*Exp(-c*tau*p(k)^beta), {k, 1, Infinity}) ~ 1/(alpha*beta)*Z^(-1/alpha)*c^(-(alpha - 1)/(alpha*beta))*Gamma((alpha - 1)/(alpha*beta))*tau^(-(alpha - 1)/(alpha*beta)) as tau -> Infinity
    cite "eq. (19)"

claim time_law_order "Theorem 6.1 as stated: the order":
    Sum(p(k)*Exp(-c*tau*p(k)^beta), {k, 1, Infinity}) asymp tau^(-(alpha - 1)/(alpha*beta)) as tau -> Infinity
    cite "eq. (19)"

# Remark 6.1: with N and the batch size fixed, C_run = F tau (F = FLOPs per step), so (19) in C_run is the
# same law with c replaced by c/F: the exponent is unchanged and the constant picks up F^s.
assume F > 0
define s := (alpha - 1)/(alpha*beta)
define cF := c/F
notation cF "c/F"

claim compute_run_law "Remark 6.1: Delta L in C_run = F tau, with its constant":
    Sum(p(k)*Exp(-cF*C*p(k)^beta), {k, 1, Infinity}) ~ 1/(alpha*beta)*Z^(-1/alpha)*cF^(-s)*Gamma(s)*C^(-s) as C -> Infinity
    cite "Remark 6.1"

claim compute_run_order "Remark 6.1 as stated: Delta L(C_run) asymp C_run^(-(alpha - 1)/(alpha beta))":
    Sum(p(k)*Exp(-cF*C*p(k)^beta), {k, 1, Infinity}) asymp C^(-s) as C -> Infinity
    cite "Remark 6.1"
